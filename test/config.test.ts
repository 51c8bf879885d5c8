import { describe, expect, it } from 'vitest';
import { loadConfig } from '../src/config.js';
import { ConfigError } from '../src/errors.js';

function configError(env: Record<string, string>): string {
  try {
    loadConfig(env);
  } catch (error) {
    expect(error).toBeInstanceOf(ConfigError);
    return (error as ConfigError).message;
  }
  throw new Error('expected a ConfigError');
}

describe('loadConfig', () => {
  it('runs on the demo Odoo and the local Slack when nothing is set', () => {
    const config = loadConfig({});

    expect(config.odoo).toBeNull();
    expect(config.slack).toBeNull();
    expect(config.port).toBe(3000);
    expect(config.lowHours).toBe(4);
    expect(config.digest).toEqual({ cron: '0 9 * * 1', timeZone: 'UTC', channel: null });
  });

  it('names the variable and a valid value when one is malformed', () => {
    expect(configError({ PORT: 'abc' })).toMatch(/PORT must be a TCP port.*e\.g\. 3000/);
    expect(configError({ DIGEST_TZ: 'Mars/Olympus' })).toMatch(/DIGEST_TZ .*Europe\/Amsterdam/);
    expect(configError({ ODOO_PROTOCOL: 'soap' })).toMatch(/ODOO_PROTOCOL .*auto, json2/);
    expect(configError({ DIGEST_CRON: 'a b c d e' })).toMatch(/DIGEST_CRON .*"0 9 \* \* 1"/);
  });

  it('takes plain whole numbers only where a fraction or a hex literal makes no sense', () => {
    expect(configError({ PORT: '3000.5' })).toMatch(/PORT must be a TCP port/);
    expect(configError({ PORT: '0x10' })).toMatch(/PORT/);
    expect(configError({ WALLET_LOW_HOURS: '1e3' })).toMatch(/WALLET_LOW_HOURS/);
    expect(loadConfig({ WALLET_LOW_HOURS: '2.5', PORT: '8080' })).toMatchObject({
      lowHours: 2.5,
      port: 8080,
    });
  });

  it('refuses a user or password inside ODOO_URL, keeping it out of links and logs', () => {
    const env = { ODOO_URL: 'https://bob:S3cret@odoo.test', ODOO_LOGIN: 'a', ODOO_API_KEY: 'k' };

    const message = configError(env);

    expect(message).toMatch(/ODOO_URL must be an http\(s\) URL with no user or password/);
    expect(message).not.toContain('S3cret');
  });

  it('requires a login and API key with an Odoo URL and never echoes the key', () => {
    const message = configError({ ODOO_URL: 'https://odoo.test', ODOO_LOGIN: 'a@b.c' });

    expect(message).toMatch(/ODOO_API_KEY must be set/);

    const secret = configError({ ODOO_URL: 'nope', ODOO_API_KEY: 'sekrit-key-123' });
    expect(secret).not.toContain('sekrit');
  });

  it('picks Socket Mode with an app token and HTTP mode with a signing secret', () => {
    const socket = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_APP_TOKEN: 'xapp-1' });
    const http = loadConfig({ SLACK_BOT_TOKEN: 'xoxb-1', SLACK_SIGNING_SECRET: 's' });

    expect(socket.slack?.mode).toBe('socket');
    expect(http.slack?.mode).toBe('http');
    expect(configError({ SLACK_BOT_TOKEN: 'xoxb-1' })).toMatch(/SLACK_APP_TOKEN .* or/);
  });

  it('reads the reload allow list as trimmed Slack user ids', () => {
    const config = loadConfig({ WALLET_RELOAD_USERS: 'U0AGENT, U0LEAD' });

    expect(config.reloadUsers).toEqual(['U0AGENT', 'U0LEAD']);
    expect(configError({ WALLET_RELOAD_USERS: 'U0AGENT,bob' })).toMatch(/WALLET_RELOAD_USERS/);
  });
});
