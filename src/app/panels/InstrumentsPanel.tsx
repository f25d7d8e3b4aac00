/**
 * app/panels/InstrumentsPanel — instrumental variables for the exposure–outcome pair, each with
 * the set it must be conditioned on (∅ for an unconditional instrument).
 */
import type { ReportView } from '../analysis/types';
import { BlockedMessage, LongList, Panel, PreviewButton, SectionBody, SetText, TruncatedNote, setAsText } from './common';
import { setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

export function InstrumentsPanel({ report }: { report: ReportView }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  if (!report.blocked && !report.instruments) return null;
  return (
    <Panel title="Instruments">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.instruments && (
          <SectionBody section={report.instruments}>
            {({ instruments, truncated }) =>
              instruments.length === 0 ? (
                <p className="cw-sentence">No conditional instrument was found for this exposure and outcome.</p>
              ) : (
                <>
                  <LongList items={instruments} noun="instruments" itemKey={({ instrument, given }) => [instrument, ...given].join('\u0000')}>
                    {({ instrument, given }) => (
                        <PreviewButton
                          highlight={setHighlight(graph, [instrument, ...given], 'set')}
                          label={
                            given.length === 0
                              ? `${name(instrument)}, unconditionally`
                              : `${name(instrument)}, given ${setAsText(given, name)}`
                          }
                        >
                          <span className="cw-node-name">{name(instrument)}</span>
                          {given.length > 0 && (
                            <>
                              {' '}
                              <span className="cw-given">given</span> <SetText set={given} />
                            </>
                          )}
                        </PreviewButton>
                    )}
                  </LongList>
                  <TruncatedNote truncated={truncated} shown={instruments.length} />
                </>
              )
            }
          </SectionBody>
        )
      )}
    </Panel>
  );
}
