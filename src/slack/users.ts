import type { webApi } from '@slack/bolt';
import { z } from 'zod';
import type { OdooUser } from '../wallet/types.js';
import { type Access, decideAccess } from './access.js';

/** What the app needs to know about a Slack user. */
export interface SlackUser {
  id: string;
  name: string;
  email: string | null;
  /** IANA zone from the profile; `UTC` when Slack does not say. */
  timeZone: string;
  /** The user's home workspace, when Slack says. */
  teamId: string | null;
  /** From another organisation, seen through a shared channel (Slack Connect). */
  stranger: boolean;
  /** A multi- or single-channel guest. */
  guest: boolean;
}

/** A Slack user matched (or not) to an Odoo user by e-mail. */
export interface OdooMatch {
  slack: SlackUser;
  odoo: OdooUser | null;
}

export interface UserDirectory {
  slackUser(userId: string): Promise<SlackUser>;
  /** The Odoo user with the Slack profile's e-mail; only matches are cached. */
  odooMatch(userId: string): Promise<OdooMatch>;
  /**
   * Whether the user may see balances, log time and create tickets; the decision is cached
   * like the profile. `payloadTeamId` is the user's team as the request carried it.
   */
  access(userId: string, payloadTeamId?: string | null): Promise<Access>;
}

const usersInfoAnswer = z.object({
  user: z.object({
    id: z.string(),
    team_id: z.string().optional(),
    is_stranger: z.boolean().optional(),
    is_restricted: z.boolean().optional(),
    is_ultra_restricted: z.boolean().optional(),
    name: z.string().optional(),
    real_name: z.string().optional(),
    tz: z.string().optional(),
    profile: z
      .object({ email: z.string().optional(), real_name: z.string().optional() })
      .optional(),
  }),
});

interface Cached<T> {
  expiresAt: number;
  value: Promise<T>;
}

export interface UserDirectoryOptions {
  client: webApi.WebClient;
  findOdooUser: (email: string) => Promise<OdooUser | null>;
  clock: () => Date;
  ttlMs: number;
  /** The workspace the app is installed in (`auth.test`); unknown when absent. */
  appTeamId?: () => Promise<string | null>;
}

/** A refusal for want of an Odoo user is kept briefly, so a newly added user gets in soon. */
const MISSING_USER_TTL_MS = 60_000;

/** Caches `users.info` and the e-mail match so each interaction costs no extra round trip. */
export function createUserDirectory(options: UserDirectoryOptions): UserDirectory {
  const slackCache = new Map<string, Cached<SlackUser>>();
  const odooCache = new Map<string, Cached<OdooUser | null>>();
  const now = () => options.clock().getTime();

  const fetchSlackUser = async (userId: string): Promise<SlackUser> => {
    const answer = usersInfoAnswer.parse(await options.client.users.info({ user: userId }));
    const { user } = answer;
    return {
      id: user.id,
      name: user.real_name ?? user.profile?.real_name ?? user.name ?? user.id,
      email: user.profile?.email?.trim() || null,
      timeZone: user.tz ?? 'UTC',
      teamId: user.team_id ?? null,
      stranger: user.is_stranger === true,
      guest: user.is_restricted === true || user.is_ultra_restricted === true,
    };
  };

  const accessCache = new Map<string, Cached<Access>>();
  const remember = <T>(
    cache: Map<string, Cached<T>>,
    key: string,
    load: () => Promise<T>,
    ttlMs = options.ttlMs,
  ) => {
    const hit = cache.get(key);
    if (hit && hit.expiresAt > now()) return hit.value;

    const value = load();
    const entry = { expiresAt: now() + ttlMs, value };
    cache.set(key, entry);
    value.catch(() => {
      if (cache.get(key) === entry) cache.delete(key);
    });
    return value;
  };

  const slackUser = (userId: string) => remember(slackCache, userId, () => fetchSlackUser(userId));

  const odooMatch = async (userId: string): Promise<OdooMatch> => {
    const slack = await slackUser(userId);
    if (!slack.email) return { slack, odoo: null };

    const email = slack.email.toLowerCase();
    const odoo = await remember(odooCache, email, () => options.findOdooUser(email));

    // A miss is not kept: once an admin adds the user, the next try must see it.
    if (!odoo) odooCache.delete(email);
    return { slack, odoo };
  };

  const loadAccess = async (userId: string, payloadTeamId?: string | null): Promise<Access> => {
    const [slack, appTeamId] = await Promise.all([
      slackUser(userId),
      options.appTeamId ? options.appTeamId() : null,
    ]);
    return decideAccess({ slack, appTeamId, payloadTeamId, match: () => odooMatch(userId) });
  };

  const access = async (userId: string, payloadTeamId?: string | null) => {
    const key = `${userId}:${payloadTeamId ?? ''}`;
    const decision = await remember(accessCache, key, () => loadAccess(userId, payloadTeamId));
    const entry = accessCache.get(key);
    if (!decision.allowed && decision.why === 'no_odoo_user' && entry) {
      entry.expiresAt = Math.min(entry.expiresAt, now() + MISSING_USER_TTL_MS);
    }
    return decision;
  };

  return { slackUser, odooMatch, access };
}
