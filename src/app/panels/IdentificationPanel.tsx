/**
 * app/panels/IdentificationPanel — whether P(outcome | do(exposure)) can be computed from the
 * observed distribution, the formula (KaTeX, loaded lazily), the strategy, the derivation steps,
 * and, when it cannot, the hedge that proves it, drawn on the canvas. With selected nodes the
 * engine conditions on them, so the query is P(outcome | do(exposure), selected): the panel says
 * the formula is the effect within the selected group, not in the whole population.
 */
import { nodesWithRole } from '../../engine';
import type { IdentificationView, ReportView, StrategyView } from '../analysis/types';
import { BlockedMessage, capitalise, Panel, PreviewButton, SectionBody, SetText, setAsText, usePinnedHighlight } from './common';
import { Formula } from './Formula';
import { hedgeHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

export function IdentificationPanel({ report }: { report: ReportView }) {
  if (!report.blocked && !report.identification) return null;
  return (
    <Panel title="Identification">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.identification && (
          <SectionBody section={report.identification}>
            {(view) => <IdentificationBody view={view} report={report} />}
          </SectionBody>
        )
      )}
    </Panel>
  );
}

function IdentificationBody({ view, report }: { view: IdentificationView; report: ReportView }) {
  const { graph, analysisGraph } = usePanelEnvironment();
  const name = useNodeName();
  const hedge = !view.identifiable && view.hedge ? hedgeHighlight(graph, view.hedge.F) : null;
  usePinnedHighlight('hedge', hedge);
  const selected = nodesWithRole(analysisGraph, 'selected');
  const group = setAsText(selected, name);
  const effect = `the effect of ${setAsText(report.exposure, name)} on ${setAsText(report.outcome, name)}`;
  const subject = selected.length > 0 ? `Within the selected group (given ${group}), ${effect}` : capitalise(effect);
  return (
    <>
      <p className="cw-sentence" aria-live="polite" aria-atomic="true">
        {view.identifiable
          ? `${subject} is identifiable ${strategyText(view.strategy, name)}.`
          : `${subject} is not identifiable from the observed variables.`}
      </p>
      {view.identifiable && <Formula tex={`${view.queryTex} = ${view.tex}`} variables={view.variables} />}
      {view.identifiable && selected.length > 0 && (
        <p className="cw-sentence">
          This formula is for the selected group: the effect among units with {group} at the selected value, which can differ
          from the effect in the whole population.
        </p>
      )}
      {!view.identifiable && view.hedge && hedge && (
        <div className="cw-hedge">
          <p>
            A hedge proves it (Shpitser &amp; Pearl 2006): F = <SetText set={view.hedge.F} />, F′ ={' '}
            <SetText set={view.hedge.Fprime} />.
          </p>
          <PreviewButton highlight={hedge}>Show the hedge</PreviewButton>
        </div>
      )}
      {view.steps.length > 0 && (
        <details className="cw-steps">
          <summary>Derivation ({view.steps.length} {view.steps.length === 1 ? 'step' : 'steps'})</summary>
          <ol>
            {view.steps.map((step, i) => (
              <li key={i} style={{ marginInlineStart: `${step.depth * 0.75}rem` }}>
                <span className="cw-rule">{step.rule}</span> <span className="cw-query">{step.query}</span>: {step.text}
              </li>
            ))}
          </ol>
        </details>
      )}
    </>
  );
}

function strategyText(strategy: StrategyView, name: (id: string) => string): string {
  switch (strategy.kind) {
    case 'adjustment':
      return strategy.set.length === 0 ? 'without adjustment' : `by adjusting for ${setAsText(strategy.set, name)}`;
    case 'frontdoor':
      return `by the front-door criterion through ${setAsText(strategy.set, name)}`;
    case 'id':
      return 'by the ID algorithm (do-calculus)';
    case 'none':
      return '';
  }
}
