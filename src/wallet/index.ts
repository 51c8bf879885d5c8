import { audit } from './audit.js';
import { listBalances } from './balances.js';
import { candidateBatches, createBatch } from './batch.js';
import type { WalletDeps, WalletOptions } from './deps.js';
import { digestOf } from './digest.js';
import { exportWorkbook } from './export/index.js';
import { hoursLogged } from './hours-logged.js';
import { createIdempotencyCache } from './idempotency.js';
import { logTime } from './log-time.js';
import { clampLimit, searchProjects } from './projects.js';
import { executeReload } from './reload/execute.js';
import { createReloadGuard } from './reload/guard.js';
import { planReload } from './reload/plan.js';
import type { WalletService } from './service.js';
import { searchTasks } from './tasks.js';
import { createTicket, listTags } from './tickets.js';
import type { LogTimeResult, TicketResult } from './types.js';
import { findUserByEmail } from './users.js';

export type { WalletOptions } from './deps.js';
export type { WalletService } from './service.js';

/** The wallet domain over an Odoo client; the one object the Slack app and the CLI call. */
export function createWalletService(options: WalletOptions): WalletService {
  const deps: WalletDeps = {
    ...options,
    lowHours: options.lowHours ?? 4,
    logWindowDays: options.logWindowDays ?? 60,
  };
  const logged = createIdempotencyCache<LogTimeResult>(deps.clock);
  const tickets = createIdempotencyCache<TicketResult>(deps.clock);
  const guard = createReloadGuard();

  return {
    balances: (filter) => listBalances(deps, filter),
    searchProjects: (query, limit = 50) => searchProjects(deps, query, limit),
    searchTasks: (projectId, query, limit = 50) =>
      searchTasks(deps, projectId, query, clampLimit(limit)),
    findUserByEmail: (email) => findUserByEmail(deps, email),
    hoursLogged: (email, from, to) => hoursLogged(deps, email, from, to),
    logTime: (input) => logged.run(input.idempotencyKey, () => logTime(deps, input)),
    listTags: async () => (await listTags(deps)).map((tag) => tag.name),
    createTicket: (input) => tickets.run(input.idempotencyKey, () => createTicket(deps, input)),
    candidateBatches: (projectId) => candidateBatches(deps, projectId),
    createBatch: (input) => createBatch(deps, input),
    planReload: (request) => planReload(deps, guard, request),
    executeReload: (plan, onProgress) => executeReload(deps, guard, plan, onProgress),
    audit: (projectId) => audit(deps, projectId),
    digest: (request) => digestOf(deps, request),
    exportWorkbook: (output, filter) => exportWorkbook(deps, output, filter),
  };
}
