/**
 * app/panels/DSeparationPanel — asks whether X and Y are d-separated (m-separated in a graph with
 * bidirected edges) given Z. X, Y and Z are picked from checkbox lists; the engine answers in the
 * query worker, and an open path is drawn on the canvas. The picker is a table: one row per
 * node, one checkbox each for X, Y and Z (a node can be in one of them at most).
 */
import { useMemo, useState } from 'react';
import type { AnalysisRequest, DsepView, ReportView } from '../analysis/types';
import { useAnalysisRun } from '../analysis/use-analysis-run';
import { BlockedMessage, Panel, PathText, PreviewButton, capitalise, pathWhyText, setAsText, usePinnedHighlight } from './common';
import { pathHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

type Slot = 'x' | 'y' | 'z';
const SLOTS: readonly Slot[] = ['x', 'y', 'z'];
const SLOT_TITLES: Record<Slot, string> = { x: 'X', y: 'Y', z: 'Z' };
/** Column headings say what each set is for, so they cannot be mistaken for variables named X, Y or Z. */
const SLOT_HEADINGS: Record<Slot, string> = { x: 'From (X)', y: 'To (Y)', z: 'Given (Z)' };

export function DSeparationPanel({ report }: { report: ReportView }) {
  return (
    <Panel title="d-separation">
      {report.blocked ? <BlockedMessage message={report.blocked.message} /> : <SeparationQuery />}
    </Panel>
  );
}

function SeparationQuery() {
  const { graph, analysisGraph, queryClient } = usePanelEnvironment();
  const name = useNodeName();
  const [picked, setPicked] = useState<Record<Slot, readonly string[]>>({ x: [], y: [], z: [] });

  // Picks of nodes that have since been deleted are dropped; selected nodes are always given.
  const present = useMemo(() => new Set(graph.nodes.map((n) => n.id as string)), [graph]);
  const selected = useMemo(() => graph.nodes.filter((n) => n.roles.includes('selected')).map((n) => n.id as string), [graph]);
  const latent = useMemo(() => new Set(graph.nodes.filter((n) => n.roles.includes('latent')).map((n) => n.id as string)), [graph]);
  const x = picked.x.filter((id) => present.has(id));
  const y = picked.y.filter((id) => present.has(id));
  const z = picked.z.filter((id) => present.has(id));
  const key = JSON.stringify([x, y, z]);
  const request = useMemo<AnalysisRequest | null>(() => {
    const [qx, qy, qz] = JSON.parse(key) as string[][];
    return qx.length > 0 && qy.length > 0 ? { kind: 'dsep', x: qx, y: qy, given: qz } : null;
  }, [key]);
  const state = useAnalysisRun(queryClient, analysisGraph, request);
  // Only a finished answer to the current question is shown, never the previous question's.
  const answer = state.status === 'done' && state.result?.kind === 'dsep' ? (state.result as DsepView).result : null;

  const owner = (id: string): Slot | null => (x.includes(id) ? 'x' : y.includes(id) ? 'y' : z.includes(id) ? 'z' : null);
  const toggle = (slot: Slot, id: string, on: boolean) =>
    setPicked((p) => ({ ...p, [slot]: on ? [...p[slot], id] : p[slot].filter((v) => v !== id) }));

  const word = graph.edges.some((e) => e.kind === '<->') ? 'm-separated' : 'd-separated';
  usePinnedHighlight('dsep', request && answer?.ok && answer.value.openPath ? pathHighlight(graph, answer.value.openPath, 'open-path') : null);

  let verdict = 'Pick at least one node for X and one for Y.';
  if (request && answer) {
    if (!answer.ok) verdict = capitalise(answer.message);
    else {
      const givenText = answer.value.given.length ? ` given ${setAsText(answer.value.given, name)}` : '';
      verdict = `${setAsText(x, name)} and ${setAsText(y, name)} are ${answer.value.separated ? '' : 'not '}${word}${givenText}.`;
    }
  } else if (request) verdict = state.status === 'error' ? `The query failed: ${state.error}` : '';

  return (
    <>
      <div className="cw-dsep-table-wrap">
        <table className="cw-dsep-table">
          <caption className="cw-visually-hidden">Pick the nodes of X, Y and the conditioning set Z</caption>
          <thead>
            <tr>
              <th scope="col">Variable</th>
              {SLOTS.map((slot) => (
                <th scope="col" key={slot}>
                  {SLOT_HEADINGS[slot]}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {graph.nodes.map((node) => {
              const id = node.id as string;
              const holder = owner(id);
              const isSelected = selected.includes(id);
              return (
                <tr key={id}>
                  <th scope="row">
                    {name(id)}
                    {isSelected && <span className="cw-hint"> (selected: always in Z)</span>}
                  </th>
                  {SLOTS.map((slot) => {
                    const checked = (slot === 'z' && isSelected) || picked[slot].includes(id);
                    const disabled =
                      isSelected || (holder !== null && holder !== slot) || (slot === 'z' && latent.has(id));
                    return (
                      <td key={slot}>
                        <input
                          type="checkbox"
                          aria-label={`${name(id)} in ${SLOT_TITLES[slot]}`}
                          checked={checked}
                          disabled={disabled}
                          onChange={(e) => toggle(slot, id, e.target.checked)}
                        />
                      </td>
                    );
                  })}
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <p className="cw-sentence" aria-live="polite" aria-atomic="true">
        {verdict}
      </p>
      {request && answer?.ok && answer.value.openPath && (
        <>
          <p className="cw-subtitle">Open path</p>
          <PreviewButton highlight={pathHighlight(graph, answer.value.openPath, 'open-path')}>
            <PathText path={answer.value.openPath} />
          </PreviewButton>
          {pathWhyText(answer.value.openPath, name) && <p className="cw-reason">{pathWhyText(answer.value.openPath, name)}</p>}
        </>
      )}
    </>
  );
}
