/**
 * app/components/HelpDialog — every declared action with its shortcut, grouped, in the shared
 * modal dialog (focus moves in, Tab stays inside, Escape closes, focus returns where it was).
 */
import { shortcutText } from '../actions/keyboard';
import { ACTIONS } from '../actions/registry';
import type { ActionGroup } from '../actions/types';
import { useUiStore } from '../store/ui';
import { ModalDialog } from './ModalDialog';

const GROUPS: readonly ActionGroup[] = ['Edit', 'Connect', 'Roles', 'History', 'View', 'File', 'Help'];

const UNDO_TEXT: Record<string, string> = {
  record: 'one undo step',
  gesture: 'one undo step when finished',
  never: 'not recorded',
  history: '',
};

/** Descriptions that already say how they meet the undo history get no second note. */
const SAYS_UNDO = /undo step/i;

export function HelpDialog() {
  const open = useUiStore((s) => s.helpOpen);
  if (!open) return null;
  return (
    <ModalDialog title="Keyboard shortcuts" titleId="help-title" onClose={() => useUiStore.getState().setHelpOpen(false)}>
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
                        {UNDO_TEXT[a.undo] && !SAYS_UNDO.test(a.description) && <span className="undo-note"> ({UNDO_TEXT[a.undo]})</span>}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </section>
          ))}
        </div>
    </ModalDialog>
  );
}
