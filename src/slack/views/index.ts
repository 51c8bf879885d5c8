import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { CallbackId } from '../ids.js';
import { logTimeSubmitted } from './log-time.js';
import { reloadSubmitted } from './reload.js';
import { reloadClosed } from './reload-closed.js';
import { ticketSubmitted } from './ticket.js';

/** Registers the modal submission and close listeners. */
export function registerViews(app: App, ctx: SlackContext): void {
  app.view(CallbackId.logTime, logTimeSubmitted(ctx));
  app.view(CallbackId.ticket, ticketSubmitted(ctx));
  app.view(CallbackId.reload, reloadSubmitted(ctx));
  app.view({ callback_id: CallbackId.reload, type: 'view_closed' }, reloadClosed(ctx));
}
