/**
 * app/components/Legend — what the marks on the canvas mean. Every role and tone is shown with its
 * shape or line style, which carries the meaning even without colour.
 */
import { useUiStore } from '../store/ui';
import { ROLE_ICONS } from './role-icons';

const ROLES = [
  ['exposure', 'Exposure'],
  ['outcome', 'Outcome'],
  ['adjusted', 'Adjusted (double border)'],
  ['latent', 'Latent (dashed border)'],
  ['selected', 'Selected (bar underneath)'],
] as const;

const TONES: Record<string, string> = {
  'causal-path': 'causal path (thick solid)',
  'open-path': 'open biasing path (long dashes)',
  'blocked-path': 'blocked path (dotted)',
  hedge: 'hedge (dash-dot)',
  forbidden: 'forbidden (short dashes)',
  set: 'set (solid ring)',
};

export function Legend() {
  const tone = useUiStore((s) => s.highlight?.tone ?? null);
  return (
    <details className="legend">
      <summary>Legend</summary>
      <ul>
        {ROLES.map(([role, text]) => (
          <li key={role}>
            <span className={`legend-node role-${role}`} aria-hidden="true">
              {ROLE_ICONS[role]}
            </span>
            {text}
          </li>
        ))}
        <li className="wide">
          <svg width="44" height="14" aria-hidden="true">
            <line x1="2" y1="7" x2="36" y2="7" className="legend-line" />
            <path d="M34,2 L42,7 L34,12 z" className="legend-head" />
          </svg>
          Directed: cause → effect
        </li>
        <li className="wide">
          <svg width="44" height="18" aria-hidden="true">
            <path d="M8,14 Q22,0 36,14" className="legend-line dashed" fill="none" />
            <path d="M2,13 L10,9 L9,17 z" className="legend-head" />
            <path d="M42,13 L34,9 L35,17 z" className="legend-head" />
          </svg>
          Bidirected (dashed, curved): hidden common cause
        </li>
        {tone && (
          <li className="wide">
            <svg width="44" height="14" aria-hidden="true">
              <line x1="2" y1="7" x2="42" y2="7" className={`cw-halo tone-${tone}`} />
            </svg>
            Highlighted: {TONES[tone]}
          </li>
        )}
      </ul>
    </details>
  );
}
