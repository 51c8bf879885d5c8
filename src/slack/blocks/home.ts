import type { types } from '@slack/bolt';
import type { ProjectBalance } from '../../wallet/types.js';
import { formatBoth } from '../hours.js';
import { ActionId, BlockId } from '../ids.js';
import { context, divider, header, Limits, plain, section } from './kit.js';
import { buildOverviewBlocks } from './overview.js';

export interface HomeInput {
  /** Null when Odoo could not be read; `problem` says why. */
  balances: ProjectBalance[] | null;
  /** The user's own hours this week, or a sentence saying why they are not known. */
  myHours: { hours: number; from: string; to: string } | { note: string };
  problem?: string | null;
  /** When the view was built, in the user's zone, naming it: `2026-01-07 10:00 (UTC time)`. */
  updatedAt: string;
  /** A lead (WALLET_RELOAD_USERS) also gets "Reload a batch". */
  mayReload?: boolean;
}

function actionsBlock(mayReload: boolean): types.ActionsBlock {
  const reload = {
    type: 'button' as const,
    action_id: ActionId.homeReload,
    text: plain('Reload a batch'),
  };
  return {
    type: 'actions',
    block_id: BlockId.homeActions,
    elements: [
      {
        type: 'button',
        action_id: ActionId.homeLogTime,
        text: plain('Log time'),
        style: 'primary',
      },
      { type: 'button', action_id: ActionId.homeNewTicket, text: plain('New ticket') },
      ...(mayReload ? [reload] : []),
    ],
  };
}

function myHoursText(myHours: HomeInput['myHours']): string {
  if ('note' in myHours) return `*Your hours this week*\n${myHours.note}`;
  const week = `${myHours.from} to ${myHours.to}`;
  return `*Your hours this week* (${week}): *${formatBoth(myHours.hours)}*`;
}

/** The Home tab of someone who may not see balances: only why, and whom to ask. */
export function buildRefusedHomeView(reason: string): types.HomeView {
  return { type: 'home', blocks: [header('Support Wallet'), section(reason)] };
}

/** The Home tab: the user's week, the two buttons and the overview, within 100 blocks. */
export function buildHomeView(input: HomeInput): types.HomeView {
  const top: types.KnownBlock[] = [
    section(myHoursText(input.myHours)),
    actionsBlock(input.mayReload === true),
    divider(),
  ];
  const footer = context(`Updated ${input.updatedAt}. Open the tab again to refresh.`);

  const overview = input.balances
    ? buildOverviewBlocks(input.balances, {
        title: 'Support wallets',
        emptyText: 'No support project found in Odoo.',
        maxBlocks: Limits.viewBlocks - top.length - 1,
        maxChars: 60_000,
      })
    : [section(`:warning: ${input.problem ?? 'The overview could not be read.'}`)];

  return { type: 'home', blocks: [...top, ...overview, footer] };
}
