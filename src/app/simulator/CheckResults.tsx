/**
 * app/simulator/CheckResults — one simulation check: the truth, a table with one row per estimator
 * (estimate, SE, 95% CI, truth, bias, covers, valid for the graph with the reason), the estimates
 * drawn against the truth, and the diagnostics. Every number is the engine's (`runCheck`).
 */
import { Fragment } from 'react';
import { type SimCheckResult, type SimDiagnostic, type Truth, isFailedRow } from '../../engine';
import { EstimatePlot } from './EstimatePlot';
import { DASH, TRUTH_METHOD, ci, num, yesNo } from './format';

export function TruthSummary({ truth, sample }: { truth: Truth; sample?: SimCheckResult['sampleTruth'] }) {
  const mc = truth.ate.mcse > 0 ? ` ± ${truth.ate.mcse.toExponential(1)} (MC SE)` : '';
  const parts: [string, number | null][] = [
    ['ATE', truth.ate.value],
    ['ATT', truth.att?.value ?? null],
    ['ATC', truth.atc?.value ?? null],
    ['LATE', truth.late?.value ?? null],
  ];
  if (sample) parts.push(['SATE', sample.sate], ['SATT', sample.satt], ['SATC', sample.satc]);
  return (
    <div className="sim-truth">
      <p>
        <strong>Truth</strong> by {TRUTH_METHOD[truth.method] ?? truth.method}
        {mc}. {truth.heterogeneous ? 'The effect varies between units, so ATE, ATT and ATC can differ.' : 'The effect is the same for every unit.'}
      </p>
      <dl className="sim-truth-values">
        {parts
          .filter(([, v]) => v !== null && Number.isFinite(v))
          .map(([label, v]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{num(v)}</dd>
            </div>
          ))}
      </dl>
    </div>
  );
}

