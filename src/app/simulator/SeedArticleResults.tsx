/**
 * app/simulator/SeedArticleResults — the seed article's randomized-versus-observational report
 * (`seedArticleReport`): both estimator tables, the covariate balance table, the sample-ratio-
 * mismatch check, the minimum detectable effect, and the Markdown memo as a download.
 */
import type { SeedArticleReport } from '../../engine';
import { CheckResults } from './CheckResults';
import { downloadText } from '../files/download';
import { num } from './format';

export function SeedArticleResults({ report }: { report: SeedArticleReport }) {
  const { srm, mde } = report;
  return (
    <div className="sim-results">
      <h4>Randomized 50/50</h4>
      <p className={srm.flagged ? 'sim-alarm' : undefined}>
        Sample ratio check: {srm.counts[0]} treated / {srm.counts[1]} control, χ² = {num(srm.chiSquare, 2)}, p ={' '}
        {srm.pValue.toPrecision(3)}:{' '}
        {srm.flagged ? 'sample ratio mismatch (p < 0.001), do not trust the estimates.' : 'no mismatch at p < 0.001.'}
      </p>
      <p>
        Minimum detectable effect (α = 0.05, power 0.8, {mde.n1}/{mde.n0}): {num(mde.value, 5)} (outcome SDs {num(mde.sd1)} treated,{' '}
        {num(mde.sd0)} control).
      </p>
      <CheckResults result={report.randomized} caption="Randomized assignment" />
      <h4>Observational (assignment depends on prior activity)</h4>
      <CheckResults result={report.observational} caption="Observational assignment" />
      <table className="sim-table sim-compact">
        <caption>Covariate balance, observational design (|SMD| &lt; 0.1 is the usual bar)</caption>
        <thead>
          <tr>
            <th scope="col">Covariate</th>
            <th scope="col">SMD raw</th>
            <th scope="col">SMD after IPW</th>
            <th scope="col">Var. ratio raw</th>
            <th scope="col">Var. ratio after IPW</th>
          </tr>
        </thead>
        <tbody>
          {report.balance.map((b) => (
            <tr key={b.covariate}>
              <th scope="row">{b.covariate}</th>
              <td className="sim-num">{num(b.smdRaw, 3)}</td>
              <td className="sim-num">{num(b.smdIpw, 3)}</td>
              <td className="sim-num">{num(b.varianceRatioRaw, 3)}</td>
              <td className="sim-num">{num(b.varianceRatioIpw, 3)}</td>
            </tr>
          ))}
        </tbody>
      </table>
      <p>
        <button type="button" className="sim-button" onClick={() => downloadText(`seed-article-memo-n${report.n}-seed${report.seed}.md`, report.memo, 'text/markdown')}>
          Download the memo (Markdown)
        </button>
      </p>
    </div>
  );
}
