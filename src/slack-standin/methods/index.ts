import type { MethodHandler } from '../state.js';
import { chatMethods } from './chat.js';
import { conversationMethods } from './conversations.js';
import { fileMethods } from './files.js';
import { peopleMethods } from './people.js';
import { viewMethods } from './views.js';

/** Every Web API method the stand-in answers. */
export const methods: Record<string, MethodHandler> = {
  ...chatMethods,
  ...conversationMethods,
  ...fileMethods,
  ...peopleMethods,
  ...viewMethods,
};
