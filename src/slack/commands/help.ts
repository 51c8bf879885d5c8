import { buildHelpMessage, type HelpEntry } from '../blocks/help.js';
import { WALLET_COMMAND } from '../ids.js';
import type { Subcommand } from './subcommand.js';

/** What `/wallet help` lists, in the order a new user needs it. */
export const helpEntries: HelpEntry[] = [
  {
    usage: `${WALLET_COMMAND} balance [client]`,
    summary: `wallets, lowest first; filter by client or project (a bare ${WALLET_COMMAND} too)`,
  },
  { usage: `${WALLET_COMMAND} low`, summary: 'only the wallets in debt or running low' },
  { usage: `${WALLET_COMMAND} log [client]`, summary: 'log time on a ticket (opens a form)' },
  { usage: `${WALLET_COMMAND} ticket [client]`, summary: 'create a support ticket (opens a form)' },
  {
    usage: `${WALLET_COMMAND} reload [project]`,
    summary: 'switch a project to a new batch, guarded (leads only)',
  },
  {
    usage: `${WALLET_COMMAND} export [client]`,
    summary: 'the overview, tickets and work log as an Excel file',
  },
  { usage: `${WALLET_COMMAND} digest`, summary: "preview this week's digest (only you see it)" },
  { usage: `${WALLET_COMMAND} help`, summary: 'this list' },
];

/** `/wallet help`. */
export const helpCommand: Subcommand = async ({ respond }) => {
  await respond({ response_type: 'ephemeral', ...buildHelpMessage(helpEntries) });
};
