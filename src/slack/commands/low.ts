import { buildBalanceMessage } from '../blocks/overview.js';
import type { Subcommand } from './subcommand.js';

/** `/wallet low`: only the wallets in debt or under the low threshold. */
export const lowCommand: Subcommand = async ({ respond, ctx }) => {
  const balances = await ctx.wallet.balances({ onlyLow: true });
  const message = buildBalanceMessage(
    balances,
    'Wallets that need a reload',
    ':large_green_circle: No wallet is in debt or running low.',
  );
  await respond({ response_type: 'ephemeral', ...message });
};
