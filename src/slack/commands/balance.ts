import { buildBalanceMessage } from '../blocks/overview.js';
import { WALLET_COMMAND } from '../ids.js';
import { escapeMrkdwn, truncate } from '../text.js';
import type { Subcommand } from './subcommand.js';

/** `/wallet balance [client]`: the overview, lowest first, optionally for one client. */
export const balanceCommand: Subcommand = async ({ args, respond, ctx, bare }) => {
  const client = args.trim();
  const balances = await ctx.wallet.balances(client ? { client } : {});

  const title = client ? `Wallets matching “${truncate(client, 60)}”` : 'Support wallets';
  const empty = client
    ? `No support project or customer matches “${escapeMrkdwn(truncate(client, 60))}”.`
    : 'No support project found in Odoo (projects tagged Support Tickets).';
  const hint = bare
    ? `Type \`${WALLET_COMMAND} help\` for everything else Support Wallet does.`
    : undefined;
  await respond({
    response_type: 'ephemeral',
    ...buildBalanceMessage(balances, title, empty, hint),
  });
};
