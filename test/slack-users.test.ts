import { webApi } from '@slack/bolt';
import { afterEach, describe, expect, it } from 'vitest';
import { createUserDirectory } from '../src/slack/users.js';
import {
  quietSlackLogger,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';
import type { OdooUser } from '../src/wallet/types.js';

let slack: SlackStandin | null = null;

afterEach(async () => {
  await slack?.close();
  slack = null;
});

const alice: OdooUser = {
  id: 3,
  name: 'Alice Agent',
  email: 'alice@example.com',
  employeeId: 2,
  timeZone: null,
};

async function directory(known: OdooUser[]) {
  slack = await startSlackStandin();
  let now = Date.parse('2026-01-05T09:00:00Z');
  const lookups: string[] = [];
  const users = createUserDirectory({
    client: new webApi.WebClient(slack.botToken, {
      slackApiUrl: slack.apiUrl,
      logger: quietSlackLogger,
    }),
    findOdooUser: async (email) => {
      lookups.push(email);
      return known.find((user) => user.email === email) ?? null;
    },
    clock: () => new Date(now),
    ttlMs: 60_000,
  });
  return { users, lookups, advance: (ms: number) => (now += ms), standin: slack };
}

describe('user directory', () => {
  it('reads zone and e-mail from users.info, once within the cache time', async () => {
    const { users, advance, standin } = await directory([alice]);

    const first = await users.slackUser('U0AGENT');
    await users.slackUser('U0AGENT');
    advance(61_000);
    await users.slackUser('U0AGENT');

    expect(first).toMatchObject({ email: 'alice@example.com', timeZone: 'Europe/Amsterdam' });
    expect(standin.callsTo('users.info')).toHaveLength(2);
  });

  it('keeps a match but asks Odoo again after a miss', async () => {
    const { users, lookups } = await directory([alice]);

    const matched = await users.odooMatch('U0AGENT');
    await users.odooMatch('U0AGENT');
    const missed = await users.odooMatch('U0CLIENT');
    await users.odooMatch('U0CLIENT');

    expect(matched.odoo?.id).toBe(3);
    expect(missed.odoo).toBeNull();
    expect(missed.slack.email).toBe('carl@client.example.net');
    expect(lookups).toEqual([
      'alice@example.com',
      'carl@client.example.net',
      'carl@client.example.net',
    ]);
  });
});
