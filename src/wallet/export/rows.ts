import type { ProjectBalance } from '../types.js';

/** One task of a support project, as the "Tickets" sheet lists it. */
export interface TicketRow {
  project: string;
  ticket: string;
  stage: string | null;
  /** A closed task is a past ticket; any other a current one. */
  closed: boolean;
  hoursSpent: number;
  /** The order name of the batch the task bills to. */
  batch: string | null;
}

/** One timesheet, as the "Work log" sheet lists it. */
export interface WorkLogRow {
  /** `YYYY-MM-DD`, a calendar date without zone, as Odoo keeps it. */
  date: string;
  project: string;
  ticket: string | null;
  employee: string | null;
  description: string | null;
  hours: number;
  /** The order name of the batch the timesheet counts against. */
  batch: string | null;
}

/** Everything one workbook holds; the long lists arrive in pages so memory stays flat. */
export interface WorkbookContent {
  overview: ProjectBalance[];
  tickets: AsyncIterable<TicketRow[]>;
  workLog: AsyncIterable<WorkLogRow[]>;
}

/** What was written. */
export interface WorkbookSummary {
  projects: number;
  tickets: number;
  workLogRows: number;
}
