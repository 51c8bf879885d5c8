import { z } from 'zod';
import { asWalletError, logLevelFor, userMessage } from '../errors.js';
import type { LogFields, Logger } from '../logger.js';

const slackApiError = z.object({
  code: z.string().startsWith('slack_'),
  data: z.object({ error: z.string() }).optional(),
});

/** The Web API's own error name (`expired_trigger_id`...) when Slack refused a call. */
function slackErrorName(error: unknown): string | null {
  const parsed = slackApiError.safeParse(error);
  if (!parsed.success) return null;
  return parsed.data.data?.error ?? parsed.data.code;
}

/** Logs an error with its cause at the level its code calls for; returns the user's sentence. */
export function reportFailure(
  logger: Logger,
  error: unknown,
  what: string,
  fields: LogFields = {},
): string {
  const slackError = slackErrorName(error);
  if (slackError) {
    logger.error(`${what} failed: Slack refused a call`, { ...fields, error: slackError });
    return `Slack refused the app's request (${slackError}). Please try again.`;
  }

  const walletError = asWalletError(error);
  const cause = walletError.cause instanceof Error ? walletError.cause.message : walletError.cause;
  logger[logLevelFor(error)](`${what} failed`, {
    ...fields,
    code: walletError.code,
    error: walletError.message,
    ...(cause === undefined ? {} : { cause }),
    ...(walletError.detail === undefined ? {} : { detail: walletError.detail }),
  });
  return userMessage(error);
}
