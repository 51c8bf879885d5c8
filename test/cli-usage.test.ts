import { describe, expect, it } from 'vitest';
import type { OpenWallet } from '../src/cli/command.js';
import { runCli } from '../src/cli/run.js';
import { NotFoundError, ValidationError } from '../src/errors.js';
import type { WalletService } from '../src/wallet/service.js';
import type { Batch, ProjectBalance } from '../src/wallet/types.js';

const batch: Batch = {
  lineId: 7,
  orderId: 3,
  orderName: 'S00003',
  lineName: 'Support Hour',
  customer: { id: 9, name: 'Acme' },
  ordered: 10,
  delivered: 7.5,
  remaining: 2.5,
  state: 'sale',
  prepaid: true,
  confirmedAt: '2026-01-05 10:00:00',
};

const balance: ProjectBalance = {
  projectId: 4,
  projectName: 'Acme Support',
  customer: { id: 9, name: 'Acme' },
  batch,
  ordered: 10,
  delivered: 7.5,
  remaining: 2.5,
  status: 'low',
  url: 'http://odoo.test/web#id=4&model=project.project&view_type=form',
};

function unused(): never {
  throw new Error('not expected in this test');
}

/** A service whose every method fails unless a test gives it an answer. */
function fakeService(overrides: Partial<WalletService> = {}): WalletService {
  return {
    balances: unused,
    searchProjects: unused,
    searchTasks: unused,
    findUserByEmail: unused,
    hoursLogged: unused,
    logTime: unused,
    listTags: unused,
    createTicket: unused,
    candidateBatches: unused,
    createBatch: unused,
    planReload: unused,
    executeReload: unused,
    audit: unused,
    ...overrides,
  };
}

async function run(argv: string[], service: WalletService = fakeService()) {
  const out: string[] = [];
  const err: string[] = [];
  let opened = 0;
  const openWallet = async (): Promise<OpenWallet> => {
    opened += 1;
    return { service, close: async () => {} };
  };
  const code = await runCli(
    argv,
    { ODOO_URL: 'http://odoo.test', ODOO_LOGIN: 'a@b.c', ODOO_API_KEY: 'k' },
    { stdout: (t) => out.push(t), stderr: (t) => err.push(t) },
    { openWallet },
  );
  return { code, stdout: out.join('\n'), stderr: err.join('\n'), opened };
}

