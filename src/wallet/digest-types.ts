import type { ProjectBalance } from './types.js';

/** Hours one client's support projects delivered in the period and in the one before. */
export interface ClientHours {
  customerId: number | null;
  customer: string | null;
  hours: number;
  previousHours: number;
}

/** Hours delivered in the last seven full days, against the seven days before. */
export interface DeliveredHours {
  /** First and last day of the period, `YYYY-MM-DD`, both included. */
  from: string;
  to: string;
  previousFrom: string;
  previousTo: string;
  total: number;
  previousTotal: number;
  /** `total - previousTotal`. */
  change: number;
  /** Largest first; clients with no hours in either period are left out. */
  byClient: ClientHours[];
}

/** What the weekly digest says, as plain data for any front end to render. */
export interface DigestData {
  /** The moment the figures were read (ISO 8601). */
  asOf: string;
  /** ISO week of `asOf` in `timeZone`, `YYYY-Www`. */
  week: string;
  timeZone: string;
  lowHours: number;
  odooUrl: string;
  /** Remaining at or below zero, most in debt first. */
  needsReload: ProjectBalance[];
  /** Remaining below the threshold, lowest first. */
  low: ProjectBalance[];
  /** The projects are listed only when asked for; the count always. */
  healthy: { count: number; projects: ProjectBalance[] | null };
  /** Support projects with no batch, or whose batch is not a prepaid one. */
  noBatch: ProjectBalance[];
  delivered: DeliveredHours;
}

export interface DigestOptions {
  asOf: Date;
  lowHours: number;
  timeZone: string;
  odooUrl: string;
  /** List the healthy projects too, not only their count. */
  includeHealthy?: boolean;
}
