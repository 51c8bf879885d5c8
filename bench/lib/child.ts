import { type ChildProcess, fork } from 'node:child_process';

function forkTsx(script: string, args: string[]): ChildProcess {
  return fork(script, args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
}

function nextMessage(child: ChildProcess, script: string): Promise<unknown> {
  return new Promise((resolve, reject) => {
    const onExit = (code: number | null) =>
      reject(new Error(`${script} ended with code ${code} and no figures`));
    child.once('exit', onExit);
    child.once('message', (message) => {
      child.off('exit', onExit);
      resolve(message);
    });
  });
}

/**
 * Runs a bench script in its own Node process (through tsx) and resolves with the first
 * message it sends, so the figures it takes (peak memory above all) are its own.
 */
export function runChild(script: string, args: string[]): Promise<unknown> {
  const child = forkTsx(script, args);
  return nextMessage(child, script);
}

/** A bench script kept running in its own process, answering one message per order. */
export interface ChildWorker {
  ask(order: object): Promise<unknown>;
  stop(): void;
}

/** Starts a worker process; each `ask` sends an order and waits for its answer. */
export function startChildWorker(script: string): ChildWorker {
  const child = forkTsx(script, []);
  return {
    ask(order) {
      const answer = nextMessage(child, script);
      child.send(order);
      return answer;
    },
    stop: () => child.disconnect(),
  };
}

/** Peak resident memory of this process so far, in bytes, as the kernel counts it. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
