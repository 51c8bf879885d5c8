import { type Logger as BoltLogger, LogLevel } from '@slack/bolt';
import type { Logger } from '../logger.js';

function describe(parts: unknown[]): { message: string; fields: Record<string, unknown> } {
  const [first, ...rest] = parts;
  const message = first instanceof Error ? first.message : String(first ?? '');
  const fields: Record<string, unknown> = {};

  rest.forEach((part, index) => {
    fields[`arg${index + 1}`] = part instanceof Error ? part.message : part;
  });
  return { message, fields };
}

/** Bolt's logger interface over ours, so Bolt's lines go through the same sink and redaction. */
export function toBoltLogger(logger: Logger, name = 'bolt'): BoltLogger {
  let level = LogLevel.INFO;
  const write =
    (method: keyof Logger) =>
    (...parts: unknown[]) => {
      const { message, fields } = describe(parts);
      logger[method](`${name}: ${message}`, fields);
    };

  return {
    debug: write('debug'),
    info: write('info'),
    warn: write('warn'),
    error: write('error'),
    setLevel: (next) => {
      level = next;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
