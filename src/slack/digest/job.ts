import type { webApi } from '@slack/bolt';
import { ConfigError } from '../../errors.js';
import type { Logger } from '../../logger.js';
import {
  type DigestDecision,
  decideDigest,
  digestWeekStart,
} from '../../wallet/digest-schedule.js';
import { findPostedDigest, resolveChannelId, whoAmI } from './history.js';
import { type DigestSource, type PublishedDigest, publishDigest } from './publish.js';

export interface DigestJobOptions {
  client: webApi.WebClient;
  /** A channel id (`C…`) or name (`#support`). */
  channel: string;
  cron: string;
  timeZone: string;
  clock: () => Date;
  logger: Logger;
  source: DigestSource;
}

export interface DigestJobOutcome {
  decision: DigestDecision;
  posted: PublishedDigest | null;
}

/** The weekly digest job: one plain async function any trigger may call at any time. */
export interface DigestJob {
  run(trigger: string): Promise<DigestJobOutcome>;
}

// A value read on first use and kept; a failure is forgotten so the next run asks again.
function once<T>(load: () => Promise<T>): () => Promise<T> {
  let value: Promise<T> | null = null;
  return () => {
    value ??= load().catch((error: unknown) => {
      value = null;
      throw error;
    });
    return value;
  };
}

/**
 * Builds the job. Each run decides from the clock whether this week's digest is due, then
 * reads the channel for the bot's marker of this week (another replica, or this one before a
 * restart, may have posted it) and posts only when it is absent. Runs never overlap: a
 * trigger arriving during a run gets that run's outcome.
 */
export function createDigestJob(options: DigestJobOptions): DigestJob {
  const { client, logger } = options;
  const postedWeeks = new Set<string>();
  let running: Promise<DigestJobOutcome> | null = null;
  const bot = once(() => whoAmI(client));
  const channel = once(async () => {
    const id = await resolveChannelId(client, options.channel);
    if (id === null) {
      throw new ConfigError(
        `DIGEST_CHANNEL "${options.channel}" is not a channel the bot can see; ` +
          'invite the bot to it, or give its id (C…) instead of its name',
      );
    }
    return id;
  });

  async function runOnce(trigger: string): Promise<DigestJobOutcome> {
    const now = options.clock();
    const decide = () =>
      decideDigest({ now, timeZone: options.timeZone, cron: options.cron, postedWeeks });
    const decision = decide();
    if (decision.action === 'skip') return { decision, posted: null };

    const since = digestWeekStart(now, options.timeZone);
    const channelId = await channel();
    const found = await findPostedDigest(client, channelId, decision.week, since, await bot());
    if (found) {
      postedWeeks.add(decision.week);
      logger.info('digest already in the channel', { week: decision.week, ts: found, trigger });
      return { decision: decide(), posted: null };
    }

    const data = await options.source.digest(now);
    const posted = await publishDigest(client, channelId, data, options.source, logger);
    postedWeeks.add(decision.week);
    logger.info('digest posted', {
      week: decision.week,
      ts: posted.ts,
      trigger,
      lateByMs: decision.lateByMs,
    });
    return { decision, posted };
  }

  return {
    run(trigger) {
      running ??= runOnce(trigger).finally(() => {
        running = null;
      });
      return running;
    },
  };
}
