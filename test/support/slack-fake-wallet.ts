import { ConflictError, ValidationError } from '../../src/errors.js';
import type { WalletService } from '../../src/wallet/service.js';
import type {
  Batch,
  LogTimeInput,
  LogTimeResult,
  OdooUser,
  ProjectBalance,
  ReloadPlan,
  ReloadProgress,
  ReloadResult,
  TicketInput,
  TicketResult,
} from '../../src/wallet/types.js';

/** A batch with figures; the rest filled with plausible values. */
export function makeBatch(lineId: number, ordered: number, delivered: number): Batch {
  return {
    lineId,
    orderId: lineId + 1000,
    orderName: `S${String(lineId).padStart(5, '0')}`,
    lineName: 'Support Hour',
    customer: { id: 1, name: 'Acme Corp' },
    ordered,
    delivered,
    remaining: ordered - delivered,
    state: 'sale',
    prepaid: true,
    confirmedAt: '2026-01-01 09:00:00',
  };
}

/** A project balance whose status follows the remaining hours (low under 4 h). */
export function makeBalance(
  projectId: number,
  name: string,
  customer: string,
  batch: Batch | null,
): ProjectBalance {
  const remaining = batch?.remaining ?? 0;
  const status = !batch ? 'no_batch' : remaining <= 0 ? 'debt' : remaining < 4 ? 'low' : 'ok';
  return {
    projectId,
    projectName: name,
    customer: { id: projectId + 500, name: customer },
    batch,
    ordered: batch?.ordered ?? 0,
    delivered: batch?.delivered ?? 0,
    remaining,
    status,
    url: `http://127.0.0.1:8069/odoo/project/${projectId}`,
  };
}

function parseDuration(text: string): number {
  const clock = /^(\d+):(\d{2})$/.exec(text.trim());
  const hours = clock ? Number(clock[1]) + Number(clock[2]) / 60 : Number(text.replace(',', '.'));
  if (!Number.isFinite(hours)) {
    throw new ValidationError(`“${text}” is not a duration; write 1:30 or 1.5.`, {
      field: 'duration',
    });
  }
  if (hours < 0.25) {
    throw new ValidationError('The minimum is a quarter hour (0:15).', { field: 'duration' });
  }
  return hours;
}

export interface FakeWallet extends WalletService {
  balancesList: ProjectBalance[];
  users: OdooUser[];
  timesheets: LogTimeInput[];
  tickets: TicketInput[];
  reloads: ReloadPlan[];
  /** Resolves when the test says so; set to slow a method down. */
  gate: Partial<Record<keyof WalletService, Promise<void>>>;
  calls: string[];
}

