import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { runCli } from '../src/cli/run.js';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { testNow } from './support/wallet-world.js';

let odoo: OdooStandin;
let env: Record<string, string>;

beforeAll(async () => {
  odoo = await startOdooStandin({ port: 0, data: 'demo', now: testNow });
  env = { ODOO_URL: odoo.url, ODOO_DB: odoo.db, ODOO_LOGIN: odoo.login, ODOO_API_KEY: odoo.apiKey };
});

afterAll(async () => {
  await odoo.close();
});

async function wallet(...argv: string[]) {
  const out: string[] = [];
  const err: string[] = [];
  const code = await runCli(
    argv,
    env,
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    { clock: () => testNow, untilStopped: async () => {} },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n') };
}

async function projectId(name: string): Promise<number> {
  const { stdout } = await wallet('balances', '--client', name, '--json');
  const [row] = JSON.parse(stdout) as Array<{ projectId: number }>;
  if (!row) throw new Error(`no project ${name}`);
  return row.projectId;
}

describe('wallet CLI on an Odoo', () => {
  it('balances: prints the overview, filters, and JSON', async () => {
    const all = await wallet('balances');
    const low = await wallet('balances', '--low', '--json');
    const reload = await wallet('balances', '--needs-reload');

    expect(all.code).toBe(0);
    expect(all.stderr).toBe('');
    expect(all.stdout.split('\n')[1]).toMatch(/Initech - Support .* -2\.50\s+debt$/);
    expect(JSON.parse(low.stdout).map((b: { status: string }) => b.status)).toEqual([
      'debt',
      'low',
      'low',
    ]);
    expect(reload.stdout).toMatch(/Stark Industries/);
    expect(reload.stdout).not.toMatch(/Globex/);
  });

  it('log: logs time and exits 0, refuses with 1, bad usage with 2', async () => {
    const project = await projectId('Acme');
    const tasks = odoo.engine.searchIds('project.task', [
      ['project_id', '=', project],
      ['state', '=', '01_in_progress'],
    ]);
    const taskId = String(tasks[0]);

    const ok = await wallet(
      'log',
      '--task',
      taskId,
      '--hours',
      '1:30',
      '--desc',
      'Call',
      '--user',
      'alice@example.com',
    );
    const json = await wallet(
      'log',
      '--task',
      taskId,
      '--hours',
      '45m',
      '--desc',
      'Mail',
      '--user',
      'ALICE@example.com',
      '--json',
    );
    const refused = await wallet(
      'log',
      '--task',
      taskId,
      '--hours',
      'lots',
      '--desc',
      'x',
      '--user',
      'alice@example.com',
    );
    const future = await wallet(
      'log',
      '--task',
      taskId,
      '--hours',
      '1',
      '--desc',
      'x',
      '--user',
      'alice@example.com',
      '--date',
      '2026-03-11',
    );
    const usage = await wallet(
      'log',
      '--task',
      taskId,
      '--hours',
      '1',
      '--user',
      'alice@example.com',
    );

    expect(ok.code).toBe(0);
    expect(ok.stdout).toMatch(/^Logged 1\.50 h on task #\d+ for 2026-03-10/);
    expect(json.code).toBe(0);
    expect(JSON.parse(json.stdout)).toMatchObject({ hours: 0.75, date: '2026-03-10' });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/"lots" is not a duration.*1:30/);
    expect(future.code).toBe(1);
    expect(future.stderr).toMatch(/in the future/);
    expect(usage.code).toBe(2);
    expect(usage.stderr).toMatch(/--desc is required/);
  });

  it('ticket: creates a task and prints its link; refuses an unknown tag', async () => {
    const project = String(await projectId('Globex'));

    const created = await wallet(
      'ticket',
      '--project',
      project,
      '--title',
      'Broken export',
      '--desc',
      'It <fails>',
      '--tag',
      'Bug',
      '--assignee',
      'bob@example.com',
    );
    const json = await wallet('ticket', '--project', project, '--title', 'Another', '--json');
    const refused = await wallet('ticket', '--project', project, '--title', 'x', '--tag', 'Urgent');

    expect(created.code).toBe(0);
    expect(created.stdout).toMatch(/^Created task #\d+: Broken export/);
    expect(created.stdout).toMatch(/\/web#id=\d+&model=project\.task&view_type=form$/);
    expect(JSON.parse(json.stdout)).toMatchObject({
      name: 'Another',
      batch: { orderName: 'S00002' },
    });
    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/the tags are Bug, Feature Request, Maintenance/);
  });

  it('batch, then reload: a dry run writes nothing, --yes reloads and verifies', async () => {
    const project = String(await projectId('Initech'));
    const batch = await wallet(
      'batch',
      '--project',
      project,
      '--hours',
      '10',
      '--price',
      '95',
      '--confirm',
      '--json',
    );
    const lineId = String(JSON.parse(batch.stdout).lineId);

    odoo.calls.reset();
    const dry = await wallet('reload', '--project', project, '--to', lineId);
    const writesDuringDryRun = odoo.calls.list.filter((c) =>
      ['create', 'write', 'message_post'].includes(c.method),
    );
    const done = await wallet(
      'reload',
      '--project',
      project,
      '--to',
      lineId,
      '--yes',
      '--as',
      'Lena',
    );
    const again = await wallet('reload', '--project', project, '--to', lineId, '--yes', '--json');

    expect(batch.code).toBe(0);
    expect(dry.code).toBe(0);
    expect(dry.stdout).toMatch(/carry-over: 2\.50 h; new batch starts at 7\.50 h/);
    expect(dry.stdout).toMatch(/Dry run: nothing written/);
    expect(writesDuringDryRun).toEqual([]);
    expect(done.code).toBe(0);
    expect(done.stdout).toMatch(/lock\s+done/);
    expect(done.stdout).toMatch(
      /Done and verified: S\d+ keeps 12\.50 h delivered; S\d+ has 2\.50 h/,
    );
    expect(again.code).toBe(1);
    expect(JSON.parse(again.stdout).error).toMatchObject({ code: 'validation' });
  });

  it('batch: exits 1 on a price with 3 decimals, 2 on a negative or missing one', async () => {
    const project = String(await projectId('Hooli'));

    const refused = await wallet('batch', '--project', project, '--hours', '5', '--price=9.555');
    const negative = await wallet('batch', '--project', project, '--hours', '5', '--price=-3');
    const usage = await wallet('batch', '--project', project, '--hours', '5');

    expect(refused.code).toBe(1);
    expect(refused.stderr).toMatch(/at most 2 decimals/);
    expect(negative.code).toBe(2);
    expect(usage.code).toBe(2);
  });

  it('reload --json: gives the plan, the steps and the verified figures', async () => {
    const project = await projectId('Globex');
    const batch = await wallet(
      'batch',
      '--project',
      String(project),
      '--hours',
      '10',
      '--price',
      '0',
      '--confirm',
      '--json',
    );
    const lineId = String(JSON.parse(batch.stdout).lineId);

    const result = await wallet(
      'reload',
      '--project',
      String(project),
      '--to',
      lineId,
      '--yes',
      '--json',
    );

    const parsed = JSON.parse(result.stdout);
    expect(parsed.executed).toBe(true);
    expect(parsed.plan.carryOver).toBe(0);
    expect(parsed.result).toMatchObject({ oldDelivered: 7.5, newDelivered: 0 });
    expect(parsed.steps.map((s: { step: string }) => s.step)).toContain('record');
  });

  it('audit: reports the lock module and findings; exits 1 for a missing project', async () => {
    const text = await wallet('audit');
    const json = await wallet('audit', '--json');
    const missing = await wallet('audit', '--project', '9999');

    expect(text.code).toBe(0);
    expect(text.stdout).toMatch(/^Server lock module \(strictbase_task_sol_lock\): not installed/);
    expect(JSON.parse(json.stdout)).toMatchObject({
      serverLockModule: false,
      findings: expect.any(Array),
    });
    expect(missing.code).toBe(1);
    expect(missing.stderr).toMatch(/Project 9999 does not exist/);
  });

  it('demo-odoo: serves a demo Odoo and says how to point at it', async () => {
    const result = await wallet('demo-odoo', '--port', '0');
    const usage = await wallet('demo-odoo', '--port', 'eighty');

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/ODOO_URL=http:\/\/127\.0\.0\.1:\d+ ODOO_DB=wallet/);
    expect(usage.code).toBe(2);
  });
});

describe('the wallet executable', () => {
  it('prints the demo overview through npx when no Odoo is configured', async () => {
    const {
      ODOO_URL: _url,
      ODOO_DB: _db,
      ODOO_LOGIN: _login,
      ODOO_API_KEY: _key,
      ...rest
    } = process.env;

    const { stdout, stderr } = await promisify(execFile)(
      'npx',
      ['--offline', 'wallet', 'balances'],
      {
        cwd: new URL('..', import.meta.url).pathname,
        env: { ...rest, npm_config_update_notifier: 'false' },
        timeout: 60_000,
      },
    );

    expect(stdout).toMatch(/^Project\s+Customer\s+Batch/);
    expect(stdout).toMatch(/Initech - Support/);
    expect(stderr.trim().split('\n')).toEqual([
      'No ODOO_URL set: running on the built-in demo Odoo (sample data, nothing real).',
    ]);
  }, 90_000);
});
