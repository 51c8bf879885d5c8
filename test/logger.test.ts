import { describe, expect, it } from 'vitest';
import { createLogger, secretsOf } from '../src/logger.js';

describe('createLogger', () => {
  it('keeps secret-looking fields and known secrets out of every line', () => {
    const lines: string[] = [];
    const apiKey = '0123456789abcdef0123456789abcdef01234567';
    const logger = createLogger('info', (line) => lines.push(line), [apiKey]);

    logger.error(`Odoo said: Access Denied for bearer ${apiKey}`, {
      token: 'xoxb-visible',
      error: new Error(`echo ${apiKey}`),
    });

    expect(lines).toHaveLength(1);
    expect(lines[0]).not.toContain(apiKey);
    expect(lines[0]).not.toContain('xoxb-visible');
    expect(lines[0]).toContain('Access Denied for bearer [redacted]');
  });

  it('drops entries below its level', () => {
    const lines: string[] = [];
    const logger = createLogger('warn', (line) => lines.push(line));

    logger.info('hello');
    logger.warn('careful');

    expect(lines.map((line) => line.split(' ')[1])).toEqual(['WARN']);
  });

  it('collects the Odoo key and every Slack secret of a configuration', () => {
    const secrets = secretsOf({
      odoo: { apiKey: 'odoo-key' },
      slack: { botToken: 'xoxb-1', signingSecret: 'sign' },
    });

    expect(secrets).toEqual(['odoo-key', 'xoxb-1', 'sign']);
  });
});
