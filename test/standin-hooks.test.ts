import { afterEach, describe, expect, it } from 'vitest';
import { OdooFault, type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { faultOf, kw, lastLine, xmlCall } from './standin-rpc.js';

let odoo: OdooStandin | undefined;

afterEach(async () => {
  await odoo?.close();
  odoo = undefined;
});

async function start(options: Parameters<typeof startOdooStandin>[0] = {}) {
  odoo = await startOdooStandin({ data: 'empty', ...options });
  return odoo;
}

describe('the stand-in call log and hooks', () => {
  it('logs each call with its protocol, model, method and rank', async () => {
    const server = await start();

    await kw(server, 'res.partner', 'search', [[]]);
    await kw(server, 'res.partner', 'search', [[]]);
    await xmlCall(`${server.url}/xmlrpc/2/common`, 'version', []);

    expect(server.calls.count('res.partner', 'search')).toBe(2);
    expect(server.calls.list.map((call) => [call.model, call.method, call.nth])).toEqual([
      ['res.partner', 'search', 1],
      ['res.partner', 'search', 2],
      [null, 'version', 1],
    ]);
    expect(server.calls.list[0]?.protocol).toBe('xmlrpc');
  });

  it('fails the third write on a project with the fault a hook throws, only that one', async () => {
    const server = await start();
    const project = (await kw(server, 'project.project', 'create', [{ name: 'P' }])) as number;
    server.onCall((call) => {
      if (call.model === 'project.project' && call.method === 'write' && call.nth === 3) {
        throw new OdooFault({
          exception: 'odoo.exceptions.UserError',
          message: 'Injected failure',
        });
      }
    });
    const write = (name: string) => kw(server, 'project.project', 'write', [[project], { name }]);

    await write('one');
    await write('two');
    const fault = await faultOf(write('three'));
    await write('four');

    expect(fault).toEqual({ faultCode: 2, faultString: 'Injected failure' });
    expect(server.engine.row('project.project', project)?.name).toBe('four');
  });

  it('turns any other error thrown by a hook into a server error (fault 1)', async () => {
    const server = await start();
    server.onCall(() => {
      throw new Error('database is locked');
    });

    const fault = await faultOf(kw(server, 'res.partner', 'search', [[]]));

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe('Exception: database is locked');
  });

  it('waits as long as a hook waits before answering', async () => {
    const server = await start();
    let release: () => void = () => {};
    const gate = new Promise<void>((resolve) => {
      release = resolve;
    });
    server.onCall(() => gate);
    let answered = false;

    const pending = kw(server, 'res.partner', 'search_count', [[]]).then((count) => {
      answered = true;
      return count;
    });
    await new Promise((resolve) => setTimeout(resolve, 50));
    const before = answered;
    release();

    expect(before).toBe(false);
    expect(await pending).toBeGreaterThan(0);
  });

  it('drops the connection unanswered when a hook hangs up', async () => {
    const server = await start();
    server.onCall(() => 'hang-up');

    const error = await kw(server, 'res.partner', 'search', [[]]).catch((e: unknown) => e);

    expect(error).toBeInstanceOf(Error);
    expect(String((error as Error & { code?: string }).code)).toMatch(/ECONNRESET|EPIPE|socket/i);
  });

  it('stops calling a hook once it is removed', async () => {
    const server = await start();
    const seen: string[] = [];
    const remove = server.onCall((call) => {
      seen.push(call.method);
    });

    await kw(server, 'res.partner', 'search', [[]]);
    remove();
    await kw(server, 'res.partner', 'search_count', [[]]);

    expect(seen).toEqual(['search']);
  });

  it('leaves no trace of a call that fails half way', async () => {
    const server = await start();
    const before = server.engine.searchIds('project.task', []).length;

    const fault = await faultOf(
      kw(server, 'project.task', 'create', [[{ name: 'kept?' }, { description: '' }]]),
    );

    expect(fault.faultCode).toBe(2);
    expect(server.engine.searchIds('project.task', [])).toHaveLength(before);
  });
});
