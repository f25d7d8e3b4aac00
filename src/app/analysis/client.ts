/**
 * app/analysis/client — sends analysis requests to a worker so that a newer edit always wins.
 *
 * Every `run` gets a sequence number. At most one request is in the worker at a time and at most
 * one waits behind it (the newest: an older waiting request is answered `stale` at once). When the
 * running request is outdated and has run longer than `slowMs`, the worker is terminated and a
 * fresh one takes the newest request; a request that runs longer than `timeoutMs` is stopped and
 * answered with an error. Answers to outdated requests come back `stale`, never as results.
 *
 * The worker is created lazily through `spawn`, so tests can pass a fake without a real Worker.
 */
import type { CausalGraph } from '../../engine';

export interface AnalysisRemote<Req, Res> {
  analyze(graph: CausalGraph, request: Req): Promise<Res>;
}

export interface WorkerHandle<Req, Res> {
  readonly remote: AnalysisRemote<Req, Res>;
  terminate(): void;
}

export type Outcome<Res> =
  | { readonly status: 'done'; readonly seq: number; readonly result: Res }
  | { readonly status: 'stale'; readonly seq: number }
  | { readonly status: 'error'; readonly seq: number; readonly error: string };

export interface ClientOptions {
  /** How long an outdated request may keep the worker busy before the worker is replaced. */
  readonly slowMs?: number;
  /** How long any request may run before it is stopped with an error. */
  readonly timeoutMs?: number;
}

interface Job<Req, Res> {
  readonly seq: number;
  readonly graph: CausalGraph;
  readonly request: Req;
  readonly resolve: (outcome: Outcome<Res>) => void;
}

export class AnalysisClient<Req, Res> {
  private handle: WorkerHandle<Req, Res> | null = null;
  private running: (Job<Req, Res> & { startedAt: number; timers: ReturnType<typeof setTimeout>[] }) | null = null;
  private waiting: Job<Req, Res> | null = null;
  private latest = 0;
  private readonly slowMs: number;
  private readonly timeoutMs: number;

  constructor(
    private readonly spawn: () => WorkerHandle<Req, Res>,
    options: ClientOptions = {},
  ) {
    this.slowMs = options.slowMs ?? 400;
    this.timeoutMs = options.timeoutMs ?? 15_000;
  }

  /** Queues an analysis of `graph`; resolves once, with its result, `stale`, or an error. */
  run(graph: CausalGraph, request: Req): Promise<Outcome<Res>> {
    const seq = ++this.latest;
    return new Promise((resolve) => {
      const job: Job<Req, Res> = { seq, graph, request, resolve };
      if (this.waiting) this.waiting.resolve({ status: 'stale', seq: this.waiting.seq });
      if (!this.running) {
        this.waiting = null;
        this.start(job);
        return;
      }
      this.waiting = job;
      const elapsed = Date.now() - this.running.startedAt;
      if (elapsed >= this.slowMs) this.replaceWorker();
      else {
        const running = this.running;
        running.timers.push(setTimeout(() => this.running === running && this.replaceWorker(), this.slowMs - elapsed));
      }
    });
  }

  /** Stops the worker and answers everything outstanding as stale. */
  dispose(): void {
    if (this.running) this.finish(this.running, { status: 'stale', seq: this.running.seq });
    if (this.waiting) this.waiting.resolve({ status: 'stale', seq: this.waiting.seq });
    this.waiting = null;
    this.killWorker();
  }

  private start(job: Job<Req, Res>): void {
    this.handle ??= this.spawn();
    const running = { ...job, startedAt: Date.now(), timers: [] as ReturnType<typeof setTimeout>[] };
    this.running = running;
    running.timers.push(
      setTimeout(() => {
        if (this.running !== running) return;
        this.killWorker();
        const seconds = Math.round(this.timeoutMs / 100) / 10;
        this.finish(running, { status: 'error', seq: running.seq, error: `the analysis took longer than ${seconds} s and was stopped` });
        this.startWaiting();
      }, this.timeoutMs),
    );
    this.handle.remote.analyze(job.graph, job.request).then(
      (result) => this.settle(running, { status: 'done', seq: running.seq, result }),
      (error: unknown) =>
        this.settle(running, { status: 'error', seq: running.seq, error: error instanceof Error ? error.message : String(error) }),
    );
  }

  private settle(running: NonNullable<AnalysisClient<Req, Res>['running']>, outcome: Outcome<Res>): void {
    // A terminated worker's request was already answered; ignore anything it still says.
    if (this.running !== running) return;
    this.finish(running, running.seq === this.latest ? outcome : { status: 'stale', seq: running.seq });
    this.startWaiting();
  }

  private finish(running: NonNullable<AnalysisClient<Req, Res>['running']>, outcome: Outcome<Res>): void {
    for (const t of running.timers) clearTimeout(t);
    if (this.running === running) this.running = null;
    running.resolve(outcome);
  }

  private replaceWorker(): void {
    const running = this.running;
    if (!running) return;
    this.killWorker();
    this.finish(running, { status: 'stale', seq: running.seq });
    this.startWaiting();
  }

  private startWaiting(): void {
    const next = this.waiting;
    this.waiting = null;
    if (next) this.start(next);
  }

  private killWorker(): void {
    this.handle?.terminate();
    this.handle = null;
  }
}
