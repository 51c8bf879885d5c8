import { LogLevel, WebClient } from '@slack/web-api';
import type { SlackStandin } from './server.js';

/** A @slack/logger that drops everything, so refused calls in tests stay quiet. */
export const quietSlackLogger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
  setLevel: () => {},
  getLevel: () => LogLevel.ERROR,
  setName: () => {},
};

/**
 * A WebClient pointed at the stand-in, without retries (a refused call fails at once) and
 * without console output. `token` defaults to the stand-in's bot token.
 */
export function createStandinClient(standin: SlackStandin, token = standin.botToken): WebClient {
  return new WebClient(token, {
    slackApiUrl: standin.apiUrl,
    retryConfig: { retries: 0 },
    logger: quietSlackLogger,
  });
}
