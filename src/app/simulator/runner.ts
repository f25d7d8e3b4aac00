/**
 * app/simulator/runner — runs simulations in a worker so that the newest run always wins.
 *
 * One run at a time: starting a run while another is in flight stops the worker (whatever it is
 * doing), answers the old run `stale`, and starts the new one in a fresh worker. The worker is
 * created lazily through `spawn`, so tests pass an in-process handle instead of a real Worker.
 */
import type { ProgressCallback, SimRequest, SimResponse } from './simulate';

export interface SimulationHandle {
  run(request: SimRequest, onProgress?: ProgressCallback): Promise<SimResponse>;
  terminate(): void;
}

export type RunOutcome =
  | { readonly status: 'done'; readonly response: SimResponse }
  | { readonly status: 'stale' }
  | { readonly status: 'error'; readonly error: string };

interface Running {
  readonly seq: number;
  readonly resolve: (outcome: RunOutcome) => void;
}

export class SimulationRunner {
  private handle: SimulationHandle | null = null;
  private running: Running | null = null;
  private latest = 0;

  constructor(private readonly spawn: () => SimulationHandle) {}

  get busy(): boolean {
    return this.running !== null;
  }

  run(request: SimRequest, onProgress?: ProgressCallback): Promise<RunOutcome> {
    const seq = ++this.latest;
    if (this.running) this.cancel();
    return new Promise((resolve) => {
      this.running = { seq, resolve };
      this.handle ??= this.spawn();
      const mine = (p: ProgressCallback | undefined) => p && ((done: number, total: number) => this.running?.seq === seq && p(done, total));
      this.handle.run(request, mine(onProgress)).then(
        (response) => this.finish(seq, { status: 'done', response }),
        (error: unknown) => this.finish(seq, { status: 'error', error: error instanceof Error ? error.message : String(error) }),
      );
    });
  }

  /** Stops the run in flight (if any) and answers it `stale`. */
  cancel(): void {
    const running = this.running;
    if (!running) return;
    this.running = null;
    this.handle?.terminate();
    this.handle = null;
    running.resolve({ status: 'stale' });
  }

  dispose(): void {
    this.cancel();
    this.handle?.terminate();
    this.handle = null;
  }

  private finish(seq: number, outcome: RunOutcome): void {
    if (this.running?.seq !== seq) return;
    const running = this.running;
    this.running = null;
    running.resolve(outcome);
  }
}
