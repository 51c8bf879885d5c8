import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { ActionId } from '../ids.js';
import { homeLogTimeClicked } from './home-log-time.js';
import { homeNewTicketClicked } from './home-new-ticket.js';
import { homeReloadClicked } from './home-reload.js';
import { reloadSelectionChanged } from './reload-selection.js';

/** Registers the button and select listeners. */
export function registerActions(app: App, ctx: SlackContext): void {
  app.action(ActionId.homeLogTime, homeLogTimeClicked(ctx));
  app.action(ActionId.homeNewTicket, homeNewTicketClicked(ctx));
  app.action(ActionId.homeReload, homeReloadClicked(ctx));
  app.action(ActionId.reloadProjectSelect, reloadSelectionChanged(ctx));
  app.action(ActionId.reloadBatchSelect, reloadSelectionChanged(ctx));
}
