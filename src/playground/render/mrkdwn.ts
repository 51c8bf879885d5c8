import { escapeHtml } from './html.js';

// A few shortcodes the app is likely to use; any other stays as its `:name:` text.
const emoji: Record<string, string> = {
  white_check_mark: '✅',
  heavy_check_mark: '✔️',
  warning: '⚠️',
  x: '❌',
  red_circle: '🔴',
  large_yellow_circle: '🟡',
  large_green_circle: '🟢',
  large_blue_circle: '🔵',
  white_circle: '⚪',
  hourglass: '⌛',
  hourglass_flowing_sand: '⏳',
  clock3: '🕒',
  stopwatch: '⏱️',
  moneybag: '💰',
  bar_chart: '📊',
  chart_with_upwards_trend: '📈',
  chart_with_downwards_trend: '📉',
  ticket: '🎫',
  memo: '📝',
  calendar: '📆',
  date: '📅',
  link: '🔗',
  lock: '🔒',
  arrows_counterclockwise: '🔄',
  information_source: 'ℹ️',
  rotating_light: '🚨',
  tada: '🎉',
  wave: '👋',
  bust_in_silhouette: '👤',
  page_facing_up: '📄',
  inbox_tray: '📥',
  outbox_tray: '📤',
  no_entry: '⛔',
  no_entry_sign: '🚫',
};

/** The character for a shortcode name, or the shortcode itself when it is not mapped. */
export function emojiFor(name: string): string {
  return emoji[name] ?? `:${name}:`;
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
  html = html.replace(/:([a-z0-9_+-]+):/g, (_all, name: string) => escapeHtml(emojiFor(name)));
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
  return html.replace(/:([a-z0-9_+-]+):/g, (_all, name: string) => escapeHtml(emojiFor(name)));
}
