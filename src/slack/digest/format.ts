import type { ProjectBalance } from '../../wallet/types.js';

// TODO: use the Slack app's shared mrkdwn helper once it is on main, and drop this copy.
/** Escapes the three characters Slack reads as markup, so Odoo text cannot ping or link. */
export function escapeMrkdwn(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts a name to `max` characters (before escaping, so no entity is cut in half). */
export function shorten(text: string, max: number): string {
  return text.length <= max ? text : `${text.slice(0, max - 1)}…`;
}

// A URL inside `<url|text>` ends at `|` or `>`; encode anything that would end it early.
function linkTarget(url: string): string {
  return url.replace(/[<>| ]/g, (c) => encodeURIComponent(c));
}

/** `<url|name>` with the name escaped, or the escaped name alone when there is no URL. */
export function link(url: string | null, name: string): string {
  const text = escapeMrkdwn(name);
  return url ? `<${linkTarget(url)}|${text}>` : text;
}

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
  const parts = [link(project.url, shorten(project.projectName, 60))];
  if (project.customer) parts.push(escapeMrkdwn(shorten(project.customer.name, 40)));
  if (project.batch) {
    parts.push(`*${hours(project.remaining)}* left of ${hours(project.ordered)}`);
    parts.push(escapeMrkdwn(shorten(project.batch.orderName, 30)));
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
