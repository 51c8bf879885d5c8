import type { Writable } from 'node:stream';
import type { DigestData } from './digest-types.js';
import type { WorkbookSummary } from './export/rows.js';
import type {
  AuditReport,
  BalanceFilter,
  Batch,
  CreateBatchInput,
  LogTimeInput,
  LogTimeResult,
  OdooUser,
  ProjectBalance,
  ProjectOption,
  ReloadPlan,
  ReloadProgress,
  ReloadRequest,
  ReloadResult,
  TaskOption,
  TicketInput,
  TicketResult,
} from './types.js';

/**
 * What the front ends (Slack, CLI) may ask of the domain. Each method reads or writes Odoo
 * through the OdooClient; none of them knows about Slack or the terminal.
 */
export interface WalletService {
  /** Support projects with their active batch, lowest remaining first. */
  balances(filter?: BalanceFilter): Promise<ProjectBalance[]>;
  /** Type-ahead over support projects by project or customer name. */
  searchProjects(query: string, limit?: number): Promise<ProjectOption[]>;
  /** Type-ahead over a project's open tasks. */
  searchTasks(projectId: number, query: string, limit?: number): Promise<TaskOption[]>;
  /** The Odoo user with this e-mail (case-insensitive), or null. */
  findUserByEmail(email: string): Promise<OdooUser | null>;
  /** Hours the user logged from `from` to `to` inclusive (`YYYY-MM-DD`). */
  hoursLogged(userEmail: string, from: string, to: string): Promise<number>;
  logTime(input: LogTimeInput): Promise<LogTimeResult>;
  /** Ticket tag names that may be put on a task (Support Tickets excluded). */
  listTags(): Promise<string[]>;
  createTicket(input: TicketInput): Promise<TicketResult>;
  /** Confirmed prepaid lines of the project's customer a reload could switch to. */
  candidateBatches(projectId: number): Promise<Batch[]>;
  createBatch(input: CreateBatchInput): Promise<Batch>;
  /** Read only: what a reload would do. Refuses with a ValidationError or ConflictError. */
  planReload(request: ReloadRequest): Promise<ReloadPlan>;
  /** Runs the plan's steps in order; safe to run again after an interruption. */
  executeReload(
    plan: ReloadPlan,
    onProgress?: (progress: ReloadProgress) => void,
  ): Promise<ReloadResult>;
  audit(projectId?: number): Promise<AuditReport>;
  /**
   * The weekly digest's figures as of `asOf`, the week read in `timeZone`. Optional so
   * services built before the digest (and test fakes) still type-check.
   */
  digest?(request: DigestRequest): Promise<DigestData>;
  /**
   * Streams the Excel workbook (overview, tickets, work log) of every support project, or of
   * the projects matching `client`, to `output`. Optional for the same reason as `digest`.
   */
  exportWorkbook?(output: Writable, filter?: { client?: string }): Promise<WorkbookSummary>;
}

export interface DigestRequest {
  asOf: Date;
  timeZone: string;
  /** List the healthy projects, not only their count. */
  includeHealthy?: boolean;
}
