/**
 * app/panels/FrontdoorPanel — sets that satisfy the front-door criterion for the exposure and
 * outcome. Hovering or focusing a set shows it on the canvas. [] and [[]] read differently.
 */
import type { ReportView } from '../analysis/types';
import { BlockedMessage, LongList, Panel, PreviewButton, SectionBody, SetText, TruncatedNote } from './common';
import { setHighlight } from './highlight';
import { usePanelEnvironment } from './panel-context';

export function FrontdoorPanel({ report }: { report: ReportView }) {
  const { graph } = usePanelEnvironment();
  if (!report.blocked && !report.frontdoor) return null;
  return (
    <Panel title="Front-door">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.frontdoor && (
          <SectionBody section={report.frontdoor}>
            {(list) =>
              list.sets.length === 0 ? (
                <p className="cw-sentence">
                  <strong>No front-door set exists</strong> for this exposure and outcome.
                </p>
              ) : list.sets.length === 1 && list.sets[0].length === 0 ? (
                <p className="cw-sentence">
                  <strong>The empty set satisfies the front-door criterion:</strong> no mediator needs to be measured.
                </p>
              ) : (
                <>
                  <p className="cw-subtitle">Front-door sets</p>
                  <LongList items={list.sets} limit={12} className="cw-set-list" noun="sets" itemKey={(set) => set.join('\u0000')}>
                    {(set) => (
                      <PreviewButton highlight={setHighlight(graph, set, 'set')}>
                        <SetText set={set} />
                      </PreviewButton>
                    )}
                  </LongList>
                  <TruncatedNote truncated={list.truncated} shown={list.sets.length} />
                </>
              )
            }
          </SectionBody>
        )
      )}
    </Panel>
  );
}
