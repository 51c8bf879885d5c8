import type { StandinUser } from './types.js';
import { workspace } from './workspace.js';

/** The fixtures' people: an agent, a lead, a client Odoo does not know, and the bot. */
export const demoUsers: readonly StandinUser[] = [
  {
    id: 'U0AGENT',
    name: 'agent',
    realName: 'Alice Agent',
    email: 'alice@example.com',
    tz: 'Europe/Amsterdam',
    dmChannel: 'D0WALLET',
  },
  {
    id: 'U0LEAD',
    name: 'lead',
    realName: 'Lee Lead',
    email: 'lead@example.com',
    tz: 'Europe/Amsterdam',
  },
  {
    id: 'U0CLIENT',
    name: 'client',
    realName: 'Carl Client',
    email: 'carl@client.example.net',
    tz: 'America/New_York',
  },
  {
    id: workspace.botUserId,
    name: 'wallet',
    realName: 'Support Wallet',
    email: null,
    tz: 'Europe/Amsterdam',
    isBot: true,
  },
];

/** The DM channel id between the app and a user. */
export function dmChannelOf(user: StandinUser): string {
  return user.dmChannel ?? `D${user.id.slice(1)}`;
}

function zoneParts(tz: string, at: number) {
  const format = new Intl.DateTimeFormat('en-US', {
    timeZone: tz,
    hourCycle: 'h23',
    year: 'numeric',
    month: 'numeric',
    day: 'numeric',
    hour: 'numeric',
    minute: 'numeric',
    second: 'numeric',
    timeZoneName: 'long',
  });
  return Object.fromEntries(format.formatToParts(at).map((part) => [part.type, part.value]));
}

/** Seconds the zone is ahead of UTC at that moment (Slack's `tz_offset`, DST included). */
export function tzOffsetSeconds(tz: string, at: number): number {
  const parts = zoneParts(tz, at);
  const wall = Date.UTC(
    Number(parts.year),
    Number(parts.month) - 1,
    Number(parts.day),
    Number(parts.hour),
    Number(parts.minute),
    Number(parts.second),
  );
  return Math.round((wall - Math.floor(at / 1000) * 1000) / 1000);
}

/** The user object users.info answers with. */
export function userObject(user: StandinUser, at: number): Record<string, unknown> {
  const profile: Record<string, unknown> = {
    real_name: user.realName,
    display_name: user.name,
    real_name_normalized: user.realName,
    display_name_normalized: user.name,
    team: workspace.teamId,
  };
  if (user.email !== null) profile.email = user.email;
  if (user.isBot) profile.bot_id = workspace.botId;

  return {
    id: user.id,
    team_id: workspace.teamId,
    name: user.name,
    deleted: false,
    real_name: user.realName,
    tz: user.tz,
    tz_label: zoneParts(user.tz, at).timeZoneName ?? user.tz,
    tz_offset: tzOffsetSeconds(user.tz, at),
    profile,
    is_admin: false,
    is_owner: false,
    is_bot: user.isBot === true,
    is_app_user: false,
    updated: Math.floor(at / 1000),
  };
}
