import { describe, expect, it } from 'vitest';
import { hasCode } from '../src/errors.js';
import type { Logger } from '../src/logger.js';
import type { DigestJob } from '../src/slack/digest/job.js';
import { startDigestSchedule } from '../src/slack/digest/schedule.js';

function recordingLogger() {
  const lines: string[] = [];
  const logger: Logger = {
    debug: () => {},
    info: (message) => lines.push(`info ${message}`),
    warn: (message) => lines.push(`warn ${message}`),
    error: (message) => lines.push(`error ${message}`),
  };
  return { lines, logger };
}

function recordingJob() {
  const triggers: string[] = [];
  const job: DigestJob = {
    run: async (trigger) => {
      triggers.push(trigger);
      return {
        decision: { action: 'skip', week: '2025-W14', reason: 'not_due_yet', dueAt: null },
        posted: null,
      };
    },
  };
  return { triggers, job };
}

const clock = () => new Date('2025-03-31T07:00:00Z');

describe('starting the weekly digest', () => {
  it('schedules nothing without a channel and says so once', () => {
    const { lines, logger } = recordingLogger();
    const settings = { cron: '0 9 * * 1', timeZone: 'UTC', channel: null };

    const schedule = startDigestSchedule(settings, null, logger, clock);

    expect(schedule).toBeNull();
    expect(lines).toEqual(['info weekly digest off: DIGEST_CHANNEL is not set']);
  });

  it('runs the job once at start to catch up a missed digest', () => {
    const { logger } = recordingLogger();
    const { triggers, job } = recordingJob();
    const settings = { cron: '0 9 * * 1', timeZone: 'Europe/Amsterdam', channel: 'C0SUPPORT' };

    const schedule = startDigestSchedule(settings, job, logger, clock);
    schedule?.stop();

    expect(triggers).toEqual(['start']);
  });

  it('warns when the expression fires more than once a week', () => {
    const { lines, logger } = recordingLogger();
    const { job } = recordingJob();
    const settings = { cron: '0 9 * * *', timeZone: 'UTC', channel: 'C0SUPPORT' };

    startDigestSchedule(settings, job, logger, clock)?.stop();

    expect(lines).toContain(
      'warn DIGEST_CRON fires more than once a week; the digest posts at the first',
    );
  });

  it('refuses an expression node-cron cannot run', () => {
    const { logger } = recordingLogger();
    const { job } = recordingJob();
    const settings = { cron: '0 25 * * 1', timeZone: 'UTC', channel: 'C0SUPPORT' };

    const failure = (() => {
      try {
        return startDigestSchedule(settings, job, logger, clock);
      } catch (error) {
        return error;
      }
    })();

    expect(hasCode(failure, 'config')).toBe(true);
  });
});
