import type { App } from '@slack/bolt';
import type { SlackContext } from '../context.js';
import { ActionId } from '../ids.js';
import { projectSuggestions } from './projects.js';
import { taskSuggestions } from './tasks.js';

/** Registers the external select (type-ahead) listeners. */
export function registerOptions(app: App, ctx: SlackContext): void {
  app.options(ActionId.projectSelect, projectSuggestions(ctx));
  app.options(ActionId.reloadProjectSelect, projectSuggestions(ctx));
  app.options(ActionId.taskSelect, taskSuggestions(ctx));
}
