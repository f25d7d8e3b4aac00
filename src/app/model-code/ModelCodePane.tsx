/**
 * app/model-code/ModelCodePane — the diagram as DAGitty model code, editable.
 *
 * Canvas → text: whenever the graph changes from elsewhere, the text is rewritten (never while
 * the person is typing in it). Text → canvas: a short pause after typing, the text is parsed; if
 * it reads, the canvas follows (one undo step per burst of typing); if not, the error is shown
 * with its line and column and the canvas stays as it was.
 *
 * Text that does not read is never thrown away: when the diagram changes (an edit on the canvas,
 * undo, an example) while the text has an error, the text shows the diagram again and the
 * unfinished text is kept aside, with a button to bring it back, until the person types anew.
 */
import { useEffect, useId, useRef, useState } from 'react';
import { type CausalGraph, type Diagnostic, serializeModelCode } from '../../engine';
import { useDocumentStore } from '../store/document';
import { useReviewMode } from '../share/review-mode';
import { describeDiagnostic, readModelText, sameModel } from './sync';

const PARSE_DELAY_MS = 350;

export function ModelCodePane() {
  const graph = useDocumentStore((s) => s.graph);
  const readOnly = useReviewMode((s) => s.readOnly);
  const [text, setText] = useState(() => serializeModelCode(graph));
  const [errors, setErrors] = useState<readonly Diagnostic[]>([]);
  const [notes, setNotes] = useState<readonly Diagnostic[]>([]);
  const [setAside, setSetAside] = useState<string | null>(null);
  // The effect below runs after a change from elsewhere; it needs the text as it stands then.
  const unreadText = useRef<string | null>(null);
  unreadText.current = errors.length > 0 ? text : null;
  const textarea = useRef<HTMLTextAreaElement>(null);
  const ownGraph = useRef<CausalGraph | null>(graph);
  const editing = useRef(false);
  const timer = useRef<ReturnType<typeof setTimeout> | null>(null);
  const errorId = useId();
  const helpId = useId();

  useEffect(() => {
    if (graph === ownGraph.current) return;
    ownGraph.current = graph;
    if (editing.current) return;
    if (unreadText.current !== null) setSetAside(unreadText.current);
    setText(serializeModelCode(graph));
    setErrors([]);
    setNotes([]);
  }, [graph]);

  useEffect(() => () => {
    if (timer.current) clearTimeout(timer.current);
  }, []);

  /** Parses `value` and, when it reads, shows it on the canvas. Returns whether it read. */
  const apply = (value: string): boolean => {
    timer.current = null;
    const doc = useDocumentStore.getState();
    const reading = readModelText(value, doc.graph);
    if (!reading.ok) {
      setErrors(reading.errors);
      return false;
    }
    setErrors([]);
    setNotes(reading.notes.filter((d) => d.severity !== 'info'));
    if (!sameModel(reading.graph, doc.graph)) {
      ownGraph.current = reading.graph;
      doc.setGraph(reading.graph);
    }
    return true;
  };

  const schedule = (value: string) => {
    if (timer.current) clearTimeout(timer.current);
    timer.current = setTimeout(() => apply(value), PARSE_DELAY_MS);
  };

  /** Applies pending typing now; returns whether the text currently reads. */
  const flush = (): boolean => {
    if (!timer.current) return errors.length === 0;
    clearTimeout(timer.current);
    return apply(text);
  };

  const restore = () => {
    if (setAside === null) return;
    setSetAside(null);
    setText(setAside);
    apply(setAside);
    textarea.current?.focus();
  };

  return (
    <section className="model-code" aria-labelledby={`${helpId}-h`}>
      <h2 id={`${helpId}-h`} className="pane-title">
        Model code
      </h2>
      <textarea
        ref={textarea}
        aria-label="Model code"
        readOnly={readOnly}
        aria-invalid={errors.length > 0 ? true : undefined}
        aria-describedby={`${helpId} ${errorId}`}
        spellCheck={false}
        autoCapitalize="off"
        autoComplete="off"
        value={text}
        onFocus={() => {
          editing.current = true;
        }}
        onChange={(e) => {
          // Typing anew supersedes the text kept aside: restoring it now would undo this typing.
          setSetAside(null);
          setText(e.target.value);
          schedule(e.target.value);
        }}
        onKeyDown={(e) => {
          if (e.key === 'Enter' && (e.ctrlKey || e.metaKey)) {
            e.preventDefault();
            if (timer.current) clearTimeout(timer.current);
            apply(text);
          }
        }}
        onBlur={() => {
          const reads = flush();
          editing.current = false;
          const current = useDocumentStore.getState().graph;
          ownGraph.current = current;
          // Show the canonical text once editing ends, unless an error still needs fixing.
          if (reads) setText(serializeModelCode(current));
        }}
      />
      <p id={helpId} className="pane-hint">
        DAGitty syntax, e.g. <code>dag {'{ Z -> X; Z -> Y; X -> Y; X [exposure]; Y [outcome] }'}</code>. The diagram follows as you type.
      </p>
      {setAside !== null && !readOnly && (
        <div className="model-code-errors" role="status">
          <p className="note">
            The diagram changed while the model code had an error, so the code shows the diagram again. Your unfinished text is
            kept; once restored and fixed, the diagram follows it (Undo brings back the diagram as it was).{' '}
            <button type="button" className="tool compact" onClick={restore}>
              Restore my text
            </button>{' '}
            <button type="button" className="tool compact" onClick={() => setSetAside(null)}>
              Discard it
            </button>
          </p>
        </div>
      )}
      <div id={errorId} className="model-code-errors" aria-live="polite">
        {errors.length > 0 && (
          <>
            <p className="error-lead">The diagram is unchanged until this is fixed:</p>
            <ul>
              {errors.map((d, i) => (
                <li key={i} className="error">
                  {describeDiagnostic(d)}
                </li>
              ))}
            </ul>
          </>
        )}
        {errors.length === 0 && notes.length > 0 && (
          <ul>
            {notes.map((d, i) => (
              <li key={i} className={d.severity === 'error' ? 'error' : 'note'}>
                {describeDiagnostic(d)}
              </li>
            ))}
          </ul>
        )}
      </div>
    </section>
  );
}
