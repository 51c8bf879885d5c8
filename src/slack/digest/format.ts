import type { ProjectBalance } from '../../wallet/types.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from '../text.js';

/** Hours for display: two decimals, rounded once. */
export function hours(value: number): string {
  return `${(Math.round(value * 100) / 100).toFixed(2)} h`;
}

/** A signed change in hours, e.g. `+3.50 h`, `-1.25 h`, `±0.00 h`. */
export function signedHours(value: number): string {
  const rounded = Math.round(value * 100) / 100;
  if (Math.abs(rounded) < 1e-6) return '±0.00 h';
  return `${rounded > 0 ? '+' : '-'}${Math.abs(rounded).toFixed(2)} h`;
}

/** One project as a digest line: linked name, customer, remaining and batch. */
export function projectLine(project: ProjectBalance): string {
  const parts = [mrkdwnLink(project.url, truncate(project.projectName, 60))];
  if (project.customer) parts.push(escapeMrkdwn(truncate(project.customer.name, 40)));
  if (project.batch) {
    parts.push(`*${hours(project.remaining)}* left of ${hours(project.ordered)}`);
    parts.push(escapeMrkdwn(truncate(project.batch.orderName, 30)));
  }
  return `• ${parts.join(' · ')}`;
}

/** `24 Mar` from `2025-03-24`. */
export function shortDate(date: string): string {
  return new Date(`${date}T00:00:00Z`).toLocaleDateString('en-GB', {
    day: 'numeric',
    month: 'short',
    timeZone: 'UTC',
  });
}
