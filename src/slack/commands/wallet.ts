import type { AllMiddlewareArgs, SlackCommandMiddlewareArgs } from '@slack/bolt';
import { buildHelpMessage } from '../blocks/help.js';
import type { SlackContext } from '../context.js';
import { reportFailure } from '../failures.js';
import { nearestWord } from '../suggest.js';
import { balanceCommand } from './balance.js';
import { digestCommand } from './digest.js';
import { exportCommand } from './export.js';
import { helpCommand, helpEntries } from './help.js';
import { logCommand } from './log.js';
import { lowCommand } from './low.js';
import { reloadCommand } from './reload.js';
import type { Subcommand } from './subcommand.js';
import { ticketCommand } from './ticket.js';

const subcommands: Record<string, Subcommand> = {
  help: helpCommand,
  balance: balanceCommand,
  low: lowCommand,
  log: logCommand,
  ticket: ticketCommand,
  reload: reloadCommand,
  export: exportCommand,
  digest: digestCommand,
};

/**
 * Subcommands anyone may run. The modal ones check access once their modal is open (a trigger
 * lives 3 s) and reload has its own allow list; every other one shows client figures.
 */
const openToAll = new Set(['help', 'log', 'ticket', 'reload']);

/** `balance acme corp` -> `balance`, `acme corp`; an empty text is the overview. */
export function splitCommandText(text: string): { name: string; args: string } {
  const trimmed = text.trim();
  const space = trimmed.search(/\s/);
  if (trimmed === '') return { name: 'balance', args: '' };
  if (space < 0) return { name: trimmed.toLowerCase(), args: '' };
  return { name: trimmed.slice(0, space).toLowerCase(), args: trimmed.slice(space).trim() };
}

/** The `/wallet` router: acknowledges at once, then runs the subcommand. */
export function walletCommand(ctx: SlackContext) {
  return async ({
    command,
    ack,
    respond,
    client,
  }: SlackCommandMiddlewareArgs & AllMiddlewareArgs): Promise<void> => {
    await ack();

    const { name, args } = splitCommandText(command.text);
    const run = Object.hasOwn(subcommands, name) ? subcommands[name] : undefined;
    if (!run) {
      const suggestion = nearestWord(name, Object.keys(subcommands));
      const help = buildHelpMessage(helpEntries, { unknown: name, suggestion });
      await respond({ response_type: 'ephemeral', ...help });
      return;
    }

    try {
      if (!openToAll.has(name)) {
        const access = await ctx.users.access(command.user_id, command.team_id);
        if (!access.allowed) {
          await respond({ response_type: 'ephemeral', text: access.reason });
          return;
        }
      }
      await run({ command, args, respond, client, ctx, bare: command.text.trim() === '' });
    } catch (error) {
      const sentence = reportFailure(ctx.logger, error, `/wallet ${name}`, {
        user: command.user_id,
      });
      await respond({ response_type: 'ephemeral', text: `:warning: ${sentence}` });
    }
  };
}
