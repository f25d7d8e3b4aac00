/**
 * app/panels/RolesPanel — what each variable is for the exposure–outcome question (confounder,
 * mediator, collider, …) with the engine's one-sentence reason, and a warning where a role the
 * user set contradicts the graph. Hovering or focusing a variable shows the path its reason names.
 */
import type { ReportView, RoleLabelView, RolesView } from '../analysis/types';
import { BlockedMessage, LongList, Panel, PreviewButton, SectionBody } from './common';
import { nodePathHighlight, setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

export function RolesPanel({ report }: { report: ReportView }) {
  if (!report.blocked && !report.roles) return null;
  return (
    <Panel title="Roles">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        report.roles && <SectionBody section={report.roles}>{(roles) => <RolesBody roles={roles} />}</SectionBody>
      )}
    </Panel>
  );
}

/** With this many labelled variables or fewer, the reasons are shown unfolded. */
const OPEN_REASONS_UP_TO = 4;

const LABEL_TEXT: Readonly<Record<string, string>> = {
  'exposure-descendant': 'descendant of exposure',
  precision: 'precision variable',
};

function RolesBody({ roles }: { roles: RolesView }) {
  const { graph } = usePanelEnvironment();
  const name = useNodeName();
  const byNode = new Map<string, RoleLabelView[]>();
  for (const label of roles.labels ?? []) byNode.set(label.node, [...(byNode.get(label.node) ?? []), label]);
  const order = graph.nodes.map((n) => n.id as string).filter((id) => byNode.has(id));
  return (
    <>
      <div aria-live="polite">
        {roles.warnings.length > 0 && (
          <ul className="cw-warnings">
            {roles.warnings.map((w) => (
              <li key={w.node + w.message}>
                <span aria-hidden="true">⚠ </span>
                {w.message}
              </li>
            ))}
          </ul>
        )}
      </div>
      {roles.labels === null ? (
        <p className="cw-note">Mark an exposure and an outcome to see what each variable is for the question.</p>
      ) : order.length === 0 ? (
        <p className="cw-sentence">No other variable has a role for this question.</p>
      ) : (
        <LongList items={order} limit={12} className="cw-role-list" noun="variables" itemKey={(id) => id}>
          {(id) => {
            const labels = byNode.get(id)!;
            const path = labels.find((l) => l.path)?.path;
            const highlight = path ? nodePathHighlight(graph, path, 'set') : setHighlight(graph, [id], 'set');
            return (
              <>
                <div className="cw-role-head">
                  <PreviewButton highlight={{ ...highlight, nodes: [...new Set([id, ...highlight.nodes])] }}>
                    <span className="cw-node-name">{name(id)}</span>
                  </PreviewButton>
                  {labels.map((l) => (
                    <span key={l.label} className={`cw-tag cw-tag-${l.label}`}>
                      {LABEL_TEXT[l.label] ?? l.label}
                    </span>
                  ))}
                </div>
                <details className="cw-why" open={order.length <= OPEN_REASONS_UP_TO}>
                  <summary aria-label={`Why ${name(id)} is ${labels.map((l) => LABEL_TEXT[l.label] ?? l.label).join(', ')}`}>Why</summary>
                  {labels.map((l) => (
                    <p key={l.label} className="cw-reason">
                      {l.reason}
                    </p>
                  ))}
                </details>
              </>
            );
          }}
        </LongList>
      )}
    </>
  );
}
