import { type ScheduledTask, schedule, validate } from 'node-cron';
import type { DigestSettings } from '../../config.js';
import { ConfigError, logLevelFor } from '../../errors.js';
import type { Logger } from '../../logger.js';
import { firesMoreThanWeekly } from '../../wallet/digest-schedule.js';
import type { DigestJob } from './job.js';

/** How often the digest is checked besides its cron time, to make up a missed fire. */
export const checkCron = '*/10 * * * *';

export interface DigestSchedule {
  stop(): void;
}

// node-cron logs missed fires through its own logger, to the console unless given one.
function cronLogger(logger: Logger) {
  const text = (message: string | Error) => (message instanceof Error ? message.message : message);
  return {
    info: (message: string) => logger.debug(`node-cron: ${message}`),
    warn: (message: string) => logger.warn(`node-cron: ${message}`),
    error: (message: string | Error, error?: Error) =>
      logger.error(`node-cron: ${text(message)}`, error ? { error } : {}),
    debug: (message: string | Error) => logger.debug(`node-cron: ${text(message)}`),
  };
}

function isValidCron(cron: string): boolean {
  try {
    return validate(cron);
  } catch {
    return false;
  }
}

/**
 * Starts the weekly digest: the job runs at the cron time, at start (to catch up a digest
 * missed while the process was down) and every ten minutes (to make up a fire node-cron
 * missed: it drops a fire more than a second late, and skips a time that falls in the hour
 * clocks jump over). The job itself decides whether anything is due, so extra runs are free.
 * Without a channel, nothing is scheduled and the log says so once.
 */
export function startDigestSchedule(
  settings: DigestSettings,
  job: DigestJob | null,
  logger: Logger,
  clock: () => Date,
): DigestSchedule | null {
  if (settings.channel === null || job === null) {
    logger.info('weekly digest off: DIGEST_CHANNEL is not set');
    return null;
  }
  if (!isValidCron(settings.cron)) {
    throw new ConfigError(`DIGEST_CRON must be a valid cron expression, e.g. "0 9 * * 1"`);
  }
  if (firesMoreThanWeekly(clock(), settings.timeZone, settings.cron)) {
    logger.warn('DIGEST_CRON fires more than once a week; the digest posts at the first', {
      cron: settings.cron,
    });
  }

  const trigger = (reason: string) => {
    job.run(reason).catch((error: unknown) => {
      logger[logLevelFor(error)]('weekly digest failed', { trigger: reason, error });
    });
  };
  const options = { timezone: settings.timeZone, logger: cronLogger(logger) };
  const tasks: ScheduledTask[] = [
    schedule(settings.cron, () => trigger('cron'), { ...options, name: 'wallet-digest' }),
    schedule(checkCron, () => trigger('check'), { ...options, name: 'wallet-digest-check' }),
  ];
  logger.info('weekly digest scheduled', {
    cron: settings.cron,
    timeZone: settings.timeZone,
    channel: settings.channel,
  });
  trigger('start');

  return {
    stop() {
      for (const task of tasks) task.destroy();
    },
  };
}
