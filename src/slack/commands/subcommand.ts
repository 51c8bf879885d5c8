import type { RespondFn, SlashCommand, webApi } from '@slack/bolt';
import type { SlackContext } from '../context.js';

/** What a `/wallet` subcommand handler gets; the router has already acknowledged. */
export interface SubcommandArgs {
  command: SlashCommand;
  /** The text after the subcommand's name, trimmed. */
  args: string;
  respond: RespondFn;
  client: webApi.WebClient;
  ctx: SlackContext;
  /** True for a bare `/wallet`, which shows the overview with a hint to the help. */
  bare?: boolean;
}

export type Subcommand = (args: SubcommandArgs) => Promise<void>;

/** The channel to answer in; Slack sends an empty id for some surfaces. */
export function channelOf(command: SlashCommand): string | null {
  return command.channel_id ? command.channel_id : null;
}
