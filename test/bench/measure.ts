import { performance } from 'node:perf_hooks';

export interface Timing {
  /** Median milliseconds of the measured runs. */
  median: number;
  runs: number;
}

/**
 * Runs `work` `warmup` times unmeasured (caches, plans, JIT), then `runs` times, or fewer (at
 * least 3) once `budgetMs` is spent, so that a slow case does not hold the run up; the median.
 */
export async function measure(
  work: () => Promise<unknown>,
  runs: number,
  warmup: number,
  budgetMs = Infinity,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await work();
  const times: number[] = [];
  const began = performance.now();
  for (let i = 0; i < runs && (i < 3 || performance.now() - began < budgetMs); i++) {
    const start = performance.now();
    await work();
    times.push(performance.now() - start);
  }
  times.sort((a, b) => a - b);
  const mid = Math.floor(times.length / 2);
  const median = times.length % 2 ? times[mid]! : (times[mid - 1]! + times[mid]!) / 2;
  return { median, runs: times.length };
}
