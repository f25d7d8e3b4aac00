/**
 * app/panels/AdjustmentPanel — the verdict on the set the user adjusted for, and the minimal,
 * canonical and optimal adjustment sets; clicking a set makes it the adjusted set.
 * "No set exists" ([]) and "the empty set works" ([[]]) are different sentences.
 */
import { nodesWithRole } from '../../engine';
import type { AdjustmentView, IdSet, ReportView, SetList, SetVerdictView } from '../analysis/types';
import {
  BlockedMessage,
  LongList,
  NodePathText,
  Panel,
  PreviewButton,
  SectionBody,
  SetText,
  TruncatedNote,
  capitalise,
  setAsText,
  usePinnedHighlight,
} from './common';
import { Formula } from './Formula';
import { nodePathHighlight, setHighlight } from './highlight';
import { useNodeName, usePanelEnvironment } from './panel-context';

function sameSet(a: IdSet, b: IdSet): boolean {
  if (a.length !== b.length) return false;
  const members = new Set(b);
  return a.every((id) => members.has(id));
}

export function AdjustmentPanel({ report }: { report: ReportView }) {
  const adjustment = report.adjustment;
  if (!report.blocked && !adjustment) return null;
  return (
    <Panel title="Adjustment">
      {report.blocked ? (
        <BlockedMessage message={report.blocked.message} />
      ) : (
        adjustment && (
          <SectionBody section={adjustment}>
            {(view) => <AdjustmentBody adjustment={view} adjusted={report.adjusted} />}
          </SectionBody>
        )
      )}
    </Panel>
  );
}

function AdjustmentBody({ adjustment, adjusted }: { adjustment: AdjustmentView; adjusted: IdSet }) {
  return (
    <>
      <SectionBody section={adjustment.current}>{(verdict) => <Verdict verdict={verdict} />}</SectionBody>
      <SectionBody section={adjustment.minimal}>
        {(list) => <MinimalSets list={list} adjusted={adjusted} title="Minimal adjustment sets" />}
      </SectionBody>
      <SectionBody section={adjustment.canonical}>
        {(set) => <NamedSet title="Canonical set" set={set} adjusted={adjusted} />}
      </SectionBody>
      <SectionBody section={adjustment.optimal}>
        {({ set, reason }) => (
          <NamedSet title="Optimal set" hint="smallest asymptotic variance" set={set} reason={reason} adjusted={adjusted} />
        )}
      </SectionBody>
      <details className="cw-more">
        <summary>Direct effect</summary>
        <SectionBody section={adjustment.direct}>
          {(list) => <MinimalSets list={list} adjusted={adjusted} title="Minimal sets for the direct effect" direct />}
        </SectionBody>
      </details>
    </>
  );
}

function Verdict({ verdict }: { verdict: SetVerdictView }) {
  const name = useNodeName();
  const { graph } = usePanelEnvironment();
  const setText = setAsText(verdict.set, name);
  // An invalid set keeps its first open path (or else the forbidden nodes) on the canvas.
  usePinnedHighlight(
    'adjustment',
    verdict.valid
      ? null
      : verdict.openPaths.length > 0
        ? nodePathHighlight(graph, verdict.openPaths[0], 'open-path')
        : verdict.forbidden.length > 0
          ? setHighlight(graph, verdict.forbidden, 'forbidden')
          : null,
  );
  const sentence = verdict.valid
    ? verdict.set.length === 0
      ? 'Nothing is adjusted for, and no adjustment is needed.'
      : `Adjusting for ${setText} is valid.`
    : verdict.set.length === 0
      ? 'Nothing is adjusted for, and that is not enough.'
      : `Adjusting for ${setText} is not valid.`;
  return (
    <div className={`cw-verdict ${verdict.valid ? 'cw-good' : 'cw-bad'}`}>
      <p aria-live="polite" aria-atomic="true">
        <strong>{verdict.valid ? '✓' : '✗'}</strong> {sentence}
      </p>
      {verdict.formulaTex && (
        <Formula tex={verdict.formulaTex} variables={[...nodesWithRole(graph, 'exposure'), ...nodesWithRole(graph, 'outcome'), ...verdict.set]} />
      )}
      {verdict.reasons.length > 0 && (
        <ul className="cw-reasons">
          {verdict.reasons.map((reason) => (
            <li key={reason}>{reason}</li>
          ))}
        </ul>
      )}
      {verdict.openPaths.length > 0 && (
        <>
          <p className="cw-subtitle">{verdict.openPaths.length === 1 ? 'Open biasing path' : 'Open biasing paths'}</p>
          <ul className="cw-items">
            {verdict.openPaths.map((path) => (
              <li key={path.join('\u0000')}>
                <PreviewButton highlight={nodePathHighlight(graph, path, 'open-path')}>
                  <NodePathText nodes={path} />
                </PreviewButton>
              </li>
            ))}
          </ul>
        </>
      )}
      {verdict.forbidden.length > 0 && (
        <>
          <p className="cw-subtitle">Must not be adjusted for</p>
          <ul className="cw-items">
            {verdict.forbidden.map((id) => (
              <li key={id}>
                <PreviewButton highlight={setHighlight(graph, [id], 'forbidden')}>{name(id)}</PreviewButton>
              </li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}

function SetButton({ set, adjusted, label }: { set: IdSet; adjusted: IdSet; label?: string }) {
  const { graph, applyAdjustedSet } = usePanelEnvironment();
  const name = useNodeName();
  const current = sameSet(set, adjusted);
  return (
    <PreviewButton
      highlight={setHighlight(graph, set, 'set')}
      onClick={() => applyAdjustedSet(set)}
      pressed={current}
      label={label ?? `Adjust for ${set.length === 0 ? 'nothing' : setAsText(set, name)}`}
      className="cw-set-button"
    >
      <SetText set={set} />
    </PreviewButton>
  );
}

function MinimalSets({ list, adjusted, title, direct }: { list: SetList; adjusted: IdSet; title: string; direct?: boolean }) {
  const effect = direct ? 'the direct effect' : 'the total effect';
  if (list.sets.length === 0) {
    return (
      <p className="cw-sentence">
        <strong>No adjustment set exists</strong> for {effect}: no set of observed variables blocks every biasing path
        without adjusting for something it must not.
      </p>
    );
  }
  if (list.sets.length === 1 && list.sets[0].length === 0) {
    return (
      <div className="cw-sentence">
        <p>
          <strong>The empty set works</strong> for {effect}: no adjustment is needed.
        </p>
        <SetButton set={[]} adjusted={adjusted} />
      </div>
    );
  }
  return (
    <>
      <p className="cw-subtitle">{title}</p>
      <LongList items={list.sets} limit={12} className="cw-set-list" noun="sets" itemKey={(set) => set.join('\u0000')}>
        {(set) => <SetButton set={set} adjusted={adjusted} />}
      </LongList>
      <TruncatedNote truncated={list.truncated} shown={list.sets.length} />
    </>
  );
}

function NamedSet({
  title,
  hint,
  set,
  reason,
  adjusted,
}: {
  title: string;
  hint?: string;
  set: IdSet | null;
  reason?: string | null;
  adjusted: IdSet;
}) {
  return (
    <div className="cw-named-set">
      <span className="cw-subtitle">
        {title}
        {hint && <span className="cw-hint"> ({hint})</span>}
      </span>{' '}
      {set === null ? (
        <span className="cw-none">{reason ? capitalise(reason) : 'none: no adjustment set exists'}</span>
      ) : (
        <SetButton set={set} adjusted={adjusted} />
      )}
    </div>
  );
}
