/**
 * app/panels/RolesPanel — what each variable is for the exposure–outcome question (confounder,
 * mediator, collider, …) with the engine's one-sentence reason, and a warning where a role the
 * user set contradicts the graph.
 */
import type { ReportView, RoleLabelView } from '../analysis/types';
import { BlockedMessage, Panel, PreviewButton, SectionBody } from './common';
import { setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

export function RolesPanel({ report }: { report: ReportView }) {
  if (!report.blocked && !report.roles) return null;
  return (
    <Panel title="Roles">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.roles && <SectionBody section={report.roles}>{(roles) => <RolesBody {...roles} />}</SectionBody>
      )}
    </Panel>
  );
}

function RolesBody({ labels, warnings }: { labels: readonly RoleLabelView[]; warnings: readonly { node: string; message: string }[] }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  // Group the labels by node, in the graph's node order.
  const byNode = new Map<string, RoleLabelView[]>();
  for (const label of labels) byNode.set(label.node, [...(byNode.get(label.node) ?? []), label]);
  const order = graph.nodes.map((n) => n.id as string).filter((id) => byNode.has(id));
  return (
    <>
      {warnings.length > 0 && (
        <ul className="cw-warnings" aria-live="polite">
          {warnings.map((w) => (
            <li key={w.node + w.message}>
              <span aria-hidden="true">⚠ </span>
              <strong>{name(w.node)}:</strong> {w.message}
            </li>
          ))}
        </ul>
      )}
      {order.length === 0 ? (
        <p className="cw-sentence">No variable has a special role for this question.</p>
      ) : (
        <ul className="cw-items cw-role-list">
          {order.map((id) => (
            <li key={id}>
              <PreviewButton highlight={setHighlight(graph, [id], 'set')} className="cw-role-item">
                <span className="cw-node-name">{name(id)}</span>{' '}
                {byNode.get(id)!.map((l) => (
                  <span key={l.label} className={`cw-tag cw-tag-${l.label.replace(/[^a-z-]/gi, '')}`}>
                    {l.label}
                  </span>
                ))}
              </PreviewButton>
              {byNode.get(id)!.map((l) => (
                <p key={l.label} className="cw-reason">
                  {l.reason}
                </p>
              ))}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
