// `npm run bench [-- --quick] [-- --only=<name>]`: every benchmark in turn, one table, and
// the figures in bench/results.json (a quick run writes bench/out/results-quick.json instead).
// A missed target prints MISSED; the exit code stays 0 so a slow machine never fails a build.
import { mkdir, writeFile } from 'node:fs/promises';
import { cpus, loadavg } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ackUnderLoad } from './ack-under-load.js';
import { callsPerView } from './calls-per-view.js';
import { decodeLarge } from './decode-large.js';
import { exportRows } from './export-rows.js';
import type { BenchContext, Benchmark, BenchRow } from './lib/measure.js';
import { missing } from './lib/measure.js';
import { formatTable } from './lib/table.js';
import { reloadLarge } from './reload-large.js';

const benchmarks: Benchmark[] = [callsPerView, decodeLarge, ackUnderLoad, reloadLarge, exportRows];
const here = fileURLToPath(new URL('.', import.meta.url));

function machine() {
  return {
    nproc: cpus().length,
    cpu: cpus()[0]?.model.trim() ?? 'unknown',
    node: process.version,
    loadAverage: loadavg().map((load) => Number(load.toFixed(2))),
  };
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const quick = args.includes('--quick');
  const only = args.find((arg) => arg.startsWith('--only='))?.slice('--only='.length);
  const context: BenchContext = { quick, log: (line) => console.error(line) };
  const started = new Date();
  const before = machine();
  console.error(
    `bench ${quick ? '(quick) ' : ''}on ${before.nproc} x ${before.cpu}, Node ${before.node}, ` +
      `load ${before.loadAverage.join(' ')}`,
  );

  const rows: BenchRow[] = [];
  for (const benchmark of benchmarks) {
    if (only && !benchmark.name.includes(only)) continue;
    console.error(`> ${benchmark.name}`);
    const t0 = performance.now();
    try {
      rows.push(...(await benchmark.run(context)));
    } catch (error) {
      const why = error instanceof Error ? (error.stack ?? error.message) : String(error);
      console.error(why);
      rows.push(
        missing(
          { benchmark: benchmark.name, metric: '(failed)', unit: '', baselineName: '', target: '' },
          why.split('\n')[0] ?? 'failed',
        ),
      );
    }
    console.error(`  ${((performance.now() - t0) / 1000).toFixed(1)} s`);
  }

  console.log(formatTable(rows));
  const seconds = (Date.now() - started.getTime()) / 1000;
  // Only a complete full run replaces the committed figures.
  const partial = quick ? 'quick' : only ? 'only' : null;
  const file = partial ? join(here, 'out', `results-${partial}.json`) : join(here, 'results.json');
  await mkdir(join(here, 'out'), { recursive: true });
  const results = { date: started.toISOString(), quick, seconds, machine: before, rows };
  await writeFile(file, `${JSON.stringify(results, null, 2)}\n`);
  console.log(
    `\n${rows.filter((row) => row.met === false).length} target(s) missed; ${seconds.toFixed(0)} s; figures in ${file}`,
  );
}

// A benchmark's leftovers (a late answer to a closed server) must not end the run.
process.on('unhandledRejection', (error) => console.error('unhandled rejection:', error));

await main();
process.exit(0);
