import { type ChildProcess, spawn } from 'node:child_process';
import { createServer } from 'node:net';
import { afterEach, describe, expect, it } from 'vitest';

let child: ChildProcess | null = null;

afterEach(() => {
  if (child && child.exitCode === null) child.kill('SIGKILL');
  child = null;
});

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  await new Promise((resolve) => server.close(resolve));
  if (address === null || typeof address === 'string') throw new Error('no port');
  return address.port;
}

function waitForLine(process: ChildProcess, output: string[], text: string): Promise<string> {
  return new Promise((resolve, reject) => {
    const check = () => {
      const line = output
        .join('')
        .split('\n')
        .find((candidate) => candidate.includes(text));
      if (line) resolve(line);
    };
    process.stderr?.on('data', (chunk: Buffer) => {
      output.push(chunk.toString('utf8'));
      check();
    });
    process.once('exit', () => reject(new Error(`exited before "${text}": ${output.join('')}`)));
  });
}

describe('npm start', () => {
  it('starts local mode on the demo Odoo, the playground on PORT, stops on SIGTERM', async () => {
    const port = await freePort();
    const output: string[] = [];
    child = spawn(process.execPath, ['--import', 'tsx', 'src/main.ts'], {
      env: { PATH: process.env.PATH, PORT: String(port), LOG_LEVEL: 'info' },
      stdio: ['ignore', 'ignore', 'pipe'],
    });

    const line = await waitForLine(child, output, 'Support Wallet started');
    const page = await fetch(`http://127.0.0.1:${port}/`);
    const exited = new Promise<number | null>((resolve) => child?.once('exit', resolve));
    child.kill('SIGTERM');

    expect(line).toContain('mode=local');
    expect(line).toMatch(/slack=http:\/\/127\.0\.0\.1:\d+\/slack\/events/);
    expect(page.status).toBe(200);
    expect(line).toContain('database=wallet');
    expect(line).not.toMatch(/key|token|secret/i);
    expect(await exited).toBe(0);
  });
});
