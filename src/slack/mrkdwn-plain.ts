// Slack sends message text as mrkdwn: `&`, `<` and `>` escaped, and mentions, channels and
// links inside angle brackets. A ticket description wants what people saw instead.

const token = /<([^<>]*)>/g;
const userToken = /<@([UW][A-Z0-9]+)(?:\|[^<>]*)?>/g;

/** Undoes Slack's three escapes; `&amp;` last so `&amp;lt;` stays `&lt;`. */
export function unescapeMrkdwn(text: string): string {
  return text.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&amp;/g, '&');
}

function plainToken(inner: string, names: Map<string, string>): string {
  const bar = inner.indexOf('|');
  const target = bar === -1 ? inner : inner.slice(0, bar);
  const label = bar === -1 ? null : unescapeMrkdwn(inner.slice(bar + 1));

  if (target.startsWith('@')) {
    const id = target.slice(1);
    return `@${names.get(id) ?? label ?? id}`;
  }
  if (target.startsWith('#')) return `#${label ?? target.slice(1)}`;
  if (target.startsWith('!')) {
    // `<!here>`, `<!channel>`, `<!subteam^S1|@team>`, `<!date^…|fallback>`.
    return label ?? `@${target.slice(1).split('^')[0]}`;
  }
  const url = unescapeMrkdwn(target);
  return label && label !== url ? `${label} (${url})` : url;
}

/**
 * Turns Slack message text into plain text: escapes undone, `<@U…>` as `@name` (the id when
 * `userName` does not know it), `<#C…|name>` as `#name`, `<url|label>` as `label (url)`.
 */
export async function mrkdwnToPlain(
  text: string,
  userName: (userId: string) => Promise<string | null>,
): Promise<string> {
  const ids = [...new Set([...text.matchAll(userToken)].map((match) => match[1] ?? ''))];
  const found = await Promise.all(ids.map(async (id) => [id, await userName(id)] as const));
  const names = new Map(found.flatMap(([id, name]) => (name ? [[id, name] as const] : [])));

  let plain = '';
  let last = 0;
  for (const match of text.matchAll(token)) {
    plain += unescapeMrkdwn(text.slice(last, match.index)) + plainToken(match[1] ?? '', names);
    last = match.index + match[0].length;
  }
  return plain + unescapeMrkdwn(text.slice(last));
}
