// Exports N generated work-log rows through the real path (Odoo client over XML-RPC, paged
// reads, streaming workbook) and prints the time and the peak resident memory:
//   npx tsx bench/export.ts [rows] [auto|xmlrpc|json2]
// `auto` (the default, as in production) takes JSON-2 on the Odoo 19 stand-in.
// The Odoo stand-in runs in a child process, so its records do not count in the figures.
import { fork } from 'node:child_process';
import { createWriteStream } from 'node:fs';
import { mkdir, stat } from 'node:fs/promises';
import { join } from 'node:path';
import { finished } from 'node:stream/promises';
import { fileURLToPath } from 'node:url';
import type { OdooProtocol, OdooSettings } from '../src/config.js';
import { silentLogger } from '../src/logger.js';
import { connectOdoo } from '../src/odoo/index.js';
import type { OdooClient } from '../src/odoo/types.js';
import { seedScale, startOdooStandin } from '../src/odoo-standin/index.js';
import { exportWorkbook } from '../src/wallet/export/index.js';

const projects = 100;

/** Child side: an empty stand-in with `rows` timesheets over 100 support projects. */
async function serveStandin(rows: number): Promise<void> {
  const standin = await startOdooStandin({ port: 0, data: 'empty' });
  seedScale(standin.engine, {
    projects,
    timesheetsPerProject: Math.ceil(rows / projects),
    openTasksPerProject: 5,
  });
  process.send?.({ settings: standin.settings });
  process.on('disconnect', () => {
    void standin.close().then(() => process.exit(0));
  });
}

function startChild(rows: number): Promise<{ settings: OdooSettings; stop: () => void }> {
  const child = fork(fileURLToPath(import.meta.url), ['--standin', String(rows)], {
    execArgv: ['--import', 'tsx'],
  });
  return new Promise((resolve, reject) => {
    child.once('error', reject);
    child.once('message', (message: { settings: OdooSettings }) => {
      resolve({ settings: message.settings, stop: () => child.disconnect() });
    });
  });
}

interface Timing {
  odooMs: number;
  reads: number;
  /** Resident memory after each read, in MB. */
  rssMb: number[];
}

// Times every paged read and notes the resident memory after it, to show it stays flat.
function timed(client: OdooClient, timing: Timing): OdooClient {
  return {
    ...client,
    async searchRead(model, domain, schema, options) {
      const started = performance.now();
      const rows = await client.searchRead(model, domain, schema, options);
      timing.odooMs += performance.now() - started;
      timing.reads++;
      timing.rssMb.push(process.memoryUsage.rss() / 2 ** 20);
      return rows;
    },
  };
}

/** Exports `rows` work-log rows and returns the figures the benchmark prints. */
export async function benchExport(rows: number, protocol: OdooProtocol = 'auto') {
  const child = await startChild(rows);
  try {
    const connection = await connectOdoo({ ...child.settings, protocol }, silentLogger);
    const timing: Timing = { odooMs: 0, reads: 0, rssMb: [] };
    const outDir = join(fileURLToPath(new URL('.', import.meta.url)), 'out');
    await mkdir(outDir, { recursive: true });
    const file = join(outDir, `export-${rows}.xlsx`);

    let peak = process.memoryUsage.rss();
    const sampler = setInterval(() => {
      peak = Math.max(peak, process.memoryUsage.rss());
    }, 50);
    const started = performance.now();
    const output = createWriteStream(file);
    const summary = await exportWorkbook(
      {
        odoo: timed(connection.client, timing),
        capabilities: connection.capabilities,
        odooUrl: child.settings.url,
        clock: () => new Date(),
        lowHours: 4,
        logWindowDays: 60,
        logger: silentLogger,
      },
      output,
    );
    await finished(output);
    const seconds = (performance.now() - started) / 1000;
    clearInterval(sampler);

    const maxRss = process.resourceUsage().maxRSS * 1024;
    return {
      ...summary,
      seconds,
      peakRssMb: Math.max(peak, maxRss) / 2 ** 20,
      file,
      bytes: (await stat(file)).size,
      timing,
      protocol: connection.protocol,
    };
  } finally {
    child.stop();
  }
}

if (process.argv[2] === '--standin') {
  await serveStandin(Number(process.argv[3]));
} else if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const rows = Number(process.argv[2] ?? 200_000);
  const asked = process.argv[3];
  const protocol = asked === 'json2' || asked === 'xmlrpc' ? asked : 'auto';
  const result = await benchExport(rows, protocol);
  const { timing } = result;
  const quarter = (q: number) =>
    (
      timing.rssMb[Math.min(timing.rssMb.length - 1, Math.floor((timing.rssMb.length * q) / 4))] ??
      0
    ).toFixed(0);
  console.log(
    `${result.protocol}: ${result.workLogRows} work-log rows, ${result.tickets} tickets, ${result.projects} projects: ` +
      `${result.seconds.toFixed(1)} s, ${(timing.odooMs / 1000).toFixed(1)} s of it inside ` +
      `${timing.reads} paged Odoo reads (read ahead, so they overlap the writing); peak RSS ${result.peakRssMb.toFixed(0)} MB ` +
      `(RSS after 1/4, 2/4, 3/4, all reads: ${[1, 2, 3, 4].map(quarter).join(', ')} MB); ` +
      `${(result.bytes / 2 ** 20).toFixed(1)} MB file (${result.file})`,
  );
}
