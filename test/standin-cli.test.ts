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
