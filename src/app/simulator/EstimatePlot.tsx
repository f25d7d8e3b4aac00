/**
 * app/simulator/EstimatePlot — each estimate with its 95% CI against the truth (a dashed line at
 * the ATE, labelled with its value under the axis, and a tick at each estimator's own truth when it differs). Drawn as plain SVG; the
 * results table above holds the same numbers, so the figure is described, not repeated, for screen
 * readers.
 */
import { type SimCheckFailureRow, type SimCheckRow, isFailedRow } from '../../engine';
import { num } from './format';

const WIDTH = 400;
const PAD = 12;
const ROW = 34;
const AXIS = 28;

/** Text anchor that keeps a label at x inside a plot of the given width. */
export function anchorAt(x: number, width: number): 'start' | 'middle' | 'end' {
  if (x < width * 0.2) return 'start';
  return x > width * 0.8 ? 'end' : 'middle';
}

export function niceTicks(lo: number, hi: number, count = 4): number[] {
  const span = hi - lo || 1;
  const step0 = span / count;
  const mag = 10 ** Math.floor(Math.log10(step0));
  const step = [1, 2, 2.5, 5, 10].map((m) => m * mag).find((s) => s >= step0) ?? step0;
  const out: number[] = [];
  for (let t = Math.ceil(lo / step) * step; t <= hi + step * 1e-9; t += step) out.push(Math.abs(t) < step * 1e-9 ? 0 : t);
  return out;
}

export function EstimatePlot({ rows, ate }: { rows: readonly (SimCheckRow | SimCheckFailureRow)[]; ate: number }) {
  const shown = rows.filter((r): r is SimCheckRow => !isFailedRow(r) && Number.isFinite(r.estimate) && Number.isFinite(r.se));
  if (shown.length === 0) return null;
  const values = shown.flatMap((r) => [r.ci[0], r.ci[1], r.truth ?? ate]).concat(ate);
  let lo = Math.min(...values);
  let hi = Math.max(...values);
  const margin = (hi - lo || Math.abs(hi) || 1) * 0.06;
  lo -= margin;
  hi += margin;
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (WIDTH - 2 * PAD);
  const height = shown.length * ROW + AXIS + 8;
  const ticks = niceTicks(lo, hi);
  const label = `Estimates with 95% confidence intervals against the true ATE ${num(ate)}; the results table lists the same numbers.`;
  return (
    <figure className="sim-figure">
      <svg viewBox={`0 0 ${WIDTH} ${height}`} role="img" aria-label={label} className="sim-plot">
        {ticks.map((t) => (
          <g key={t}>
            <line x1={x(t)} x2={x(t)} y1={4} y2={height - AXIS} className="sim-grid" />
            <text x={x(t)} y={height - AXIS + 14} textAnchor="middle" className="sim-axis">
              {num(t, 3)}
            </text>
          </g>
        ))}
        <line x1={x(ate)} x2={x(ate)} y1={2} y2={height - AXIS + 2} className="sim-truth-line" />
        <text x={x(ate)} y={height - 4} textAnchor={anchorAt(x(ate), WIDTH)} className="sim-truth-label">
          truth (ATE) = {num(ate)}
        </text>
        {shown.map((r, i) => {
          const y = 4 + i * ROW;
          const mid = y + 22;
          const own = r.truth !== null && Math.abs(r.truth - ate) > 1e-12 ? r.truth : null;
          return (
            <g key={`${r.name}-${i}`} className={r.covers === false ? 'sim-miss' : 'sim-hit'}>
              <text x={PAD} y={y + 10} className="sim-row-label">
                {r.name}
                {r.valid ? '' : ' (not valid for the graph)'}
              </text>
              <line x1={x(r.ci[0])} x2={x(r.ci[1])} y1={mid} y2={mid} className="sim-ci" />
              <line x1={x(r.ci[0])} x2={x(r.ci[0])} y1={mid - 4} y2={mid + 4} className="sim-ci" />
              <line x1={x(r.ci[1])} x2={x(r.ci[1])} y1={mid - 4} y2={mid + 4} className="sim-ci" />
              {own !== null && <line x1={x(own)} x2={x(own)} y1={mid - 8} y2={mid + 8} className="sim-own-truth" />}
              {r.covers === false ? (
                <rect x={x(r.estimate) - 4} y={mid - 4} width={8} height={8} className="sim-point" />
              ) : (
                <circle cx={x(r.estimate)} cy={mid} r={4} className="sim-point" />
              )}
            </g>
          );
        })}
      </svg>
      <figcaption>
        Dots: estimates; bars: 95% CIs; dashed line: the true ATE. A square marks an interval that misses its truth; a short
        solid tick marks an estimator&apos;s own truth (ATT, LATE) when it differs from the ATE.
      </figcaption>
    </figure>
  );
}
