import { validate } from 'node-cron';
import { z } from 'zod';
import { ConfigError } from './errors.js';
import type { LogLevel } from './logger.js';

export type OdooProtocol = 'auto' | 'json2' | 'xmlrpc';

export interface OdooSettings {
  url: string;
  db: string | null;
  login: string;
  apiKey: string;
  protocol: OdooProtocol;
  timeoutMs: number;
}

export type SlackSettings =
  | { mode: 'socket'; botToken: string; appToken: string; apiUrl: string | null }
  | { mode: 'http'; botToken: string; signingSecret: string; apiUrl: string | null };

export interface DigestSettings {
  cron: string;
  timeZone: string;
  channel: string | null;
}

/** Every setting of the app, read once from the environment. */
export interface Config {
  /** `null`: no Odoo configured, run on the built-in demo Odoo. */
  odoo: OdooSettings | null;
  /** `null`: no Slack tokens, run locally against the Slack stand-in and playground. */
  slack: SlackSettings | null;
  port: number;
  lowHours: number;
  logWindowDays: number;
  reloadUsers: string[];
  auditChannel: string | null;
  digest: DigestSettings;
  logLevel: LogLevel;
}

export type Environment = Record<string, string | undefined>;

const optional = z
  .string()
  .trim()
  .transform((value) => (value === '' ? undefined : value))
  .optional();

// Plain decimals only: Number() would also take `0x10`, `1e3` or `Infinity`.
const decimalPattern = /^\d+(\.\d+)?$/;
const wholePattern = /^\d+$/;

function numberSetting(hint: string, min: number, max: number, whole = false) {
  return optional.pipe(
    z
      .string()
      .regex(whole ? wholePattern : decimalPattern, { error: hint })
      .transform(Number)
      .refine((n) => n >= min && n <= max, { error: hint })
      .optional(),
  );
}

