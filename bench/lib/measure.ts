import { performance } from 'node:perf_hooks';

/** One line of the results table: a figure beside the baseline measured in the same run. */
export interface BenchRow {
  benchmark: string;
  metric: string;
  unit: string;
  /** `null` when the figure could not be taken (what it needs is missing). */
  value: number | null;
  baselineName: string;
  baselineValue: number | null;
  /** value / baseline; `null` when there is no baseline. */
  ratio: number | null;
  target: string;
  /** `null`: no target to meet (a figure shown for information). */
  met: boolean | null;
  /** How many runs the median was taken over. */
  runs: number;
  note?: string;
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

/** Wall time of one run of `task`, in milliseconds, with its result. */
export async function timed<T>(task: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await task();
  return { ms: performance.now() - started, value };
}

/** Runs `task` `runs` times and returns every wall time in milliseconds. */
export async function sampleMs(runs: number, task: () => Promise<unknown> | unknown) {
  const times: number[] = [];
  for (let run = 0; run < runs; run += 1) times.push((await timed(task)).ms);
  return times;
}

/** Runs `task` `runs` times and returns the median wall time in milliseconds. */
export async function medianMs(runs: number, task: () => Promise<unknown>): Promise<number> {
  return median(await sampleMs(runs, task));
}

export type RowInput = Omit<BenchRow, 'ratio' | 'met'> & {
  /** Whether the figure meets its target; leave out for a figure shown for information. */
  meets?: (ratio: number | null, value: number) => boolean;
};

/** A row whose ratio is computed from the two values. */
export function compared(row: RowInput): BenchRow {
  const { meets, ...rest } = row;
  const ratio = row.value !== null && row.baselineValue ? row.value / row.baselineValue : null;
  const met = meets && row.value !== null ? meets(ratio, row.value) : null;
  return { ...rest, ratio, met };
}

/** A row for a figure that could not be taken, saying why. */
export function missing(row: Omit<RowInput, 'value' | 'baselineValue' | 'runs'>, why: string) {
  return compared({ ...row, value: null, baselineValue: null, runs: 0, note: why });
}

export const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));
