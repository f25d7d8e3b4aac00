/**
 * app/panels/AdjustmentPanel — the verdict on the set the user adjusted for, and the minimal,
 * canonical and optimal adjustment sets; clicking a set makes it the adjusted set.
 * "No set exists" ([]) and "the empty set works" ([[]]) are different sentences.
 */
import type { AdjustmentView, IdSet, ReportView, SetList, SetVerdictView } from '../analysis/types';
import {
  BlockedMessage,
  Panel,
  PathText,
  PreviewButton,
  SectionBody,
  SetText,
  TruncatedNote,
  setAsText,
  usePinnedHighlight,
} from './common';
import { pathHighlight, setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

function sameSet(a: IdSet, b: IdSet): boolean {
  if (a.length !== b.length) return false;
  const members = new Set(b);
  return a.every((id) => members.has(id));
}

export function AdjustmentPanel({ report }: { report: ReportView }) {
  const adjustment = report.adjustment;
  if (!report.blocked && !adjustment) return null;
  return (
    <Panel title="Adjustment">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        adjustment && <AdjustmentBody adjustment={adjustment} adjusted={report.adjusted} />
      )}
    </Panel>
  );
}

function AdjustmentBody({ adjustment, adjusted }: { adjustment: AdjustmentView; adjusted: IdSet }) {
  return (
    <>
      {adjustment.current && (
        <SectionBody section={adjustment.current}>{(verdict) => <Verdict verdict={verdict} />}</SectionBody>
      )}
      {adjustment.minimal && (
        <SectionBody section={adjustment.minimal}>
          {(list) => <MinimalSets list={list} adjusted={adjusted} />}
        </SectionBody>
      )}
      {adjustment.canonical?.ok && (
        <NamedSet title="Canonical set" set={adjustment.canonical.value} adjusted={adjusted} />
      )}
      {adjustment.optimal?.ok && (
        <NamedSet title="Optimal set" hint="smallest asymptotic variance" set={adjustment.optimal.value} adjusted={adjusted} />
      )}
    </>
  );
}

function Verdict({ verdict }: { verdict: SetVerdictView }) {
  const name = useNodeName();
  const { graph } = usePanelEnvironment();
  const setText = setAsText(verdict.set, name);
  // An invalid set keeps its first open path (or else the forbidden nodes) on the canvas.
  usePinnedHighlight(
    'adjustment',
    verdict.valid
      ? null
      : verdict.openPaths.length > 0
        ? pathHighlight(graph, verdict.openPaths[0], 'open-path')
        : verdict.forbidden.length > 0
          ? setHighlight(graph, verdict.forbidden, 'forbidden')
          : null,
  );
  const sentence = verdict.valid
    ? verdict.set.length === 0
      ? 'Nothing is adjusted for, and no adjustment is needed.'
      : `Adjusting for ${setText} is valid.`
    : verdict.set.length === 0
      ? 'Nothing is adjusted for, and that is not enough.'
      : `Adjusting for ${setText} is not valid.`;
  return (
    <div className={`cw-verdict ${verdict.valid ? 'cw-good' : 'cw-bad'}`}>
      <p aria-live="polite" aria-atomic="true">
        <strong>{verdict.valid ? '✓' : '✗'}</strong> {sentence}
      </p>
      {verdict.reasons.length > 0 && (
        <ul className="cw-reasons">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.openPaths.length > 0 && (
        <>
          <p className="cw-subtitle">{verdict.openPaths.length === 1 ? 'Open biasing path' : 'Open biasing paths'}</p>
          <ul className="cw-items">
            {verdict.openPaths.map((path) => (
              <li key={path.nodes.join('\u0000') + path.edges.join('')}>
                <PreviewButton highlight={pathHighlight(graph, path, 'open-path')}>
                  <PathText path={path} />
                </PreviewButton>
              </li>
            ))}
          </ul>
        </>
      )}
      {verdict.forbidden.length > 0 && (
        <>
          <p className="cw-subtitle">Must not be adjusted for</p>
          <ul className="cw-items">
            {verdict.forbidden.map((id) => (
              <li key={id}>
                <PreviewButton highlight={setHighlight(graph, [id], 'forbidden')}>{name(id)}</PreviewButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SetButton({ set, adjusted, label }: { set: IdSet; adjusted: IdSet; label?: string }) {
  const { graph, applyAdjustedSet } = usePanelEnvironment();
  const name = useNodeName();
  const current = sameSet(set, adjusted);
  return (
    <PreviewButton
      highlight={setHighlight(graph, set, 'set')}
      onClick={() => applyAdjustedSet(set)}
      pressed={current}
      label={label ?? `Adjust for ${set.length === 0 ? 'nothing' : setAsText(set, name)}`}
      className="cw-set-button"
    >
      <SetText set={set} />
    </PreviewButton>
  );
}

function MinimalSets({ list, adjusted }: { list: SetList; adjusted: IdSet }) {
  if (list.sets.length === 0) {
    return (
      <p className="cw-sentence">
        <strong>No adjustment set exists:</strong> no set of observed variables blocks every biasing path without
        adjusting for something it must not.
      </p>
    );
  }
  if (list.sets.length === 1 && list.sets[0].length === 0) {
    return (
      <div className="cw-sentence">
        <p>
          <strong>The empty set works:</strong> no adjustment is needed.
        </p>
        <SetButton set={[]} adjusted={adjusted} />
      </div>
    );
  }
  return (
    <>
      <p className="cw-subtitle">Minimal adjustment sets</p>
      <ul className="cw-items cw-set-list">
        {list.sets.map((set) => (
          <li key={set.join('\u0000')}>
            <SetButton set={set} adjusted={adjusted} />
          </li>
        ))}
      </ul>
      <TruncatedNote truncated={list.truncated} shown={list.sets.length} />
    </>
  );
}

function NamedSet({ title, hint, set, adjusted }: { title: string; hint?: string; set: IdSet | null; adjusted: IdSet }) {
  return (
    <div className="cw-named-set">
      <span className="cw-subtitle">
        {title}
        {hint && <span className="cw-hint"> ({hint})</span>}
      </span>{' '}
      {set === null ? <span className="cw-none">none exists</span> : <SetButton set={set} adjusted={adjusted} />}
    </div>
  );
}
