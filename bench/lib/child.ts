import { type ChildProcess, fork } from 'node:child_process';

function forkTsx(script: string, args: string[]): ChildProcess {
  return fork(script, args, { execArgv: ['--import', 'tsx'], stdio: 'inherit' });
}

/**
 * Runs a bench script in its own Node process (through tsx) and resolves with the first
 * message it sends, so the figures it takes (peak memory above all) are its own.
 */
export function runChild(script: string, args: string[]): Promise<unknown> {
  const child = forkTsx(script, args);
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

/** A bench script kept running in its own process, answering orders by id. */
export interface ChildWorker {
  /** The message the worker sends on its own once started (id 0). */
  ready: Promise<unknown>;
  /** Sends an order and resolves with the answer carrying the same id. */
  ask(order: object): Promise<unknown>;
  stop(): void;
}

interface Waiter {
  resolve: (message: unknown) => void;
  reject: (error: Error) => void;
}

function idOf(message: unknown): number | null {
  if (typeof message !== 'object' || message === null || !('id' in message)) return null;
  return typeof message.id === 'number' ? message.id : null;
}

/** Starts a worker process that answers each `{ id, ...order }` with a message of that id. */
export function startChildWorker(script: string): ChildWorker {
  const child = forkTsx(script, []);
  const waiting = new Map<number, Waiter>();
  let lastId = 0;
  const ready = new Promise<unknown>((resolve, reject) => waiting.set(0, { resolve, reject }));

  child.on('message', (message) => {
    const id = idOf(message);
    const waiter = id === null ? undefined : waiting.get(id);
    if (id === null || !waiter) return;
    waiting.delete(id);
    waiter.resolve(message);
  });
  child.once('exit', (code) => {
    for (const waiter of waiting.values()) {
      waiter.reject(new Error(`${script} ended with code ${code} before answering`));
    }
    waiting.clear();
  });

  return {
    ready,
    ask(order) {
      lastId += 1;
      const id = lastId;
      const answer = new Promise<unknown>((resolve, reject) =>
        waiting.set(id, { resolve, reject }),
      );
      child.send({ ...order, id });
      return answer;
    },
    stop: () => {
      if (child.connected) child.disconnect();
    },
  };
}

/** Peak resident memory of this process so far, in bytes, as the kernel counts it. */
export function peakRss(): number {
  return process.resourceUsage().maxRSS * 1024;
}
