/**
 * app/analysis/use-analysis-run — runs an analysis request on every change of graph or request and
 * exposes { status, result, error, busy }. The last finished result stays visible while a newer
 * run computes; `busy` turns on only when a run has taken longer than `BUSY_DELAY_MS`, so quick
 * edits do not flash a "computing" indicator.
 */
import { useEffect, useState } from 'react';
import type { CausalGraph } from '../../engine';
import type { AnalysisClient } from './client';

export const BUSY_DELAY_MS = 100;

export interface AnalysisState<Res> {
  readonly status: 'idle' | 'computing' | 'done' | 'error';
  readonly result: Res | null;
  readonly error: string | null;
  /** True once the current run has taken longer than BUSY_DELAY_MS. */
  readonly busy: boolean;
}

const IDLE = { status: 'idle', result: null, error: null, busy: false } as const;

/**
 * `request` must be referentially stable while it means the same thing (memoise it), and `null`
 * means "nothing to ask".
 */
export function useAnalysisRun<Req, Res>(
  client: AnalysisClient<Req, Res> | null,
  graph: CausalGraph,
  request: Req | null,
): AnalysisState<Res> {
  const [state, setState] = useState<AnalysisState<Res>>(IDLE);

  useEffect(() => {
    if (!client || request === null) {
      setState(IDLE);
      return;
    }
    let current = true;
    setState((s) => ({ ...s, status: 'computing' }));
    const busyTimer = setTimeout(() => current && setState((s) => ({ ...s, busy: true })), BUSY_DELAY_MS);
    client.run(graph, request).then((outcome) => {
      if (!current || outcome.status === 'stale') return;
      clearTimeout(busyTimer);
      if (outcome.status === 'done') setState({ status: 'done', result: outcome.result, error: null, busy: false });
      else setState({ status: 'error', result: null, error: outcome.error, busy: false });
    });
    return () => {
      current = false;
      clearTimeout(busyTimer);
    };
  }, [client, graph, request]);

  return state;
}