/** An in-memory WalletService with the domain's behaviour where the Slack layer relies on it. */
export function createFakeWallet(balances: ProjectBalance[] = []): FakeWallet {
  const byKey = new Map<string, LogTimeResult>();
  const ticketsByKey = new Map<string, TicketResult>();
  const running = new Set<number>();

  const wallet: FakeWallet = {
    balancesList: balances,
    users: [
      { id: 7, name: 'Alice', email: 'alice@example.com', employeeId: 3, timeZone: null },
      { id: 8, name: 'Lee', email: 'lead@example.com', employeeId: 4, timeZone: null },
    ],
    timesheets: [],
    tickets: [],
    reloads: [],
    gate: {},
    calls: [],

    async balances(filter = {}) {
      wallet.calls.push('balances');
      await wallet.gate.balances;
      const client = filter.client?.toLowerCase();
      return wallet.balancesList.filter(
        (b) =>
          (!client ||
            b.projectName.toLowerCase().includes(client) ||
            b.customer?.name.toLowerCase().includes(client)) &&
          (!filter.onlyLow || b.status === 'low' || b.status === 'debt'),
      );
    },
    async searchProjects(query, limit = 50) {
      wallet.calls.push('searchProjects');
      await wallet.gate.searchProjects;
      const q = query.toLowerCase();
      return wallet.balancesList
        .filter((b) => `${b.projectName} ${b.customer?.name ?? ''}`.toLowerCase().includes(q))
        .slice(0, limit)
        .map((b) => ({ id: b.projectId, name: b.projectName, customer: b.customer?.name ?? null }));
    },
    async searchTasks(projectId, query) {
      wallet.calls.push(`searchTasks:${projectId}`);
      const tasks = [
        { id: projectId * 10 + 1, name: 'Invoice export fails', projectId, closed: false },
        { id: projectId * 10 + 2, name: 'Login is slow', projectId, closed: false },
      ];
      return tasks.filter((t) => t.name.toLowerCase().includes(query.toLowerCase()));
    },
    async findUserByEmail(email) {
      wallet.calls.push('findUserByEmail');
      return wallet.users.find((u) => u.email.toLowerCase() === email.toLowerCase()) ?? null;
    },
    async hoursLogged(userEmail, from, to) {
      wallet.calls.push(`hoursLogged:${userEmail}:${from}:${to}`);
      return 6.5;
    },
    async logTime(input) {
      wallet.calls.push('logTime');
      await wallet.gate.logTime;
      const known = input.idempotencyKey ? byKey.get(input.idempotencyKey) : undefined;
      if (known) return known;

      const hours = parseDuration(input.duration);
      const before = wallet.balancesList.find((b) => b.projectId === input.projectId);
      if (!before) throw new ValidationError('Unknown project', { field: 'projectId' });
      const batch = before.batch
        ? { ...before.batch, delivered: before.batch.delivered + hours }
        : null;
      if (batch) batch.remaining = batch.ordered - batch.delivered;
      const after = makeBalance(
        before.projectId,
        before.projectName,
        before.customer?.name ?? '',
        batch,
      );
      wallet.balancesList = wallet.balancesList.map((b) => (b === before ? after : b));
      wallet.timesheets.push(input);

      const crossed = after.status !== before.status && after.status !== 'ok' ? after.status : null;
      const result: LogTimeResult = {
        timesheetId: wallet.timesheets.length,
        hours,
        date: input.date ?? '2026-01-05',
        taskId: input.taskId ?? null,
        projectId: before.projectId,
        balanceBefore: before,
        balanceAfter: after,
        crossed: crossed === 'low' || crossed === 'debt' ? crossed : null,
      };
      if (input.idempotencyKey) byKey.set(input.idempotencyKey, result);
      return result;
    },
    async listTags() {
      wallet.calls.push('listTags');
      await wallet.gate.listTags;
      return ['Bug', 'Feature Request', 'Maintenance'];
    },
    async createTicket(input) {
      wallet.calls.push('createTicket');
      const known = input.idempotencyKey ? ticketsByKey.get(input.idempotencyKey) : undefined;
      if (known) return known;

      wallet.tickets.push(input);
      const taskId = 900 + wallet.tickets.length;
      const project = wallet.balancesList.find((b) => b.projectId === input.projectId);
      const result = {
        taskId,
        name: input.title,
        url: `http://127.0.0.1:8069/odoo/project.task/${taskId}`,
        batch: project?.batch ?? null,
      };
      if (input.idempotencyKey) ticketsByKey.set(input.idempotencyKey, result);
      return result;
    },
    async candidateBatches(projectId) {
      wallet.calls.push(`candidateBatches:${projectId}`);
      return [makeBatch(77, 20, 0)];
    },
    async createBatch(input) {
      wallet.calls.push(`createBatch:${input.hours}:${input.unitPrice}`);
      return makeBatch(88, input.hours, 0);
    },
    async planReload(request) {
      wallet.calls.push(`planReload:${request.projectId}:${request.newLineId}`);
      const project = wallet.balancesList.find((b) => b.projectId === request.projectId);
      if (!project?.batch) throw new ValidationError('The project has no batch to reload.');
      if (running.has(request.projectId)) {
        throw new ConflictError(`A reload of ${project.projectName} is already running.`);
      }
      const newBatch = makeBatch(request.newLineId, request.newLineId === 88 ? 10 : 20, 0);
      const carryOver = Math.max(0, -project.batch.remaining);
      return {
        projectId: project.projectId,
        projectName: project.projectName,
        customer: project.customer,
        oldBatch: project.batch,
        newBatch,
        carryOver,
        newStartingBalance: newBatch.remaining - carryOver,
        taskIdsToMigrate: [1, 2, 3],
        timesheetIdsToLock: [11, 12],
        serverLockModule: false,
        requestedBy: request.requestedBy,
        resuming: false,
        carryOverTimesheetId: null,
      };
    },
    async executeReload(plan, onProgress) {
      wallet.calls.push('executeReload');
      if (running.has(plan.projectId)) {
        throw new ConflictError(`A reload of ${plan.projectName} is already running.`);
      }
      running.add(plan.projectId);
      try {
        await wallet.gate.executeReload;
        wallet.reloads.push(plan);
        const steps: ReloadProgress['step'][] = [
          'lock',
          'carry_over',
          'project',
          'tasks',
          'verify',
          'record',
        ];
        for (const step of steps) {
          onProgress?.({ step, state: 'started' });
          onProgress?.({
            step,
            state: step === 'carry_over' && plan.carryOver === 0 ? 'skipped' : 'done',
          });
        }
        const result: ReloadResult = {
          plan,
          oldDelivered: plan.oldBatch.delivered,
          newDelivered: plan.carryOver,
          lockedCount: plan.timesheetIdsToLock.length,
          migratedTaskCount: plan.taskIdsToMigrate.length,
          carryOverTimesheetId: plan.carryOver > 0 ? 5000 : null,
        };
        return result;
      } finally {
        running.delete(plan.projectId);
      }
    },
    async audit() {
      return { serverLockModule: false, findings: [] };
    },
  };
  return wallet;
}