describe('wallet CLI usage', () => {
  it('exits 2 with the list of commands when no command is given', async () => {
    const result = await run([]);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(/Usage: wallet <command>/);
    expect(result.stderr).toMatch(/balances/);
  });

  it('exits 2 on an unknown command or option without connecting to Odoo', async () => {
    const unknownCommand = await run(['bogus']);
    const unknownOption = await run(['balances', '--colour']);

    expect(unknownCommand.code).toBe(2);
    expect(unknownOption.code).toBe(2);
    expect(unknownOption.stderr).toMatch(/Usage: wallet balances/);
    expect(unknownOption.opened).toBe(0);
  });

  it.each([
    [['log', '--hours', '1', '--desc', 'x', '--user', 'a@b.c'], /--task or --project/],
    [['log', '--task', '12', '--desc', 'x', '--user', 'a@b.c'], /--hours is required/],
    [['log', '--task', 'twelve', '--hours', '1', '--desc', 'x', '--user', 'a'], /record id/],
    [['ticket', '--title', 'x'], /--project is required/],
    [['reload', '--project', '4'], /--to is required/],
    [['batch', '--project', '4', '--hours', 'ten', '--price', '95'], /must be a plain number/],
    [['batch', '--project', '4', '--hours', '1e-9', '--price', '95'], /must be a plain number/],
    [['batch', '--project', '4', '--hours', '0x10', '--price', '95'], /must be a plain number/],
    [['batch', '--project', '4', '--hours', '10', '--price', '0b101'], /must be a plain number/],
    [['batch', '--project', '2147483648', '--hours', '10', '--price', '9'], /1 to 2147483647/],
    [['reload', '--project', '4', '--to', '0'], /1 to 2147483647/],
    [['ticket', '--project', '1e3', '--title', 'x'], /record id/],
    [['log', '--task', '99999999999', '--hours', '1', '--desc', 'x', '--user', 'a'], /record id/],
  ])('exits 2 on %j with the command usage', async (argv, message) => {
    const result = await run(argv);

    expect(result.code).toBe(2);
    expect(result.stderr).toMatch(message);
    expect(result.stderr).toMatch(/Usage: wallet /);
  });

  it('prints help and exits 0', async () => {
    const result = await run(['reload', '--help']);

    expect(result.code).toBe(0);
    expect(result.stdout).toMatch(/--project ID --to LINE_ID \[--yes\]/);
  });

  it('prints balances as aligned columns', async () => {
    const result = await run(['balances'], fakeService({ balances: async () => [balance] }));

    expect(result.code).toBe(0);
    const [header, row] = result.stdout.split('\n');
    expect(header).toMatch(
      /^Project\s+Customer\s+Batch\s+Ordered\s+Delivered\s+Remaining\s+Status$/,
    );
    expect(row).toMatch(/#4 Acme Support\s+Acme\s+S00003 \/ line 7\s+10\.00\s+7\.50\s+2\.50\s+low/);
    expect(header?.indexOf('Status')).toBe(row?.indexOf('low'));
  });

  it('passes the filters on and prints JSON on request', async () => {
    let seen: unknown;
    const service = fakeService({
      balances: async (filter) => {
        seen = filter;
        return [balance];
      },
    });

    const result = await run(['balances', '--client', 'acme', '--low', '--json'], service);

    expect(result.code).toBe(0);
    expect(seen).toEqual({ client: 'acme', onlyLow: true, onlyNeedsReload: false });
    expect(JSON.parse(result.stdout)).toEqual([balance]);
  });

  it('exits 1 with the user message when the domain refuses', async () => {
    const service = fakeService({
      logTime: async () => {
        throw new ValidationError('"abc" is not a duration. Use 1:30.', { field: 'duration' });
      },
    });

    const result = await run(
      ['log', '--task', '12', '--hours', 'abc', '--desc', 'x', '--user', 'a@b.c', '--json'],
      service,
    );

    expect(result.code).toBe(1);
    expect(result.stderr).toBe('Error: "abc" is not a duration. Use 1:30.');
    expect(JSON.parse(result.stdout)).toEqual({
      error: {
        code: 'validation',
        message: '"abc" is not a duration. Use 1:30.',
        field: 'duration',
      },
    });
  });

  it('exits 1 on a failed read as well', async () => {
    const service = fakeService({
      audit: async () => {
        throw new NotFoundError('Project 99 does not exist in Odoo.');
      },
    });

    const result = await run(['audit', '--project', '99'], service);

    expect(result.code).toBe(1);
    expect(result.stderr).toMatch(/Project 99 does not exist/);
  });

  it('prints a failure once, as the Error line, not also as a log line', async () => {
    const service = fakeService({
      audit: async () => {
        throw new Error('socket hang up');
      },
    });

    const result = await run(['audit'], service);

    expect(result.code).toBe(1);
    expect(result.stderr.split('\n')).toHaveLength(1);
    expect(result.stderr).toMatch(/^Error: /);
  });

  it('prints the package version and exits 0', async () => {
    const result = await run(['--version']);

    expect(result.code).toBe(0);
    expect(result.stdout).toBe('0.1.0');
    expect(result.opened).toBe(0);
  });

  it('exits 1 naming the variable when the environment is wrong', async () => {
    const out: string[] = [];
    const code = await runCli(
      ['balances'],
      { ODOO_URL: 'not a url' },
      {
        stdout: (t) => out.push(t),
        stderr: (t) => out.push(t),
      },
    );

    expect(code).toBe(1);
    expect(out.join('\n')).toMatch(/ODOO_URL must be/);
  });
});
