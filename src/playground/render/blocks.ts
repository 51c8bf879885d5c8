import { nameOf, type RenderContext } from './context.js';
import { renderElement, renderImageElement } from './elements.js';
import { arrayField, escapeHtml, field, stringField, tag } from './html.js';
import { renderPlain } from './mrkdwn.js';
import { plainOf, renderText, renderUnsupported } from './text.js';

type BlockRenderer = (block: unknown, blockId: string, context: RenderContext) => string;

function names(context: RenderContext) {
  return (id: string) => nameOf(context, id);
}

function renderHeader(block: unknown): string {
  return `<h3 class="bk-header">${renderPlain(plainOf(field(block, 'text')))}</h3>`;
}

function renderSection(block: unknown, blockId: string, context: RenderContext): string {
  const text = field(block, 'text');
  const fields = arrayField(block, 'fields');
  const accessory = field(block, 'accessory');

  const body = text ? `<div class="bk-text">${renderText(text, names(context))}</div>` : '';
  const cells = fields.map((item) =>
    tag('div', { class: 'bk-field' }, renderText(item, names(context))),
  );
  const grid = cells.length ? tag('div', { class: 'bk-fields' }, cells.join('')) : '';
  const side = accessory
    ? tag(
        'div',
        { class: 'bk-accessory' },
        renderElement(accessory, { blockId, dispatch: true }, context),
      )
    : '';
  return `<div class="bk-section-body">${body}${grid}</div>${side}`;
}

function renderContext(block: unknown, _blockId: string, context: RenderContext): string {
  const parts = arrayField(block, 'elements').map((element) => {
    const type = stringField(element, 'type');
    if (type === 'image') return renderImageElement(element);
    if (type === 'mrkdwn' || type === 'plain_text') {
      return `<span>${renderText(element, names(context))}</span>`;
    }
    return renderUnsupported('element', type ?? 'missing type');
  });
  return parts.join(' ');
}

function renderActions(block: unknown, blockId: string, context: RenderContext): string {
  return arrayField(block, 'elements')
    .map((element) => renderElement(element, { blockId, dispatch: true }, context))
    .join('');
}

function renderInput(block: unknown, blockId: string, context: RenderContext): string {
  const optional = field(block, 'optional') === true;
  const dispatch = field(block, 'dispatch_action') === true;
  const hint = field(block, 'hint');

  const marker = optional ? ' <span class="bk-optional">(optional)</span>' : '';
  const label = tag(
    'label',
    { class: 'bk-label' },
    renderPlain(plainOf(field(block, 'label'))) + marker,
  );
  const element = renderElement(field(block, 'element'), { blockId, dispatch }, context);
  const hintHtml = hint ? tag('div', { class: 'bk-hint' }, renderText(hint, names(context))) : '';
  const error = tag('div', {
    class: 'bk-error',
    'data-error-for': blockId,
    role: 'alert',
    hidden: true,
  });
  return `${label}${element}${hintHtml}${error}`;
}

function renderImageBlock(block: unknown): string {
  const title = plainOf(field(block, 'title'));
  const alt = renderImageElement(block);
  return title ? `<div class="bk-image-title">${escapeHtml(title)}</div>${alt}` : alt;
}

function renderRichElement(element: unknown, context: RenderContext): string {
  const type = stringField(element, 'type');
  if (type === 'text') return escapeHtml(stringField(element, 'text') ?? '').replace(/\n/g, '<br>');
  if (type === 'link') {
    const url = stringField(element, 'url') ?? '#';
    const text = stringField(element, 'text') ?? url;
    const href = /^https?:/i.test(url) ? url : '#';
    return tag('a', { href, target: '_blank', rel: 'noreferrer' }, escapeHtml(text));
  }
  if (type === 'user') {
    const id = stringField(element, 'user_id') ?? '';
    return `<span class="mention">@${escapeHtml(nameOf(context, id) ?? id)}</span>`;
  }
  if (type === 'channel')
    return `<span class="mention">#${escapeHtml(stringField(element, 'channel_id') ?? '')}</span>`;
  if (type === 'emoji') return renderPlain(`:${stringField(element, 'name') ?? ''}:`);
  return renderUnsupported('element', type ?? 'missing type');
}

// rich_text is what Slack makes of a person's typed message; sections and lists cover it.
function renderRichText(block: unknown, _blockId: string, context: RenderContext): string {
  return arrayField(block, 'elements')
    .map((part) => {
      const type = stringField(part, 'type');
      const inner = arrayField(part, 'elements').map((element) =>
        renderRichElement(element, context),
      );
      if (type === 'rich_text_section') return `<div>${inner.join('')}</div>`;
      if (type === 'rich_text_preformatted') return `<pre>${inner.join('')}</pre>`;
      if (type === 'rich_text_quote') return `<blockquote>${inner.join('')}</blockquote>`;
      if (type === 'rich_text_list') {
        const items = arrayField(part, 'elements').map(
          (item) => `<li>${renderRichText(item, '', context)}</li>`,
        );
        return `<ul>${items.join('')}</ul>`;
      }
      return renderUnsupported('element', type ?? 'missing type');
    })
    .join('');
}

const renderers: Record<string, BlockRenderer> = {
  header: renderHeader,
  section: renderSection,
  divider: () => '<hr>',
  context: renderContext,
  actions: renderActions,
  input: renderInput,
  image: renderImageBlock,
  rich_text: renderRichText,
};

/**
 * Renders one block. Blocks without a `block_id` get `fallbackId`; the same id must be used
 * when the page reports its state back, so callers pass the one they normalised the view with.
 */
export function renderBlock(block: unknown, fallbackId: string, context: RenderContext): string {
  const type = stringField(block, 'type') ?? 'missing type';
  const blockId = stringField(block, 'block_id') ?? fallbackId;
  const renderer = renderers[type];
  const inner = renderer ? renderer(block, blockId, context) : renderUnsupported('block', type);
  const attributes = {
    class: `bk-block bk-${type}`,
    'data-block-type': type,
    'data-block-id': blockId,
  };
  return tag('div', attributes, inner);
}

/** Renders a list of blocks in order; unknown ones become visible "unsupported" boxes. */
export function renderBlocks(blocks: unknown[], context: RenderContext): string {
  return blocks.map((block, index) => renderBlock(block, `block-${index}`, context)).join('');
}
