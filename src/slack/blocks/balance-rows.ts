import type { types } from '@slack/bolt';
import type { BalanceStatus, ProjectBalance } from '../../wallet/types.js';
import { formatBoth, formatHours } from '../hours.js';
import { escapeMrkdwn, mrkdwnLink, truncate } from '../text.js';
import { Limits, section } from './kit.js';

const statusEmoji: Record<BalanceStatus, string> = {
  debt: ':red_circle:',
  low: ':large_yellow_circle:',
  ok: ':large_green_circle:',
  no_batch: ':white_circle:',
  not_prepaid: ':white_circle:',
};

/** The emoji that stands for a status in every list. */
export function statusIcon(status: BalanceStatus): string {
  return statusEmoji[status];
}

function batchPart(balance: ProjectBalance): string {
  const { batch } = balance;
  if (!batch) return 'no batch';

  const name = escapeMrkdwn(truncate(batch.orderName, 40));
  if (balance.status === 'not_prepaid') return `${name} is not a prepaid batch`;
  return `${name} of ${formatHours(batch.ordered)}`;
}

/** One compact line per project: status, project link, customer, remaining, active batch. */
export function balanceLine(balance: ProjectBalance): string {
  const project = `*${mrkdwnLink(balance.url, truncate(balance.projectName, 80))}*`;
  const customer = balance.customer ?? balance.batch?.customer ?? null;
  const parts = [`${statusIcon(balance.status)} ${project}`];

  if (customer) parts.push(escapeMrkdwn(truncate(customer.name, 60)));
  if (balance.batch && balance.status !== 'not_prepaid') {
    parts.push(`*${formatBoth(balance.remaining)}*`);
  }
  parts.push(batchPart(balance));
  return parts.join(' · ');
}

export interface PackedRows {
  blocks: types.SectionBlock[];
  shown: number;
  hidden: number;
}

/**
 * Lays out lines in at most `maxBlocks` sections and `maxChars` characters: one section per
 * line when they fit, else several lines per section (each under Slack's 3000). Lines that do
 * not fit are counted in `hidden`; the order is kept, so the most urgent come first.
 */
export function packLines(lines: string[], maxBlocks: number, maxChars: number): PackedRows {
  const total = lines.reduce((sum, line) => sum + line.length + 1, 0);
  if (lines.length <= maxBlocks && total <= maxChars) {
    return { blocks: lines.map((line) => section(line)), shown: lines.length, hidden: 0 };
  }

  const chunks: string[][] = [];
  let chunkLength = 0;
  let used = 0;
  let shown = 0;

  for (const line of lines) {
    if (used + line.length + 1 > maxChars) break;

    const current = chunks.at(-1);
    if (current && chunkLength + line.length + 1 <= Limits.sectionText) {
      current.push(line);
      chunkLength += line.length + 1;
    } else if (chunks.length < maxBlocks) {
      chunks.push([line]);
      chunkLength = line.length;
    } else {
      break;
    }
    used += line.length + 1;
    shown += 1;
  }

  const blocks = chunks.map((chunk) => section(chunk.join('\n')));
  return { blocks, shown, hidden: lines.length - shown };
}
