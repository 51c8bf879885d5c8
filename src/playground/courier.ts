import type { Logger } from '../logger.js';
import { type AppAnswer, type AppEndpoint, sendToApp } from './app-client.js';
import type { PlaygroundUser } from './render/context.js';
import type { Screen } from './screen.js';

export interface CourierDeps {
  screen: Screen;
  users: PlaygroundUser[];
  app: AppEndpoint;
  logger: Logger;
}

/** What the page is told after it asked for something. */
export type Outcome = { ok: true; [key: string]: unknown } | { ok: false; error: string };

/** The app's answer, or the sentence Slack's client would show when there was none. */
export type Delivery = AppAnswer | { error: string };

/** Carries the page's requests to the app the way Slack would: ids issued, body signed. */
export class Courier {
  constructor(readonly deps: CourierDeps) {}

  get screen(): Screen {
    return this.deps.screen;
  }

  /** The `user` of a payload, with the handle Slack would show. */
  userRef(userId: string): { id: string; name: string } {
    const user = this.deps.users.find((u) => u.id === userId);
    return { id: userId, name: user?.name ?? userId.toLowerCase() };
  }

  /** A fresh trigger id issued by the stand-in for this user, so views.open lands on them. */
  trigger(userId: string): string {
    return this.deps.screen.standin.issueTriggerId(userId);
  }

  /** A fresh response_url whose posts show in this channel (over `ts` when replacing). */
  responseUrl(target: { userId: string; channel: string; ts: string | null }): string {
    const { userId, channel, ts } = target;
    const messageTs = ts === null ? {} : { messageTs: ts };
    return this.deps.screen.standin.issueResponseUrl({ channel, user: userId, ...messageTs });
  }

  /** Signs and sends a body; anything but a 200 becomes the error Slack's client would show. */
  async send(what: string, body: string): Promise<Delivery> {
    try {
      const answer = await sendToApp(this.deps.app, body);
      if (answer.status === 200) return answer;

      // Bolt answers 404 when no listener acknowledged within 3 s.
      const reason = answer.status === 404 ? 'operation_timeout' : `http_${answer.status}`;
      this.deps.logger.warn('app refused a playground request', { what, status: answer.status });
      return { error: `${what} failed with the error "${reason}"` };
    } catch (error) {
      this.deps.logger.warn('app unreachable from the playground', { what, error });
      return { error: `${what} failed with the error "dispatch_failed"` };
    }
  }
}

/** Parses JSON text, or gives undefined for anything else (an empty ack, plain text). */
export function parseJson(text: string): unknown {
  try {
    return JSON.parse(text);
  } catch {
    return undefined;
  }
}
