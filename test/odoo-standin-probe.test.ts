import { execFile, spawnSync } from 'node:child_process';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { promisify } from 'node:util';
import { describe, expect, it } from 'vitest';
import { startOdooStandin } from '../src/odoo-standin/index.js';

const PROBE = new URL('./fixtures/odoo-reference/probe/', import.meta.url);
const hasPython = spawnSync('python3', ['--version']).status === 0;

// Python's standard xmlrpc.client is the reference client; without python3 there is nothing to run.
describe.skipIf(!hasPython)(
  'the recorded probe script run with python3 against the stand-in',
  () => {
    it.each(['19.0', '17.0'] as const)(
      'prints the figures and flags the real Odoo %s printed',
      async (version) => {
        const odoo = await startOdooStandin({ version, now: new Date('2026-12-04T10:00:00Z') });
        const expected: unknown = JSON.parse(
          readFileSync(new URL(`real-odoo-${version}.json`, PROBE), 'utf8'),
        );

        try {
          const script = fileURLToPath(new URL('odoo_probe.py', PROBE));
          const run = await promisify(execFile)(
            'python3',
            [script, odoo.url, odoo.db, odoo.login, odoo.apiKey],
            { encoding: 'utf8', timeout: 60_000 },
          );

          expect(JSON.parse(run.stdout)).toEqual(expected);
        } finally {
          await odoo.close();
        }
      },
    );
  },
);
