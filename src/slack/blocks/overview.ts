import type { types } from '@slack/bolt';
import type { ProjectBalance } from '../../wallet/types.js';
import { WALLET_COMMAND } from '../ids.js';
import { escapeMrkdwn } from '../text.js';
import { balanceLine, packLines, statusIcon } from './balance-rows.js';
import { context, header, Limits, section } from './kit.js';

export interface OverviewOptions {
  title: string;
  /** Shown instead of rows when the list is empty. */
  emptyText: string;
  /** Blocks the overview may use in all, header and notes included. */
  maxBlocks: number;
  /** Characters the rows may use in all. */
  maxChars: number;
}

/** Counts in one line: `12 projects · 2 in debt · 3 low`. */
export function summarize(balances: ProjectBalance[]): string {
  const count = (status: ProjectBalance['status']) =>
    balances.filter((balance) => balance.status === status).length;
  const parts = [`${balances.length} project${balances.length === 1 ? '' : 's'}`];

  const debt = count('debt');
  const low = count('low');
  if (debt > 0) parts.push(`${statusIcon('debt')} ${debt} in debt`);
  if (low > 0) parts.push(`${statusIcon('low')} ${low} low`);
  return parts.join(' · ');
}

/** The overview as blocks: header, counts, one row per project, and how many did not fit. */
export function buildOverviewBlocks(
  balances: ProjectBalance[],
  options: OverviewOptions,
): types.KnownBlock[] {
  const blocks: types.KnownBlock[] = [header(options.title)];
  if (balances.length === 0) return [...blocks, section(options.emptyText)];

  blocks.push(context(summarize(balances)));

  // Keep one block free for the "and N more" note.
  const room = options.maxBlocks - blocks.length - 1;
  const packed = packLines(balances.map(balanceLine), room, options.maxChars);
  blocks.push(...packed.blocks);

  if (packed.hidden > 0) {
    blocks.push(
      context(
        `…and ${packed.hidden} more. \`${WALLET_COMMAND} export\` lists every project ` +
          'in a spreadsheet.',
      ),
    );
  }
  return blocks;
}

/** The `/wallet balance` and `/wallet low` answer, within a message's 50 blocks; `footer` last. */
export function buildBalanceMessage(
  balances: ProjectBalance[],
  title: string,
  emptyText: string,
  footer?: string,
): { text: string; blocks: types.KnownBlock[] } {
  const blocks = buildOverviewBlocks(balances, {
    title,
    emptyText,
    maxBlocks: Limits.messageBlocks - (footer ? 1 : 0),
    maxChars: Limits.messageText,
  });
  if (footer) blocks.push(context(footer));
  const counts = summarize(balances).replace(/:[a-z_]+: /g, '');
  return { text: `${escapeMrkdwn(title)}: ${counts}`, blocks };
}
