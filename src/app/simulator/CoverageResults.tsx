/**
 * app/simulator/CoverageResults — repeated simulation: per estimator the mean estimate, bias,
 * empirical SD, mean SE, SE ratio, RMSE and coverage of the truth with its Monte Carlo error, and a
 * histogram of the estimates with the truth line (the table holds the numbers; the histograms are
 * described for screen readers). Every number is the engine's (`runCoverage`).
 */
import type { CoverageResult, CoverageRow, EstimatorValidity } from '../../engine';
import { TruthSummary } from './CheckResults';
import { anchorAt } from './EstimatePlot';
import { num } from './format';

const W = 400;
const H = 110;
const PAD = 10;

export function Histogram({ row }: { row: CoverageRow }) {
  const { edges, counts } = row.histogram;
  if (counts.length === 0) return null;
  const lo = edges[0];
  const hi = edges[edges.length - 1];
  const top = Math.max(...counts, 1);
  const x = (v: number) => PAD + ((v - lo) / (hi - lo)) * (W - 2 * PAD);
  const base = H - 22;
  const y = (c: number) => base - (c / top) * (base - 8);
  const truth = row.truth;
  const label = `Histogram of ${row.runs} estimates from ${num(lo)} to ${num(hi)}${truth === null ? '' : `, truth ${num(truth)}`}, mean ${num(row.mean)}.`;
  return (
    <figure className="sim-figure">
      <figcaption className="sim-hist-title">{row.name}</figcaption>
      <svg viewBox={`0 0 ${W} ${H}`} role="img" aria-label={label} className="sim-plot">
        {counts.map((c, i) => (
          <rect key={i} x={x(edges[i]) + 0.5} width={Math.max(0, x(edges[i + 1]) - x(edges[i]) - 1)} y={y(c)} height={base - y(c)} className="sim-bar" />
        ))}
        <line x1={PAD} x2={W - PAD} y1={base} y2={base} className="sim-grid" />
        <text x={PAD} y={H - 6} className="sim-axis">
          {num(lo, 3)}
        </text>
        <text x={W - PAD} y={H - 6} textAnchor="end" className="sim-axis">
          {num(hi, 3)}
        </text>
        {truth !== null && (
          <>
            <line x1={x(truth)} x2={x(truth)} y1={4} y2={base + 4} className="sim-truth-line" />
            <text x={x(truth) + (anchorAt(x(truth), W) === 'end' ? -4 : 4)} y={14} textAnchor={anchorAt(x(truth), W)} className="sim-truth-label">
              truth {num(truth, 3)}
            </text>
          </>
        )}
      </svg>
    </figure>
  );
}

function CoverageTableRow({ row, validity }: { row: CoverageRow; validity: EstimatorValidity | undefined }) {
  const reasons = validity?.reasons ?? [];
  return (
    <>
      <tr className={reasons.length > 0 ? 'sim-has-notes' : undefined}>
        <th scope="row">
          {row.name}
          {row.failures > 0 && <span className="sim-muted"> ({row.failures} failed runs)</span>}
        </th>
        <td className="sim-num">{num(row.truth)}</td>
        <td className="sim-num">{num(row.mean)}</td>
        <td className="sim-num">{num(row.bias)}</td>
        <td className="sim-num">{num(row.empiricalSd)}</td>
        <td className="sim-num">{num(row.meanSe)}</td>
        <td className="sim-num">{num(row.seRatio, 2)}</td>
        <td className="sim-num">{num(row.rmse)}</td>
        <td className="sim-num sim-nowrap">{row.coverage === null ? '—' : `${num(row.coverage, 3)} ± ${num(row.coverageMcse, 3)}`}</td>
        <td>
          <span className={row.valid ? 'sim-yes' : 'sim-no'}>{row.valid ? 'yes' : 'no'}</span>
          {validity && <span className="sim-criterion">{validity.criterion}</span>}
        </td>
      </tr>
      {reasons.length > 0 && (
        <tr className="sim-notes">
          <td colSpan={10}>
            <ul>
              {reasons.map((r) => (
                <li key={r}>{r}</li>
              ))}
            </ul>
          </td>
        </tr>
      )}
    </>
  );
}

export function CoverageResults({ result, validity = [] }: { result: CoverageResult; validity?: readonly EstimatorValidity[] }) {
  return (
    <div className="sim-results">
      <TruthSummary truth={result.truth} />
      <div className="sim-scroll" role="group" aria-label="Repeated simulation table (scrolls sideways)" tabIndex={0}>
        <table className="sim-table">
          <caption>
            {result.replicates} replicates of n = {result.n} (seed {result.seed})
          </caption>
          <thead>
            <tr>
              <th scope="col">Estimator</th>
              <th scope="col">Truth</th>
              <th scope="col">Mean</th>
              <th scope="col">Bias</th>
              <th scope="col">Emp. SD</th>
              <th scope="col">Mean SE</th>
              <th scope="col">SE ratio</th>
              <th scope="col">RMSE</th>
              <th scope="col">Coverage ± MC SE</th>
              <th scope="col">Valid for the graph</th>
            </tr>
          </thead>
          <tbody>
            {result.rows.map((row, i) => (
              <CoverageTableRow key={`${row.name}-${i}`} row={row} validity={validity[i]} />
            ))}
          </tbody>
        </table>
      </div>
      <h4>Distribution of the estimates</h4>
      {result.rows.map((row, i) => (
        <Histogram key={`${row.name}-${i}`} row={row} />
      ))}
    </div>
  );
}
