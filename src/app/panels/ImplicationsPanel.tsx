/**
 * app/panels/ImplicationsPanel — the conditional independences the graph implies, which data can
 * test: "A ⊥ B | {C}". Hovering or focusing one shows the variables involved.
 */
import type { ReportView } from '../analysis/types';
import { BlockedMessage, LongList, Panel, PreviewButton, SectionBody, TruncatedNote, setAsText } from './common';
import { setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

export function ImplicationsPanel({ report }: { report: ReportView }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  if (!report.blocked && !report.implications) return null;
  return (
    <Panel title="Testable implications">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.implications && (
          <SectionBody section={report.implications}>
            {({ implications, truncated }) =>
              implications.length === 0 ? (
                <p className="cw-sentence">The graph implies no conditional independence that data could test.</p>
              ) : (
                <>
                  <LongList items={implications} noun="implications" itemKey={({ x, y, given }) => [x, y, ...given].join('\u0000')}>
                    {({ x, y, given }) => (
                      <PreviewButton
                        highlight={setHighlight(graph, [x, y, ...given], 'set')}
                        label={`${name(x)} is independent of ${name(y)}${given.length ? ` given ${setAsText(given, name)}` : ''}`}
                      >
                        {`${name(x)} ⊥ ${name(y)}${given.length ? ` | ${given.map(name).join(', ')}` : ''}`}
                      </PreviewButton>
                    )}
                  </LongList>
                  <TruncatedNote truncated={truncated} shown={implications.length} />
                </>
              )
            }
          </SectionBody>
        )
      )}
    </Panel>
  );
}
