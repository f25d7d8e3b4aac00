import type { Role } from '../../engine';

/** The mark each role carries on the canvas, in the toolbar and in the legend. */
export const ROLE_ICONS: Record<Role, string> = {
  exposure: '▶',
  outcome: '◎',
  adjusted: '▣',
  latent: '◌',
  selected: 'S',
};
