import type { types } from '@slack/bolt';
import { WALLET_COMMAND } from '../ids.js';
import { escapeMrkdwn, truncate } from '../text.js';
import { context, header, section } from './kit.js';

export interface HelpEntry {
  usage: string;
  summary: string;
}

export interface HelpOptions {
  /** What the user typed when it was not a subcommand. */
  unknown?: string;
  /** The subcommand that is probably meant. */
  suggestion?: string | null;
}

function unknownNote(typed: string, suggestion: string | null | undefined): string {
  const shown = escapeMrkdwn(truncate(typed, 40));
  const hint = suggestion ? ` Did you mean \`${WALLET_COMMAND} ${suggestion}\`?` : '';
  return `:thinking_face: \`${shown}\` is not a ${WALLET_COMMAND} command.${hint}`;
}

/** What each subcommand does; with a note first when the user mistyped one. */
export function buildHelpMessage(
  entries: HelpEntry[],
  options: HelpOptions = {},
): { text: string; blocks: types.KnownBlock[] } {
  const blocks: types.KnownBlock[] = [];
  if (options.unknown !== undefined)
    blocks.push(section(unknownNote(options.unknown, options.suggestion)));

  const lines = entries.map((entry) => `\`${entry.usage}\`  ${entry.summary}`);
  blocks.push(
    header('Support Wallet'),
    section(lines.join('\n')),
    context(
      'Balances are lowest first. :red_circle: in debt · :large_yellow_circle: low · ' +
        ':large_green_circle: fine · :white_circle: no prepaid batch.',
    ),
  );

  const text =
    options.unknown !== undefined
      ? unknownNote(options.unknown, options.suggestion)
      : `${WALLET_COMMAND} commands: ${entries.map((entry) => entry.usage).join(', ')}`;
  return { text, blocks };
}
