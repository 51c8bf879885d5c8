import type { ApiAnswer } from './api-answer.js';
import type { ApiArgs } from './api-args.js';
import type { FileStore } from './file-store.js';
import type { IdSource } from './ids.js';
import type { MessageStore } from './message-store.js';
import type { ResponseUrlRegistry } from './response-urls.js';
import type { TriggerRegistry } from './triggers.js';
import type { StandinUser } from './types.js';
import type { ViewStore } from './view-store.js';

/** Everything a method handler may read or change. */
export interface StandinState {
  /** Base URL of the stand-in, ending in `/`. */
  baseUrl: string;
  clock: () => number;
  ids: IdSource;
  users: Map<string, StandinUser>;
  messages: MessageStore;
  views: ViewStore;
  files: FileStore;
  triggers: TriggerRegistry;
  responseUrls: ResponseUrlRegistry;
}

/** One Web API method: reads its arguments, changes the state, answers like Slack. */
export type MethodHandler = (args: ApiArgs, state: StandinState) => ApiAnswer;
