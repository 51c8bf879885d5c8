import { collectBytes, uploadWorkbook } from '../digest/post.js';
import { openDirectMessage } from '../reply.js';
import { escapeMrkdwn, truncate } from '../text.js';
import type { Subcommand } from './subcommand.js';

function fileName(client: string, date: string): string {
  const slug = client
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '')
    .slice(0, 40);
  return `support-wallets-${slug ? `${slug}-` : ''}${date}.xlsx`;
}

/**
 * `/wallet export [client]`: the workbook of every support project, or of one client, sent
 * to the user in a direct message. The router has acknowledged already; the user is told
 * at once that the file is on its way, since a long work log takes a while.
 */
export const exportCommand: Subcommand = async ({ command, args, respond, client, ctx }) => {
  const exportWorkbook = ctx.wallet.exportWorkbook?.bind(ctx.wallet);
  if (!exportWorkbook) {
    await respond({ response_type: 'ephemeral', text: 'The export is not available here.' });
    return;
  }
  const asked = escapeMrkdwn(truncate(args, 60));
  const scope = args ? `for “${asked}”` : 'for every support project';
  await respond({
    response_type: 'ephemeral',
    text: `:hourglass_flowing_sand: Building the workbook ${scope}; it will arrive in a DM.`,
  });

  const bytes = await collectBytes((out) => exportWorkbook(out, args ? { client: args } : {}));
  const channel = await openDirectMessage(client, command.user_id);
  const date = ctx.clock().toISOString().slice(0, 10);
  await uploadWorkbook(client, {
    channel,
    filename: fileName(args, date),
    title: `Support wallets ${args ? `${args} ` : ''}${date}`,
    comment: `Here is the workbook ${scope}: overview, tickets and work log.`,
    bytes,
  });
};
