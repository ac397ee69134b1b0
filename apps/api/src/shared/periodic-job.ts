import type { RunningJob } from './api-module';

/**
 * Runs `run` now and every `intervalMs`; a run slower than the interval is not overlapped by this
 * process's next one, and stop() waits for the run in progress. `run` reports its own failures.
 */
export function startPeriodicJob(run: () => Promise<void>, intervalMs: number): RunningJob {
  let running: Promise<void> | null = null;
  const tick = () => {
    if (running) return;
    running = run().finally(() => {
      running = null;
    });
  };
  const timer = setInterval(tick, intervalMs);
  timer.unref();
  tick();
  return {
    stop: async () => {
      clearInterval(timer);
      await running;
    },
  };
}
