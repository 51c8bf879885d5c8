import { DEMO_USERS } from './demo/demo-data.js';
import type { OdooVersion } from './engine/types.js';
import { startOdooStandin } from './index.js';

export interface DemoOdooOptions {
  /** Stops the server when aborted. */
  signal?: AbortSignal;
  /** Stops the server when it settles; without it or `signal`, SIGINT or SIGTERM stops it. */
  until?: Promise<unknown>;
  /** The clock for the demo dates (default: the real time). */
  now?: () => Date;
}

const VERSIONS: readonly OdooVersion[] = ['19.0', '18.0', '17.0'];

function option(argv: string[], name: string): string | undefined {
  const index = argv.indexOf(name);
  if (index >= 0) return argv[index + 1];
  const inline = argv.find((arg) => arg.startsWith(`${name}=`));
  return inline?.slice(name.length + 1);
}

function parsePort(text: string | undefined): number {
  if (text === undefined) return 8069;
  const port = Number(text);
  if (!Number.isInteger(port) || port < 0 || port > 65535) {
    throw new Error(`--port must be a TCP port between 0 and 65535, e.g. 8069 (got ${text})`);
  }
  return port;
}

function parseVersion(text: string | undefined): OdooVersion {
  if (text === undefined) return '19.0';
  const version = VERSIONS.find((known) => known === text || known === `${text}.0`);
  if (!version)
    throw new Error(`--odoo-version must be one of ${VERSIONS.join(', ')} (got ${text})`);
  return version;
}

function stopped({ signal, until }: DemoOdooOptions): Promise<void> {
  return new Promise((resolve) => {
    if (until) {
      until.then(
        () => resolve(),
        () => resolve(),
      );
      return;
    }
    if (signal) {
      if (signal.aborted) resolve();
      signal.addEventListener('abort', () => resolve(), { once: true });
      return;
    }
    const stop = () => {
      process.off('SIGINT', stop);
      process.off('SIGTERM', stop);
      resolve();
    };
    process.once('SIGINT', stop);
    process.once('SIGTERM', stop);
  });
}

/**
 * `wallet demo-odoo [--port N] [--odoo-version 17.0] [--empty]`: runs the demo Odoo on
 * 127.0.0.1 in the foreground, prints how to connect, and returns once stopped.
 */
export async function runDemoOdoo(
  argv: string[],
  out: (line: string) => void,
  options: DemoOdooOptions = {},
): Promise<void> {
  const port = parsePort(option(argv, '--port'));
  const version = parseVersion(option(argv, '--odoo-version'));
  const data = argv.includes('--empty') ? 'empty' : 'demo';
  const odoo = await startOdooStandin({
    port,
    version,
    data,
    ...(options.now ? { now: options.now } : {}),
  });

  out(`Demo Odoo ${version} is running (in memory; stop with Ctrl+C).`);
  out(`URL:      ${odoo.url}`);
  out(`Database: ${odoo.db}`);
  out(`Login:    ${odoo.login}`);
  out(`API key:  ${odoo.apiKey}`);
  for (const user of DEMO_USERS) out(`Agent:    ${user.login} (API key ${user.apiKey})`);
  out(
    `Connect with ODOO_URL=${odoo.url} ODOO_DB=${odoo.db} ODOO_LOGIN=${odoo.login} ` +
      `ODOO_API_KEY=${odoo.apiKey}`,
  );

  await stopped(options);
  await odoo.close();
  out('Demo Odoo stopped.');
}
