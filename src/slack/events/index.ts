import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { appHomeOpened } from './app-home-opened.js';

/** Registers the Events API listeners. */
export function registerEvents(app: App, ctx: SlackContext): void {
  app.event('app_home_opened', appHomeOpened(ctx));
}
