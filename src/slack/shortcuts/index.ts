import type { App, MessageShortcut } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { CallbackId } from '../ids.js';
import { createTicketShortcut } from './create-ticket.js';

/** Registers the shortcut listeners. */
export function registerShortcuts(app: App, ctx: SlackContext): void {
  app.shortcut<MessageShortcut>(CallbackId.createTicketShortcut, createTicketShortcut(ctx));
}
