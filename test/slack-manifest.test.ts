import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CallbackId, WALLET_COMMAND } from '../src/slack/ids.js';

const manifest = readFileSync('manifest.yml', 'utf8');
const lines = manifest.split('\n');

/** Web API methods the app calls, and the bot scope each needs (null: none). */
const scopeOfMethod: Record<string, string | null> = {
  'auth.test': null,
  'views.open': null,
  'views.update': null,
  'views.publish': null,
  'chat.getPermalink': null,
  'chat.postMessage': 'chat:write',
  'chat.postEphemeral': 'chat:write',
  'chat.update': 'chat:write',
  'users.info': 'users:read',
  'conversations.open': 'im:write',
  'conversations.history': 'channels:history',
  'conversations.list': 'channels:read',
  filesUploadV2: 'files:write',
};

/** Code that proves a scope is used, beyond the method table above. */
const otherEvidence: Record<string, RegExp> = {
  commands: /app\.(command|shortcut)\(/,
  'users:read.email': /profile\?*\.email/,
};

function slackSources(): string {
  const root = 'src/slack';
  return readdirSync(root, { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts'))
    .map((file) => readFileSync(join(root, file), 'utf8'))
    .join('\n');
}

function indentOf(line: string): number {
  return line.length - line.trimStart().length;
}

/** The `- item` scalars listed under `key:`, comments skipped. */
function listUnder(key: string): string[] {
  const start = lines.findIndex((line) => line.trim() === `${key}:`);
  if (start < 0) return [];

  const items: string[] = [];
  for (const line of lines.slice(start + 1)) {
    if (line.trim() === '' || line.trim().startsWith('#')) continue;
    if (indentOf(line) <= indentOf(lines[start] ?? '')) break;
    const item = /^\s*- (\S.*)$/.exec(line);
    if (item?.[1]) items.push(item[1].trim());
  }
  return items;
}

/** Every value written as `key: value`, quotes removed. */
function valuesOf(key: string): string[] {
  return lines
    .map((line) => new RegExp(`^\\s*(?:- )?${key}: (.+)$`).exec(line)?.[1])
    .filter((value): value is string => value !== undefined)
    .map((value) => value.trim().replace(/^"(.*)"$/, '$1'));
}

describe('manifest.yml', () => {
  it('is plain block YAML: two-space indents, no tabs, keys, list items or comments', () => {
    let folded = -1;
    const odd = lines.filter((line) => {
      if (folded >= 0 && (line.trim() === '' || indentOf(line) > folded)) return false;
      folded = /:\s*>-?\s*$/.test(line) ? indentOf(line) : -1;
      return !/^( {2})*(- )?([a-z_]+: ?.*|- .*|#.*)?$/.test(line) || line.includes('\t');
    });

    expect(odd).toEqual([]);
    for (const section of ['display_information', 'features', 'oauth_config', 'settings']) {
      expect(lines).toContain(`${section}:`);
    }
  });

  it('declares /wallet, the message shortcut and the Home tab the app listens for', () => {
    expect(valuesOf('command')).toEqual([WALLET_COMMAND]);
    expect(valuesOf('usage_hint')[0]).toMatch(/balance.*reload/);
    expect(valuesOf('callback_id')).toEqual([CallbackId.createTicketShortcut]);
    expect(valuesOf('type')).toEqual(['message']);
    expect(valuesOf('home_tab_enabled')).toEqual(['true']);
    expect(listUnder('bot_events')).toEqual(['app_home_opened']);
    expect(valuesOf('is_enabled')).toEqual(['true']);
    expect(valuesOf('socket_mode_enabled')).toHaveLength(1);
  });

  it('sends commands, interactions and events to /slack/events', () => {
    const urls = [...valuesOf('url'), ...valuesOf('request_url')];

    expect(urls).toHaveLength(3);
    expect(urls.every((url) => url.endsWith('/slack/events'))).toBe(true);
  });

  it('asks for exactly the bot scopes the code uses', () => {
    const source = slackSources();
    const called = Object.keys(scopeOfMethod).filter((method) => {
      const [family, name] = method.includes('.') ? method.split('.') : [method, ''];
      const pattern = name ? `client\\.${family}\\.${name}\\(` : `client\\.${family}\\(`;
      return new RegExp(pattern).test(source);
    });
    const needed = new Set(
      called.map((method) => scopeOfMethod[method]).filter((scope) => typeof scope === 'string'),
    );
    for (const [scope, evidence] of Object.entries(otherEvidence)) {
      if (evidence.test(source)) needed.add(scope);
    }

    expect(new Set(listUnder('bot'))).toEqual(needed);
  });

  it('knows the scope of every Web API method the code calls', () => {
    const calls = slackSources().matchAll(/client\.([a-zA-Z]+)(?:\.([a-zA-Z]+))?\(/g);
    const methods = new Set(
      [...calls].map(([, family = '', name]) => (name ? `${family}.${name}` : family)),
    );

    const unknown = [...methods].filter((method) => !(method in scopeOfMethod));
    expect(unknown).toEqual([]);
  });
});
