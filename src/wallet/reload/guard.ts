import { ConflictError } from '../../errors.js';

/** Keeps two reloads of one project from running at once in this process. */
export interface ReloadGuard {
  isRunning(projectId: number): boolean;
  /** Runs the work holding the project's lock; refuses when it is already held. */
  hold<T>(projectId: number, work: () => Promise<T>): Promise<T>;
}

/** An in-process guard. */
export function createReloadGuard(): ReloadGuard {
  // TODO: several replicas need a lock they share (an Odoo record or a database row);
  // until then, run one replica of the bot.
  const running = new Set<number>();

  return {
    isRunning: (projectId) => running.has(projectId),
    async hold(projectId, work) {
      if (running.has(projectId)) {
        throw new ConflictError(
          'A reload of this project is already running; wait for it to finish.',
        );
      }
      running.add(projectId);
      try {
        return await work();
      } finally {
        running.delete(projectId);
      }
    },
  };
}
