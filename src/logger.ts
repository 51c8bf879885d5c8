import type { LogLevel } from './errors.js';

export type { LogLevel };

export type LogFields = Record<string, unknown>;

/** The one logger the whole app receives; nothing in `src/` writes to the console directly. */
export interface Logger {
  debug(message: string, fields?: LogFields): void;
  info(message: string, fields?: LogFields): void;
  warn(message: string, fields?: LogFields): void;
  error(message: string, fields?: LogFields): void;
}

const levelOrder: Record<LogLevel, number> = { debug: 10, info: 20, warn: 30, error: 40 };

const secretKeys = /(token|secret|key|password|authorization)/i;

/** Replaces values of secret-looking keys so tokens and keys never reach a log line. */
export function redact(fields: LogFields): LogFields {
  const clean: LogFields = {};
  for (const [key, value] of Object.entries(fields)) {
    clean[key] = secretKeys.test(key) ? '[redacted]' : value;
  }
  return clean;
}

function formatValue(value: unknown): string {
  if (value instanceof Error) return JSON.stringify(value.message);
  if (typeof value === 'string') return /\s|"/.test(value) ? JSON.stringify(value) : value;
  return JSON.stringify(value) ?? String(value);
}

/**
 * A logfmt-style logger writing one line per entry to the given sink (stderr by default).
 * Any of `secrets` found in a line (a server echoing a key, say) is replaced before writing.
 */
export function createLogger(
  level: LogLevel = 'info',
  write: (line: string) => void = (line) => process.stderr.write(`${line}\n`),
  secrets: ReadonlyArray<string | null | undefined> = [],
): Logger {
  const threshold = levelOrder[level];
  // Short values would blank out ordinary words; real keys and tokens are long.
  const hidden = secrets.filter((secret): secret is string => (secret?.length ?? 0) >= 8);
  const scrub = (line: string) =>
    hidden.reduce((clean, secret) => clean.split(secret).join('[redacted]'), line);

  const log =
    (entryLevel: LogLevel) =>
    (message: string, fields: LogFields = {}) => {
      if (levelOrder[entryLevel] < threshold) return;
      const pairs = Object.entries(redact(fields)).map(([k, v]) => `${k}=${formatValue(v)}`);
      const time = new Date().toISOString();
      write(scrub([time, entryLevel.toUpperCase().padEnd(5), message, ...pairs].join(' ')));
    };

  return { debug: log('debug'), info: log('info'), warn: log('warn'), error: log('error') };
}

/** The secrets of a configuration, for createLogger to keep out of log lines. */
export function secretsOf(config: {
  odoo: { apiKey: string } | null;
  slack: { botToken: string; appToken?: string; signingSecret?: string } | null;
}): string[] {
  const slack = config.slack;
  return [config.odoo?.apiKey, slack?.botToken, slack?.appToken, slack?.signingSecret].filter(
    (secret): secret is string => Boolean(secret),
  );
}

/** A logger that drops everything, for tests and quiet commands. */
export const silentLogger: Logger = {
  debug: () => {},
  info: () => {},
  warn: () => {},
  error: () => {},
};
