import type { webApi } from '@slack/bolt';
import type { DigestSettings } from '../../config.js';
import type { Logger } from '../../logger.js';
import type { WalletService } from '../../wallet/service.js';
import { createDigestJob } from './job.js';
import type { DigestSource } from './publish.js';
import { type DigestSchedule, startDigestSchedule } from './schedule.js';

export { buildDigestMessage, type DigestMessage, digestEventType } from './message.js';
export { type DigestSource, publishDigest } from './publish.js';
export type { DigestSchedule } from './schedule.js';

export interface WeeklyDigestOptions {
  settings: DigestSettings;
  client: webApi.WebClient;
  wallet: WalletService;
  logger: Logger;
  clock: () => Date;
}

/** The digest's figures and workbook from the wallet service, or null when it has neither. */
export function digestSourceOf(wallet: WalletService, timeZone: string): DigestSource | null {
  const digest = wallet.digest?.bind(wallet);
  const exportWorkbook = wallet.exportWorkbook?.bind(wallet);
  if (!digest || !exportWorkbook) return null;
  return {
    digest: (asOf) => digest({ asOf, timeZone }),
    writeWorkbook: (out) => exportWorkbook(out),
  };
}

/**
 * Schedules the weekly digest from DIGEST_CRON, DIGEST_TZ and DIGEST_CHANNEL; returns null
 * (and logs it once) when no channel is set. Call `stop()` on shutdown.
 */
export function startWeeklyDigest(options: WeeklyDigestOptions): DigestSchedule | null {
  const { settings, logger, clock } = options;
  const source = digestSourceOf(options.wallet, settings.timeZone);
  const job =
    settings.channel && source
      ? createDigestJob({
          client: options.client,
          channel: settings.channel,
          cron: settings.cron,
          timeZone: settings.timeZone,
          clock,
          logger,
          source,
        })
      : null;
  return startDigestSchedule(settings, job, logger, clock);
}
