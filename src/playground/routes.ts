import type { z } from 'zod';
import {
  actionRequest,
  closeRequest,
  homeRequest,
  messageRequest,
  shortcutRequest,
  submitRequest,
  suggestRequest,
} from './api-schemas.js';
import { openHome, sendAction, sendMessage, sendShortcut } from './channel-actions.js';
import type { Courier, Outcome } from './courier.js';
import { closeView, submitView, suggestOptions } from './view-actions.js';

/** Runs a page request; `null` when its body was malformed. */
export type Route = (body: unknown) => Promise<Outcome | null>;

function route<S extends z.ZodType>(schema: S, run: (body: z.infer<S>) => Promise<Outcome>): Route {
  return async (body) => {
    const parsed = schema.safeParse(body);
    return parsed.success ? run(parsed.data) : null;
  };
}

/** The POST endpoints the page calls, each validating its body before acting. */
export function apiRoutes(courier: Courier): Record<string, Route> {
  return {
    '/api/message': route(messageRequest, (b) =>
      sendMessage(courier, { userId: b.user, channel: b.channel, text: b.text }),
    ),
    '/api/action': route(actionRequest, (b) => sendAction(courier, { userId: b.user, ...b })),
    '/api/shortcut': route(shortcutRequest, (b) => sendShortcut(courier, { userId: b.user, ...b })),
    '/api/home': route(homeRequest, (b) => openHome(courier, b.user)),
    '/api/suggest': route(suggestRequest, (b) => suggestOptions(courier, { userId: b.user, ...b })),
    '/api/submit': route(submitRequest, (b) => submitView(courier, { userId: b.user, ...b })),
    '/api/close': route(closeRequest, (b) => closeView(courier, { userId: b.user, ...b })),
  };
}
