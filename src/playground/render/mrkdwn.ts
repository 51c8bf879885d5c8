import { escapeHtml } from './html.js';

// A few shortcodes as symbols every system font has (coloured by CSS), so they read the same
// on a machine without an emoji font; any other shortcode stays as its `:name:` text.
const emoji: Record<string, { symbol: string; tone: string }> = {
  red_circle: { symbol: '●', tone: 'red' },
  large_red_circle: { symbol: '●', tone: 'red' },
  large_yellow_circle: { symbol: '●', tone: 'yellow' },
  large_orange_circle: { symbol: '●', tone: 'yellow' },
  large_green_circle: { symbol: '●', tone: 'green' },
  large_blue_circle: { symbol: '●', tone: 'blue' },
  white_circle: { symbol: '○', tone: 'grey' },
  white_check_mark: { symbol: '✔', tone: 'green' },
  heavy_check_mark: { symbol: '✔', tone: 'green' },
  x: { symbol: '✖', tone: 'red' },
  warning: { symbol: '⚠', tone: 'yellow' },
  information_source: { symbol: 'ℹ', tone: 'blue' },
};

/** HTML for a shortcode: a mapped symbol, or the escaped `:name:` text. */
export function emojiHtml(name: string): string {
  const found = emoji[name];
  if (!found) return escapeHtml(`:${name}:`);
  return `<span class="emoji ${found.tone}" title=":${escapeHtml(name)}:">${found.symbol}</span>`;
}

/** Undoes Slack's three escapes; Slack escapes only `&`, `<` and `>` in message text. */
export function unescapeSlack(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function renderAngle(inner: string, names: (id: string) => string | undefined): string {
  const [target = '', label] = splitOnce(inner, '|');

  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `<span class="mention">@${escapeHtml(label ?? names(id) ?? id)}</span>`;
  }
  if (target.startsWith('#')) {
    return `<span class="mention">#${escapeHtml(label ?? target.slice(1))}</span>`;
  }
  if (target.startsWith('!')) {
    const special = target.slice(1).split('^')[0] ?? '';
    return `<span class="mention">${escapeHtml(label ?? `@${special}`)}</span>`;
  }

  const url = unescapeSlack(target);
  const safe = /^(https?:|mailto:)/i.test(url) ? url : '#';
  const text = label === undefined ? url : unescapeSlack(label);
  return `<a href="${escapeHtml(safe)}" target="_blank" rel="noreferrer">${escapeHtml(text)}</a>`;
}

function splitOnce(text: string, separator: string): [string, string | undefined] {
  const at = text.indexOf(separator);
  return at < 0 ? [text, undefined] : [text.slice(0, at), text.slice(at + 1)];
}

// Tokens hide finished HTML behind a private-use character while the rest is formatted.
// Slack only formats when the marker sits at a word edge, so `a*b*c` stays as typed.
const edgeBefore = '(^|[\\s(>\\uE000])';
const edgeAfter = '(?=$|[\\s.,;:!?)<\\uE000])';

function wrap(html: string, marker: string, tag: string): string {
  const m = `\\${marker}`;
  const pattern = new RegExp(
    `${edgeBefore}${m}([^\\s${m}](?:[^${m}\\n]*?[^\\s${m}])?)${m}${edgeAfter}`,
    'g',
  );
  return html.replace(pattern, `$1<${tag}>$2</${tag}>`);
}

function formatInline(text: string, names: (id: string) => string | undefined): string {
  const tokens: string[] = [];
  const keep = (html: string) => `\uE000${tokens.push(html) - 1}\uE000`;

  let html = text.replace(/`([^`\n]+)`/g, (_all, code: string) =>
    keep(`<code>${escapeHtml(unescapeSlack(code))}</code>`),
  );
  html = html.replace(/<([^<>\n]+)>/g, (_all, inner: string) => keep(renderAngle(inner, names)));
  html = escapeHtml(unescapeSlack(html));
  html = wrap(html, '*', 'strong');
  html = wrap(html, '_', 'em');
  html = wrap(html, '~', 'del');
  html = html.replace(/:([a-z0-9_+-]+):/g, (_all, name: string) => keep(emojiHtml(name)));
  return html.replace(/\uE000(\d+)\uE000/g, (_all, index: string) => tokens[Number(index)] ?? '');
}

function formatLines(text: string, names: (id: string) => string | undefined): string {
  const out: string[] = [];
  let quote: string[] = [];

  const flushQuote = () => {
    if (quote.length > 0) out.push(`<blockquote>${quote.join('<br>')}</blockquote>`);
    quote = [];
  };

  for (const line of text.split('\n')) {
    const quoted = /^(&gt;|>)\s?(.*)$/.exec(line);
    if (quoted) {
      quote.push(formatInline(quoted[2] ?? '', names));
      continue;
    }
    flushQuote();
    out.push(formatInline(line, names));
  }
  flushQuote();
  return out.join('<br>').replace(/<\/blockquote><br>/g, '</blockquote>');
}

/** Renders Slack mrkdwn as HTML: bold, italic, strike, code, quotes, links, mentions, emoji. */
export function renderMrkdwn(
  text: string,
  names: (id: string) => string | undefined = () => undefined,
): string {
  const parts = text.split(/```/);
  return parts
    .map((part, index) => {
      if (index % 2 === 1 && index < parts.length - 1) {
        return `<pre>${escapeHtml(unescapeSlack(part.replace(/^\n/, '')))}</pre>`;
      }
      const plain = index % 2 === 1 ? `\`\`\`${part}` : part;
      return formatLines(plain, names);
    })
    .join('');
}

/** Renders a plain_text object's text: escaped, shortcodes mapped when `emoji` is not false. */
export function renderPlain(text: string, withEmoji = true): string {
  const html = escapeHtml(text);
  if (!withEmoji) return html;
  return html.replace(/:([a-z0-9_+-]+):/g, (_all, name: string) => emojiHtml(name));
}
