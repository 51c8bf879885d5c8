import type { SlackStandin } from './server.js';
import { isRecord } from './validate/report.js';
import { workspace } from './workspace.js';

function idOf(value: unknown): string | undefined {
  if (typeof value === 'string') return value;
  return isRecord(value) && typeof value.id === 'string' ? value.id : undefined;
}

/**
 * Returns a copy of a recorded payload (a fixture, or one a builder made without a
 * stand-in) whose `trigger_id` and `response_url`s are fresh ones the stand-in serves, so
 * `views.open` accepts the trigger and `respond()` reaches the stand-in instead of
 * hooks.example.com.
 */
export function adoptPayload(
  payload: Record<string, unknown>,
  standin: SlackStandin,
): Record<string, unknown> {
  const user = idOf(payload.user) ?? idOf(payload.user_id) ?? 'U0AGENT';
  const channel = idOf(payload.channel) ?? idOf(payload.channel_id) ?? workspace.supportChannel;
  const messageTs = typeof payload.message_ts === 'string' ? payload.message_ts : undefined;
  const copy: Record<string, unknown> = { ...payload };

  if (typeof payload.trigger_id === 'string') copy.trigger_id = standin.issueTriggerId(user);
  if (typeof payload.response_url === 'string') {
    copy.response_url = standin.issueResponseUrl({ channel, user, messageTs });
  }
  if (Array.isArray(payload.response_urls)) {
    copy.response_urls = payload.response_urls.map((entry) =>
      isRecord(entry)
        ? {
            ...entry,
            response_url: standin.issueResponseUrl({
              channel: idOf(entry.channel_id) ?? channel,
              user,
            }),
          }
        : entry,
    );
  }
  return copy;
}
