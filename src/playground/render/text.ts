import { escapeHtml, stringField } from './html.js';
import { renderMrkdwn, renderPlain } from './mrkdwn.js';

/** Renders a Block Kit text object (plain_text or mrkdwn); anything else renders as nothing. */
export function renderText(text: unknown, names: (id: string) => string | undefined): string {
  const body = stringField(text, 'text');
  if (body === undefined) return '';
  if (stringField(text, 'type') === 'mrkdwn') return renderMrkdwn(body, names);
  return renderPlain(body);
}

/** The raw string of a text object, for labels and attributes. */
export function plainOf(text: unknown): string {
  return stringField(text, 'text') ?? '';
}

/** A visible box saying what the playground cannot show, so nothing is dropped silently. */
export function renderUnsupported(kind: 'block' | 'element', type: string): string {
  return `<div class="bk-unsupported">unsupported ${kind}: ${escapeHtml(type)}</div>`;
}
