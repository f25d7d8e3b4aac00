/** app/actions/roles — e/o/a/l/s: toggles a role on the focused or selected variables. */
import type { Role } from '../../engine';
import { useDocumentStore } from '../store/document';
import { useUiStore } from '../store/ui';
import { displayName } from './display-name';
import { nothingSelected, targetNodes } from './targets';
import type { Action } from './types';

const ROLE_TEXT: Record<Role, { label: string; key: string; description: string }> = {
  exposure: { label: 'Exposure', key: 'e', description: 'the cause whose effect you study (▶ marker)' },
  outcome: { label: 'Outcome', key: 'o', description: 'the effect you measure (◎ marker)' },
  adjusted: { label: 'Adjusted', key: 'a', description: 'a variable you condition on (double border, ▣)' },
  latent: { label: 'Latent', key: 'l', description: 'unobserved, so never used for adjustment (dashed border, ◌)' },
  selected: { label: 'Selected', key: 's', description: 'the data were selected on it, so it is always conditioned on (thick bottom bar, S)' },
};

function roleAction(role: Role): Action {
  const text = ROLE_TEXT[role];
  return {
    id: `role-${role}`,
    label: text.label,
    group: 'Roles',
    shortcuts: [{ key: text.key }],
    undo: 'record',
    description: `Toggles “${role}” on the focused or selected variables: ${text.description}.`,
    perform: () => {
      const ids = targetNodes();
      if (ids.length === 0) return nothingSelected();
      const doc = useDocumentStore.getState();
      const had = doc.graph.nodes.filter((n) => ids.includes(n.id)).every((n) => n.roles.includes(role));
      doc.toggleRole(ids, role);
      useUiStore.getState().announce(`${ids.map((id) => displayName(id)).join(', ')} ${had ? 'no longer' : 'now'} ${ids.length > 1 ? 'are' : 'is'} ${role}.`);
    },
  };
}

export const roleActions: readonly Action[] = (['exposure', 'outcome', 'adjusted', 'latent', 'selected'] as const).map(roleAction);
