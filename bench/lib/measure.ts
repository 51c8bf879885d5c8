import { performance } from 'node:perf_hooks';

/** One line of the results table: a figure beside the baseline measured in the same run. */
export interface BenchRow {
  benchmark: string;
  metric: string;
  unit: string;
  value: number;
  baselineName: string;
  baselineValue: number | null;
  /** value / baseline; `null` when there is no baseline (a count, say). */
  ratio: number | null;
  target: string;
  met: boolean;
}

export interface BenchContext {
  /** Fewer runs and smaller data, for a run that finishes within a minute. */
  quick: boolean;
  log: (line: string) => void;
}

export interface Benchmark {
  name: string;
  run(context: BenchContext): Promise<BenchRow[]>;
}

/** The median of a list of numbers. */
export function median(values: number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  if (sorted.length === 0) return Number.NaN;
  return sorted.length % 2
    ? (sorted[middle] as number)
    : ((sorted[middle - 1] as number) + (sorted[middle] as number)) / 2;
}

/** The p-th percentile (0-100) by nearest rank. */
export function percentile(values: number[], p: number): number {
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[rank] ?? Number.NaN;
}

/** Runs `task` `runs` times and returns the median wall time in milliseconds. */
export async function medianMs(runs: number, task: () => Promise<unknown>): Promise<number> {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) {
    const started = performance.now();
    await task();
    times.push(performance.now() - started);
  }
  return median(times);
}

/** A row whose ratio is computed from the two values. */
export function compared(
  row: Omit<BenchRow, 'ratio' | 'met'> & {
    meets: (ratio: number | null, value: number) => boolean;
  },
): BenchRow {
  const ratio = row.baselineValue ? row.value / row.baselineValue : null;
  const { meets, ...rest } = row;
  return { ...rest, ratio, met: meets(ratio, row.value) };
}
