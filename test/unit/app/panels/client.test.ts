import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { AnalysisClient, type Outcome, type WorkerHandle } from '../../../../src/app/analysis/client';
import { type CausalGraph, graphFromLists } from '../../../../src/engine';

/** A fake worker whose answers the test releases by hand. */
function fakeWorkers() {
  const spawned: { calls: { request: string; resolve: (v: string) => void; reject: (e: Error) => void }[]; terminated: boolean }[] = [];
  const spawn = (): WorkerHandle<string, string> => {
    const worker = { calls: [] as (typeof spawned)[number]['calls'], terminated: false };
    spawned.push(worker);
    return {
      remote: {
        analyze: (_graph: CausalGraph, request: string) =>
          new Promise<string>((resolve, reject) => worker.calls.push({ request, resolve, reject })),
      },
      terminate: () => {
        worker.terminated = true;
      },
    };
  };
  return { spawned, spawn };
}

const graph = graphFromLists({ directed: [['A', 'B']] });
const flush = () => new Promise((r) => setImmediate(r));

describe('AnalysisClient', () => {
  beforeEach(() => {
    vi.useFakeTimers({ toFake: ['setTimeout', 'clearTimeout', 'Date'] });
  });
  afterEach(() => {
    vi.useRealTimers();
  });

  it('answers a single request with its result, spawning the worker lazily', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn);
    expect(spawned).toHaveLength(0);
    const answer = client.run(graph, 'q1');
    expect(spawned).toHaveLength(1);
    spawned[0].calls[0].resolve('r1');
    await expect(answer).resolves.toEqual({ status: 'done', seq: 1, result: 'r1' });
  });

  it('sends one request at a time, answers outdated ones stale, and runs only the newest waiting one', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn, { slowMs: 10_000 });
    const outcomes: Outcome<string>[] = [];
    const first = client.run(graph, 'q1').then((o) => outcomes.push(o));
    const second = client.run(graph, 'q2').then((o) => outcomes.push(o));
    const third = client.run(graph, 'q3').then((o) => outcomes.push(o));
    await second;
    expect(outcomes).toEqual([{ status: 'stale', seq: 2 }]);
    expect(spawned[0].calls.map((c) => c.request)).toEqual(['q1']);
    spawned[0].calls[0].resolve('r1');
    await first;
    expect(outcomes[1]).toEqual({ status: 'stale', seq: 1 });
    expect(spawned[0].calls.map((c) => c.request)).toEqual(['q1', 'q3']);
    spawned[0].calls[1].resolve('r3');
    await third;
    expect(outcomes[2]).toEqual({ status: 'done', seq: 3, result: 'r3' });
    expect(spawned).toHaveLength(1);
  });

  it('replaces a worker that keeps an outdated request running longer than slowMs', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn, { slowMs: 300, timeoutMs: 60_000 });
    const first = client.run(graph, 'q1');
    vi.advanceTimersByTime(100);
    const second = client.run(graph, 'q2');
    expect(spawned).toHaveLength(1);
    vi.advanceTimersByTime(199);
    expect(spawned[0].terminated).toBe(false);
    vi.advanceTimersByTime(1);
    expect(spawned[0].terminated).toBe(true);
    await expect(first).resolves.toEqual({ status: 'stale', seq: 1 });
    expect(spawned).toHaveLength(2);
    expect(spawned[1].calls.map((c) => c.request)).toEqual(['q2']);
    // A late answer from the terminated worker changes nothing.
    spawned[0].calls[0].resolve('late');
    spawned[1].calls[0].resolve('r2');
    await expect(second).resolves.toEqual({ status: 'done', seq: 2, result: 'r2' });
  });

  it('replaces the worker at once when the running request is already older than slowMs', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn, { slowMs: 300, timeoutMs: 60_000 });
    const first = client.run(graph, 'q1');
    vi.advanceTimersByTime(500);
    const second = client.run(graph, 'q2');
    expect(spawned[0].terminated).toBe(true);
    await expect(first).resolves.toEqual({ status: 'stale', seq: 1 });
    spawned[1].calls[0].resolve('r2');
    await expect(second).resolves.toEqual({ status: 'done', seq: 2, result: 'r2' });
  });

  it('stops a request that runs longer than timeoutMs with an error, and recovers with a fresh worker', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn, { slowMs: 300, timeoutMs: 5_000 });
    const first = client.run(graph, 'q1');
    vi.advanceTimersByTime(5_000);
    await expect(first).resolves.toEqual({ status: 'error', seq: 1, error: 'the analysis took longer than 5 s and was stopped' });
    expect(spawned[0].terminated).toBe(true);
    const second = client.run(graph, 'q2');
    expect(spawned).toHaveLength(2);
    spawned[1].calls[0].resolve('r2');
    await expect(second).resolves.toEqual({ status: 'done', seq: 2, result: 'r2' });
  });

  it('reports a failure inside the worker as an error outcome', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn);
    const answer = client.run(graph, 'q1');
    spawned[0].calls[0].reject(new Error('boom'));
    await expect(answer).resolves.toEqual({ status: 'error', seq: 1, error: 'boom' });
    await flush();
  });

  it('dispose answers outstanding requests stale and terminates the worker', async () => {
    const { spawned, spawn } = fakeWorkers();
    const client = new AnalysisClient(spawn, { slowMs: 10_000 });
    const first = client.run(graph, 'q1');
    const second = client.run(graph, 'q2');
    client.dispose();
    await expect(first).resolves.toEqual({ status: 'stale', seq: 1 });
    await expect(second).resolves.toEqual({ status: 'stale', seq: 2 });
    expect(spawned[0].terminated).toBe(true);
  });
});
