import type { Many2one } from '../odoo/schema.js';

/** `debt` at <= 0 h, `low` below the threshold, else `ok`; the last two need a batch fixed. */
export type BalanceStatus = 'debt' | 'low' | 'ok' | 'no_batch' | 'not_prepaid';

/** A confirmed Sales Order line of a prepaid time product: one block of hours. */
export interface Batch {
  lineId: number;
  orderId: number;
  orderName: string;
  lineName: string;
  customer: Many2one;
  ordered: number;
  delivered: number;
  remaining: number;
  /** `sale` once confirmed. */
  state: string;
  prepaid: boolean;
  /** When the order was confirmed (UTC `YYYY-MM-DD HH:MM:SS`), if known. */
  confirmedAt: string | null;
}

/** One support project's wallet, as the overview shows it. */
export interface ProjectBalance {
  projectId: number;
  projectName: string;
  customer: Many2one;
  batch: Batch | null;
  ordered: number;
  delivered: number;
  remaining: number;
  status: BalanceStatus;
  /** Link to the project in Odoo's web client. */
  url: string;
}

export interface BalanceFilter {
  /** Case-insensitive match on project or customer name. */
  client?: string;
  /** Below the threshold: `low` and `debt`. */
  onlyLow?: boolean;
  /** The batch needs the lead: `debt`, `no_batch` and `not_prepaid`. */
  onlyNeedsReload?: boolean;
}

export interface OdooUser {
  id: number;
  name: string;
  email: string;
  employeeId: number | null;
  /** The IANA zone set in the user's Odoo preferences, if any. */
  timeZone: string | null;
}

export interface ProjectOption {
  id: number;
  name: string;
  customer: string | null;
}

export interface TaskOption {
  id: number;
  name: string;
  projectId: number;
  closed: boolean;
}

export interface LogTimeInput {
  /** Odoo user e-mail (matched case-insensitively). */
  userEmail: string;
  taskId?: number;
  projectId?: number;
  /** `YYYY-MM-DD`; the user's own today when omitted. */
  date?: string;
  /** Free text as typed: `1:30`, `1h30`, `90m`, `1,5`... */
  duration: string;
  description: string;
  /** IANA zone of the user, for "today" and the date window. */
  timeZone?: string;
  /** A key that makes a repeated request return the first result instead of logging twice. */
  idempotencyKey?: string;
}

export interface LogTimeResult {
  timesheetId: number;
  hours: number;
  date: string;
  taskId: number | null;
  projectId: number;
  balanceBefore: ProjectBalance;
  balanceAfter: ProjectBalance;
  /** Set when this entry moved the project into `low` or `debt`. */
  crossed: 'low' | 'debt' | null;
}

export interface TicketInput {
  projectId: number;
  title: string;
  description?: string;
  assigneeEmails?: string[];
  tags?: string[];
  idempotencyKey?: string;
}

export interface TicketResult {
  taskId: number;
  name: string;
  url: string;
  batch: Batch | null;
}

export interface ReloadRequest {
  projectId: number;
  newLineId: number;
  /** Who asked, for the chatter note and the audit message. */
  requestedBy: string;
}

export interface ReloadPlan {
  projectId: number;
  projectName: string;
  customer: Many2one;
  oldBatch: Batch;
  newBatch: Batch;
  /** max(0, -old remaining). */
  carryOver: number;
  /** The new batch's remaining after the carry-over. */
  newStartingBalance: number;
  taskIdsToMigrate: number[];
  timesheetIdsToLock: number[];
  serverLockModule: boolean;
  requestedBy: string;
  /**
   * True when this finishes a reload of the same pair that was interrupted (the project may
   * already point at the new line); the figures are then those left by the first run.
   */
  resuming: boolean;
  /** The carry-over timesheet an interrupted run already made, if any. */
  carryOverTimesheetId: number | null;
  /** Hours an interrupted run already carried for this pair (0 when none). */
  carriedBefore?: number;
}

export type ReloadStep = 'lock' | 'carry_over' | 'project' | 'tasks' | 'verify' | 'record';

export interface ReloadProgress {
  step: ReloadStep;
  state: 'started' | 'done' | 'skipped';
  detail?: string;
}

export interface ReloadResult {
  plan: ReloadPlan;
  oldDelivered: number;
  newDelivered: number;
  lockedCount: number;
  migratedTaskCount: number;
  carryOverTimesheetId: number | null;
  /** True when this plan had already been carried out and nothing was written again. */
  alreadyDone?: boolean;
}

export interface CreateBatchInput {
  projectId: number;
  hours: number;
  unitPrice: number;
  confirm: boolean;
}

export interface AuditFinding {
  kind:
    | 'timesheet_before_batch'
    | 'timesheet_on_foreign_batch'
    | 'batch_over_delivered'
    | 'open_task_on_old_batch';
  projectId: number;
  message: string;
  recordIds: number[];
}

export interface AuditReport {
  serverLockModule: boolean;
  findings: AuditFinding[];
}
