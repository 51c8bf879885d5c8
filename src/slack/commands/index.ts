import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { WALLET_COMMAND } from '../ids.js';
import { walletCommand } from './wallet.js';

/** Registers the slash command listeners. */
export function registerCommands(app: App, ctx: SlackContext): void {
  app.command(WALLET_COMMAND, walletCommand(ctx));
}
