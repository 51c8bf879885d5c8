/** Escapes the three characters mrkdwn treats as markup, so `<!channel>` stays plain text. */
export function escapeMrkdwn(value: string): string {
  return value.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Cuts a string to `max` characters, ending with an ellipsis when something was dropped. */
export function truncate(value: string, max: number): string {
  if (value.length <= max) return value;
  return `${value.slice(0, Math.max(0, max - 1))}…`;
}

/** A mrkdwn link whose label is escaped; falls back to the label alone for an unsafe URL. */
export function mrkdwnLink(url: string | null, label: string): string {
  const text = escapeMrkdwn(label);

  // A `|` or `>` in the URL would end the link early and show the rest as text.
  if (!url || /[|<>\s]/.test(url)) return text;
  return `<${url}|${text}>`;
}
