/**
 * app/panels/PathsPanel — every path between exposure and outcome, causal or biasing, open or
 * blocked given the adjusted set; each is drawn on the canvas on hover and on focus.
 */
import type { PathView, ReportView } from '../analysis/types';
import { useId } from 'react';
import {
  BlockedMessage,
  LongList,
  Panel,
  PathText,
  PreviewButton,
  SectionBody,
  TruncatedNote,
  pathAsText,
  pathWhyText,
  setAsText,
} from './common';
import { pathHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

const plural = (n: number, word: string) => `${n} ${word}${n === 1 ? '' : 's'}`;

export function PathsPanel({ report }: { report: ReportView }) {
  const name = useNodeName();
  if (!report.blocked && !report.paths) return null;
  return (
    <Panel title="Paths">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.paths && (
          <SectionBody section={report.paths}>
            {({ paths, truncated }) => {
              const causal = paths.filter((p) => p.causal);
              const biasing = paths.filter((p) => !p.causal);
              const given = report.adjusted.length ? ` given ${setAsText(report.adjusted, name)}` : '';
              return (
                <>
                  <p className="cw-sentence">
                    {plural(causal.length, 'causal path')} ({causal.filter((p) => p.open).length} open),{' '}
                    {plural(biasing.length, 'biasing path')} ({biasing.filter((p) => p.open).length} open){given}.
                  </p>
                  <PathGroup title="Causal paths" paths={causal} />
                  <PathGroup title="Biasing paths" paths={biasing} />
                  <TruncatedNote truncated={truncated} shown={paths.length} />
                </>
              );
            }}
          </SectionBody>
        )
      )}
    </Panel>
  );
}

function PathGroup({ title, paths }: { title: string; paths: readonly PathView[] }) {
  if (paths.length === 0) return null;
  return (
    <>
      <p className="cw-subtitle">{title}</p>
      <LongList items={paths} className="cw-path-list" noun="paths" itemKey={(path) => path.nodes.join('\u0000') + path.edges.join('')}>
        {(path) => <PathItem path={path} />}
      </LongList>
    </>
  );
}

function PathItem({ path }: { path: PathView }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  const whyId = useId();
  const why = pathWhyText(path, name);
  return (
    <>
      <PreviewButton
        highlight={pathHighlight(graph, path)}
        className={`${path.open ? 'cw-open' : 'cw-closed'} ${path.causal ? 'cw-causal' : 'cw-biasing'}`}
        label={`${pathAsText(path, name)}, ${path.open ? 'open' : 'blocked'}`}
        describedBy={why ? whyId : undefined}
      >
        <PathText path={path} />
        <span className="cw-badge">{path.open ? 'open' : 'blocked'}</span>
      </PreviewButton>
      {why && (
        <p id={whyId} className="cw-reason">
          {why}
        </p>
      )}
    </>
  );
}