export function ResultsTable({ result, caption }: { result: SimCheckResult; caption: string }) {
  return (
    <div className="sim-scroll" role="group" aria-label={`${caption} (scrolls sideways)`} tabIndex={0}>
      <table className="sim-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">Estimator (estimand)</th>
            <th scope="col">Estimate</th>
            <th scope="col">SE</th>
            <th scope="col">95% CI</th>
            <th scope="col">Truth</th>
            <th scope="col">Bias</th>
            <th scope="col">Covers</th>
            <th scope="col">Valid for the graph</th>
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => {
            const notes = isFailedRow(row) ? [`Could not run: ${row.error}`, ...row.validity.reasons] : row.warnings;
            return (
              <Fragment key={`${row.name}-${i}`}>
                <tr className={notes.length > 0 ? 'sim-has-notes' : undefined}>
                  <th scope="row">
                    {row.name}
                    {!isFailedRow(row) && <span className="sim-estimand"> ({row.estimand})</span>}
                  </th>
                  {isFailedRow(row) ? (
                    <>
                      <td>{DASH}</td>
                      <td>{DASH}</td>
                      <td>{DASH}</td>
                      <td>{DASH}</td>
                      <td>{DASH}</td>
                      <td>{DASH}</td>
                    </>
                  ) : (
                    <>
                      <td className="sim-num">{num(row.estimate)}</td>
                      <td className="sim-num">{num(row.se)}</td>
                      <td className="sim-num sim-nowrap">{ci(row.ci)}</td>
                      <td className="sim-num">{num(row.truth)}</td>
                      <td className="sim-num">{num(row.bias)}</td>
                      <td>{yesNo(row.covers)}</td>
                    </>
                  )}
                  <td>
                    <span className={row.valid ? 'sim-yes' : 'sim-no'}>{row.valid ? 'yes' : 'no'}</span>
                    <span className="sim-criterion">
                      <span className="sr-only">by the </span>
                      {row.validity.criterion}
                      <span className="sr-only"> criterion</span>
                    </span>
                  </td>
                </tr>
                {notes.length > 0 && (
                  <tr className="sim-notes">
                    <td colSpan={8}>
                      <ul>
                        {notes.map((note) => (
                          <li key={note}>{note}</li>
                        ))}
                      </ul>
                    </td>
                  </tr>
                )}
              </Fragment>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

const isRecord = (d: SimDiagnostic | undefined): d is Readonly<Record<string, number | null>> =>
  typeof d === 'object' && d !== null && !Array.isArray(d);

export function Diagnostics({ result }: { result: SimCheckResult }) {
  const d = result.diagnostics;
  const smdRaw = isRecord(d.smdRaw) ? d.smdRaw : null;
  const smdWeighted = isRecord(d.smdWeighted) ? d.smdWeighted : null;
  const rates = isRecord(d.eventRates) ? d.eventRates : null;
  const dropped = Array.isArray(d.droppedStrata) ? d.droppedStrata : null;
  const facts: [string, string][] = [];
  if (typeof d.essTreated === 'number') {
    const arm = (ess: unknown, total: unknown, name: string) =>
      `${typeof ess === 'number' ? Math.round(ess) : DASH}${typeof total === 'number' ? ` of ${total}` : ''} ${name}`;
    facts.push(['Effective sample size (IPW)', `${arm(d.essTreated, d.nTreated, 'treated')}, ${arm(d.essControl, d.nControl, 'control')}`]);
  }
  if (typeof d.maxWeight === 'number') facts.push(['Largest IPW weight', num(d.maxWeight, 2)]);
  if (typeof d.meanStabilizedWeight === 'number') facts.push(['Mean stabilized weight (≈ 1 is good)', num(d.meanStabilizedWeight, 3)]);
  if (dropped) facts.push(['Dropped strata (one arm empty)', dropped.length === 0 ? 'none' : dropped.join(', ')]);
  if (typeof d.firstStageF === 'number') facts.push(['First-stage F', `${num(d.firstStageF, 1)}${d.firstStageF < 10 ? ' (weak instrument: F < 10)' : ''}`]);
  if (rates) for (const [id, rate] of Object.entries(rates)) facts.push([`Event rate of ${id}`, num(rate, 3)]);
  const warnings = [...new Set(result.rows.flatMap((r) => (isFailedRow(r) ? [] : r.warnings)))];
  return (
    <div className="sim-diagnostics">
      <h4>Diagnostics</h4>
      {smdRaw && (
        <table className="sim-table sim-compact">
          <caption>Standardized mean differences (|SMD| &lt; 0.1 is the usual bar)</caption>
          <thead>
            <tr>
              <th scope="col">Covariate</th>
              <th scope="col">SMD before weighting</th>
              <th scope="col">SMD after IPW</th>
            </tr>
          </thead>
          <tbody>
            {Object.keys(smdRaw).map((id) => (
              <tr key={id}>
                <th scope="row">{id}</th>
                <td className="sim-num">{num(smdRaw[id], 3)}</td>
                <td className="sim-num">{num(smdWeighted?.[id] ?? null, 3)}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {facts.length > 0 && (
        <dl className="sim-facts">
          {facts.map(([k, v]) => (
            <div key={k}>
              <dt>{k}</dt>
              <dd>{v}</dd>
            </div>
          ))}
        </dl>
      )}
      {warnings.length > 0 ? (
        <>
          <p className="sim-subhead">Warnings</p>
          <ul className="sim-warnings">
            {warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        </>
      ) : (
        <p className="sim-muted">No estimator warnings.</p>
      )}
    </div>
  );
}

export function CheckResults({ result, caption = 'Estimates against the truth' }: { result: SimCheckResult; caption?: string }) {
  return (
    <div className="sim-results">
      <TruthSummary truth={result.truth} sample={result.sampleTruth} />
      <ResultsTable result={result} caption={`${caption} (n = ${result.n}, seed ${result.seed})`} />
      <EstimatePlot rows={result.rows} ate={result.truth.ate.value} />
      <Diagnostics result={result} />
    </div>
  );
}

