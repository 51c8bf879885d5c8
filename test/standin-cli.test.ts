import { describe, expect, it, vi } from 'vitest';
import { runDemoOdoo } from '../src/odoo-standin/cli.js';
import { xmlCall } from './standin-rpc.js';

function field(lines: string[], label: string): string {
  const line = lines.find((text) => text.startsWith(`${label}:`)) ?? '';
  return line.slice(label.length + 1).trim();
}

describe('wallet demo-odoo', () => {
  it('prints the URL, database, login and key that authenticate against it', async () => {
    const lines: string[] = [];
    const stop = new AbortController();
    const running = runDemoOdoo(['--port', '0'], (line) => lines.push(line), {
      signal: stop.signal,
    });
    await vi.waitFor(() => {
      if (!lines.some((line) => line.startsWith('API key:'))) throw new Error('not started');
    });

    const uid = await xmlCall(`${field(lines, 'URL')}/xmlrpc/2/common`, 'authenticate', [
      field(lines, 'Database'),
      field(lines, 'Login'),
      field(lines, 'API key'),
      {},
    ]);
    stop.abort();
    await running;

    expect(uid).toBe(2);
    expect(lines.at(-1)).toBe('Demo Odoo stopped.');
  });

  it('refuses a port that is not a number', async () => {
    const run = runDemoOdoo(['--port', 'abc'], () => {});

    await expect(run).rejects.toThrow('--port must be a TCP port');
  });
});

describe('wallet demo-odoo options', () => {
  it('serves an empty 17.0 database until the given promise settles', async () => {
    const lines: string[] = [];
    let stop: () => void = () => {};
    const until = new Promise<void>((resolve) => {
      stop = resolve;
    });
    const running = runDemoOdoo(
      ['--port=0', '--odoo-version', '17', '--empty'],
      (line) => lines.push(line),
      {
        until,
      },
    );
    await vi.waitFor(() => {
      if (!lines.some((line) => line.startsWith('URL:'))) throw new Error('not started');
    });
    const url =
      lines
        .find((line) => line.startsWith('URL:'))
        ?.slice(4)
        .trim() ?? '';

    const version = await xmlCall(`${url}/xmlrpc/2/common`, 'version', []);
    stop();
    await running;

    expect(lines[0]).toContain('Demo Odoo 17.0');
    expect(version).toMatchObject({ server_serie: '17.0' });
  });
});
