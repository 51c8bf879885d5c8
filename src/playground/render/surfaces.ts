import type { SlackView } from '../../slack-standin/payloads/view-object.js';
import type { ChatMessage } from '../screen.js';
import { renderBlocks } from './blocks.js';
import { nameOf, type RenderContext } from './context.js';
import { arrayField, escapeHtml, field, tag } from './html.js';
import { renderMrkdwn, renderPlain } from './mrkdwn.js';
import { plainOf } from './text.js';

/** A message shortcut the app declares in its manifest, offered on every message. */
export interface MessageShortcut {
  name: string;
  callbackId: string;
}

// A badge with the file's extension reads the same on every system, unlike a paperclip emoji.
function fileKind(name: string): string {
  const extension = /\.([a-z0-9]{1,5})$/i.exec(name)?.[1];
  return extension ? extension.toUpperCase() : 'FILE';
}

function clockTime(ts: string): string {
  const date = new Date(Number(ts.split('.')[0]) * 1000);
  return date.toISOString().slice(11, 16);
}

function renderShortcutMenu(message: ChatMessage, shortcuts: MessageShortcut[]): string {
  if (shortcuts.length === 0) return '';
  const items = shortcuts.map((s) =>
    tag(
      'button',
      { type: 'button', class: 'shortcut', 'data-callback-id': s.callbackId },
      escapeHtml(s.name),
    ),
  );
  const summary = tag('summary', { title: 'More actions', 'aria-label': 'More actions' }, '⋯');
  return tag('details', { class: 'msg-menu', 'data-ts': message.ts }, summary + items.join(''));
}

/** Renders one message: author, time, blocks (or text when it has none), files, shortcuts. */
export function renderMessage(
  message: ChatMessage,
  context: RenderContext,
  shortcuts: MessageShortcut[],
): string {
  const names = (id: string) => nameOf(context, id);
  const author = message.fromApp
    ? 'Support Wallet'
    : (nameOf(context, message.author) ?? message.author);
  const badge = message.fromApp ? ' <span class="badge">APP</span>' : '';
  const only = message.visibleTo ? ' <span class="only-you">Only visible to you</span>' : '';
  const thread = message.threadTs ? ' <span class="in-thread">in thread</span>' : '';
  const head = tag(
    'header',
    {},
    `<b>${escapeHtml(author)}</b>${badge} <time>${clockTime(message.ts)}</time>${only}${thread}`,
  );

  const body =
    message.blocks.length > 0
      ? renderBlocks(message.blocks, context)
      : tag('div', { class: 'msg-text' }, renderMrkdwn(message.text, names));
  const files = message.files.map((file) => {
    const kind = tag('span', { class: 'file-kind' }, escapeHtml(fileKind(file.name)));
    const href = `/files/${encodeURIComponent(file.id)}`;
    return tag(
      'a',
      { class: 'file', href, download: file.name },
      `${kind} ${escapeHtml(file.name)}`,
    );
  });

  const classes = ['msg', message.visibleTo ? 'ephemeral' : '', message.fromApp ? 'from-app' : '']
    .filter(Boolean)
    .join(' ');
  const attributes = { class: classes, 'data-ts': message.ts, 'data-channel': message.channel };
  return tag(
    'article',
    attributes,
    head + body + files.join('') + renderShortcutMenu(message, shortcuts),
  );
}

/** Renders a modal as a form the page script submits; inputs keep ids the app gave them. */
export function renderModal(view: SlackView, context: RenderContext, depth: number): string {
  const submit = field(view, 'submit');
  const close = field(view, 'close');
  const title = tag('h2', {}, renderPlain(plainOf(field(view, 'title'))));
  const body = tag(
    'div',
    { class: 'modal-body' },
    renderBlocks(arrayField(view, 'blocks'), context),
  );

  const closeButton = tag(
    'button',
    { type: 'button', class: 'modal-close' },
    renderPlain(plainOf(close) || 'Close'),
  );
  const submitButton = submit
    ? tag('button', { type: 'submit', class: 'modal-submit' }, renderPlain(plainOf(submit)))
    : '';
  const footer = tag('footer', {}, closeButton + submitButton);
  const attributes = {
    class: 'modal',
    'data-view-id': view.id,
    'data-hash': view.hash,
    'data-depth': depth,
  };
  return tag('form', attributes, tag('header', {}, title) + body + footer);
}

/** Renders the Home tab, or a note when the app has not published one yet. */
export function renderHome(view: SlackView | undefined, context: RenderContext): string {
  if (!view) return '<p class="empty">The app has not published a Home tab for you yet.</p>';
  const blocks = renderBlocks(arrayField(view, 'blocks'), context);
  return tag(
    'div',
    { class: 'home-view', 'data-view-id': view.id, 'data-hash': view.hash },
    blocks,
  );
}
