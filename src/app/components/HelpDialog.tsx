/**
 * app/components/HelpDialog — every declared action with its shortcut, grouped. A modal dialog:
 * focus moves in, Tab stays inside, Escape closes and focus returns where it was.
 */
import { useEffect, useRef } from 'react';
import { shortcutText } from '../actions/keyboard';
import { ACTIONS } from '../actions/registry';
import type { ActionGroup } from '../actions/types';
import { useUiStore } from '../store/ui';

const GROUPS: readonly ActionGroup[] = ['Edit', 'Connect', 'Roles', 'History', 'View', 'File', 'Help'];

const UNDO_TEXT: Record<string, string> = {
  record: 'one undo step',
  gesture: 'one undo step when finished',
  never: 'not recorded',
  history: '',
};

export function HelpDialog() {
  const open = useUiStore((s) => s.helpOpen);
  const ref = useRef<HTMLDivElement>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  useEffect(() => {
    if (!open) return;
    returnTo.current = document.activeElement as HTMLElement | null;
    ref.current?.querySelector<HTMLElement>('button')?.focus();
    return () => returnTo.current?.focus?.();
  }, [open]);
  if (!open) return null;
  const close = () => useUiStore.getState().setHelpOpen(false);
  return (
    <div className="backdrop" onClick={close}>
      <div
        ref={ref}
        className="dialog"
        role="dialog"
        aria-modal="true"
        aria-labelledby="help-title"
        onClick={(e) => e.stopPropagation()}
        onKeyDown={(e) => {
          if (e.key === 'Escape') {
            e.stopPropagation();
            close();
          } else if (e.key === 'Tab') {
            const focusable = [...(ref.current?.querySelectorAll<HTMLElement>('button, [tabindex="0"]') ?? [])];
            const first = focusable[0];
            const last = focusable[focusable.length - 1];
            if (e.shiftKey && document.activeElement === first) {
              e.preventDefault();
              last?.focus();
            } else if (!e.shiftKey && document.activeElement === last) {
              e.preventDefault();
              first?.focus();
            }
          }
        }}
      >
        <div className="dialog-head">
          <h2 id="help-title">Keyboard shortcuts</h2>
          <button type="button" className="tool" onClick={close}>
            Close
          </button>
        </div>
        <div className="dialog-body" tabIndex={0} aria-label="Shortcut list">
          <p>
            Shortcuts act on the variable that has keyboard focus, or else on the selection — never on whatever is under the mouse. Tab moves
            between variables and edges; arrow keys move the selected variables (Shift for bigger steps).
          </p>
          {GROUPS.map((group) => (
            <section key={group}>
              <h3>{group}</h3>
              <table className="shortcuts">
                <thead>
                  <tr>
                    <th scope="col">Command</th>
                    <th scope="col">Keys</th>
                    <th scope="col">What it does</th>
                  </tr>
                </thead>
                <tbody>
                  {ACTIONS.filter((a) => a.group === group).map((a) => (
                    <tr key={a.id}>
                      <th scope="row">{a.label}</th>
                      <td>
                        {a.shortcuts.length === 0
                          ? '—'
                          : a.shortcuts.map((s, i) => (
                              <span key={i}>
                                {i > 0 && ' or '}
                                <kbd>{shortcutText(s)}</kbd>
                              </span>
                            ))}
                      </td>
                      <td>
                        {a.description}
                        {UNDO_TEXT[a.undo] && <span className="undo-note"> ({UNDO_TEXT[a.undo]})</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
      </div>
    </div>
  );
}