function isTimeZone(zone: string): boolean {
  try {
    new Intl.DateTimeFormat('en-US', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

function isHttpUrl(value: string): boolean {
  try {
    const url = new URL(value);
    // Credentials in a URL end up in links and logs; they have their own settings.
    if (url.username || url.password) return false;
    return url.protocol === 'http:' || url.protocol === 'https:';
  } catch {
    return false;
  }
}

const urlSetting = (hint: string) =>
  optional.pipe(z.string().refine(isHttpUrl, { error: hint }).optional());

const schema = z.object({
  ODOO_URL: urlSetting(
    'an http(s) URL with no user or password in it (those go in ODOO_LOGIN and ODOO_API_KEY), ' +
      'such as https://odoo.example.com',
  ),
  ODOO_DB: optional,
  ODOO_LOGIN: optional,
  ODOO_API_KEY: optional,
  ODOO_PROTOCOL: optional.pipe(
    z.enum(['auto', 'json2', 'xmlrpc'], { error: 'one of auto, json2, xmlrpc' }).optional(),
  ),
  ODOO_TIMEOUT_MS: numberSetting(
    'whole milliseconds between 1000 and 600000, e.g. 30000',
    1000,
    600000,
    true,
  ),
  SLACK_BOT_TOKEN: optional.pipe(
    z.string().startsWith('xoxb-', { error: 'a bot token starting with xoxb-' }).optional(),
  ),
  SLACK_SIGNING_SECRET: optional,
  SLACK_APP_TOKEN: optional.pipe(
    z.string().startsWith('xapp-', { error: 'an app-level token starting with xapp-' }).optional(),
  ),
  SLACK_API_URL: urlSetting('an http(s) base URL ending in /api/, e.g. http://127.0.0.1:3100/api/'),
  PORT: numberSetting('a TCP port between 1 and 65535, e.g. 3000', 1, 65535, true),
  WALLET_LOW_HOURS: numberSetting('a number of hours between 0 and 1000, e.g. 4', 0, 1000),
  WALLET_LOG_WINDOW_DAYS: numberSetting(
    'a whole number of days between 1 and 3650, e.g. 60',
    1,
    3650,
    true,
  ),
  WALLET_RELOAD_USERS: optional.pipe(
    z
      .string()
      .refine((value) => value.split(',').every((id) => /^[UW][A-Z0-9]+$/.test(id.trim())), {
        error: 'a comma-separated list of Slack user ids, e.g. U012ABC,U034DEF',
      })
      .optional(),
  ),
  WALLET_AUDIT_CHANNEL: optional,
  DIGEST_CRON: optional.pipe(
    z
      .string()
      .refine(validate, { error: 'a cron expression node-cron accepts, e.g. "0 9 * * 1"' })
      .optional(),
  ),
  DIGEST_TZ: optional.pipe(
    z.string().refine(isTimeZone, { error: 'an IANA time zone, e.g. Europe/Amsterdam' }).optional(),
  ),
  DIGEST_CHANNEL: optional,
  LOG_LEVEL: optional.pipe(
    z
      .enum(['debug', 'info', 'warn', 'error'], { error: 'one of debug, info, warn, error' })
      .optional(),
  ),
});

type RawSettings = z.infer<typeof schema>;

function odooSettings(raw: RawSettings): OdooSettings | null {
  if (!raw.ODOO_URL) return null;
  const missing = (['ODOO_LOGIN', 'ODOO_API_KEY'] as const).filter((name) => !raw[name]);
  if (missing.length > 0) {
    throw new ConfigError(
      `${missing.join(' and ')} must be set when ODOO_URL is set ` +
        '(the Odoo login e-mail and an API key from Preferences -> Account Security)',
    );
  }
  return {
    url: raw.ODOO_URL.replace(/\/+$/, ''),
    db: raw.ODOO_DB ?? null,
    login: raw.ODOO_LOGIN as string,
    apiKey: raw.ODOO_API_KEY as string,
    protocol: raw.ODOO_PROTOCOL ?? 'auto',
    timeoutMs: raw.ODOO_TIMEOUT_MS ?? 30_000,
  };
}

function slackSettings(raw: RawSettings): SlackSettings | null {
  const apiUrl = raw.SLACK_API_URL ?? null;
  if (!raw.SLACK_BOT_TOKEN) {
    if (raw.SLACK_APP_TOKEN || raw.SLACK_SIGNING_SECRET) {
      throw new ConfigError(
        'SLACK_BOT_TOKEN must be set (the xoxb- token from OAuth & Permissions) ' +
          'when SLACK_APP_TOKEN or SLACK_SIGNING_SECRET is set',
      );
    }
    return null;
  }
  if (raw.SLACK_APP_TOKEN) {
    return { mode: 'socket', botToken: raw.SLACK_BOT_TOKEN, appToken: raw.SLACK_APP_TOKEN, apiUrl };
  }
  if (raw.SLACK_SIGNING_SECRET) {
    return {
      mode: 'http',
      botToken: raw.SLACK_BOT_TOKEN,
      signingSecret: raw.SLACK_SIGNING_SECRET,
      apiUrl,
    };
  }
  throw new ConfigError(
    'SLACK_APP_TOKEN (Socket Mode, xapp-...) or SLACK_SIGNING_SECRET (HTTP mode, from Basic ' +
      'Information) must be set with SLACK_BOT_TOKEN',
  );
}

/** Reads and validates the environment; throws a ConfigError naming the variable at fault. */
export function loadConfig(env: Environment): Config {
  const parsed = schema.safeParse(env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => {
      const name = String(issue.path[0] ?? 'environment');
      return `${name} must be ${issue.message}`;
    });
    throw new ConfigError(`Invalid setting: ${problems.join('; ')}`);
  }

  const raw = parsed.data;
  return {
    odoo: odooSettings(raw),
    slack: slackSettings(raw),
    port: raw.PORT ?? 3000,
    lowHours: raw.WALLET_LOW_HOURS ?? 4,
    logWindowDays: raw.WALLET_LOG_WINDOW_DAYS ?? 60,
    reloadUsers: (raw.WALLET_RELOAD_USERS ?? '')
      .split(',')
      .map((id) => id.trim())
      .filter(Boolean),
    auditChannel: raw.WALLET_AUDIT_CHANNEL ?? null,
    digest: {
      cron: raw.DIGEST_CRON ?? '0 9 * * 1',
      timeZone: raw.DIGEST_TZ ?? 'UTC',
      channel: raw.DIGEST_CHANNEL ?? null,
    },
    logLevel: raw.LOG_LEVEL ?? 'info',
  };
}
