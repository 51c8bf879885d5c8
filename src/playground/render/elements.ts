import { nameOf, type RenderContext } from './context.js';
import { arrayField, escapeHtml, field, stringField, tag, voidTag } from './html.js';
import { renderPlain } from './mrkdwn.js';
import { plainOf, renderUnsupported } from './text.js';

/** Where an element sits, which decides its ids and whether changing it sends an action. */
export interface ElementPlace {
  blockId: string;
  /** Selects outside input blocks (or with `dispatch_action`) send block_actions on change. */
  dispatch: boolean;
}

function common(element: unknown, place: ElementPlace, type: string) {
  return {
    'data-type': type,
    'data-action-id': stringField(element, 'action_id') ?? '',
    'data-block-id': place.blockId,
    'data-dispatch': place.dispatch,
  };
}

// The option JSON rides along so the page can send back exactly what Slack would echo.
function optionJson(option: unknown): string {
  return JSON.stringify({ text: field(option, 'text'), value: stringField(option, 'value') ?? '' });
}

function optionTag(option: unknown, selected: boolean): string {
  const value = stringField(option, 'value') ?? '';
  const text = plainOf(field(option, 'text'));
  const description = plainOf(field(option, 'description'));
  const label = description ? `${text} — ${description}` : text;
  return tag('option', { value, 'data-option': optionJson(option), selected }, renderPlain(label));
}

function optionList(element: unknown, isSelected: (value: string) => boolean): string {
  const render = (options: unknown[]) =>
    options
      .map((option) => optionTag(option, isSelected(stringField(option, 'value') ?? '')))
      .join('');

  const groups = arrayField(element, 'option_groups');
  if (groups.length > 0) {
    return groups
      .map((group) => {
        const label = plainOf(field(group, 'label'));
        return tag('optgroup', { label }, render(arrayField(group, 'options')));
      })
      .join('');
  }
  return render(arrayField(element, 'options'));
}

function placeholderOption(element: unknown, fallback: string): string {
  const text = plainOf(field(element, 'placeholder')) || fallback;
  return tag('option', { value: '' }, renderPlain(text));
}

function renderButton(element: unknown, place: ElementPlace): string {
  const style = stringField(element, 'style');
  const confirm = field(element, 'confirm');
  const text = plainOf(field(element, 'text'));
  const attributes = {
    type: 'button',
    class: `bk-button${style ? ` bk-${style}` : ''}`,
    ...common(element, place, 'button'),
    'data-value': stringField(element, 'value'),
    'data-url': stringField(element, 'url'),
    'data-text': text,
    'data-confirm': confirm ? plainOf(field(confirm, 'text')) || 'Are you sure?' : undefined,
  };
  return tag('button', attributes, renderPlain(text));
}

function renderStaticSelect(element: unknown, place: ElementPlace, multi: boolean): string {
  const initial = multi
    ? arrayField(element, 'initial_options').map((option) => stringField(option, 'value'))
    : [stringField(field(element, 'initial_option'), 'value')];
  const type = multi ? 'multi_static_select' : 'static_select';

  const options = optionList(element, (value) => initial.includes(value));
  const placeholder = multi ? '' : placeholderOption(element, 'Select an item');
  const attributes = {
    class: 'bk-select',
    ...common(element, place, type),
    'data-state': true,
    multiple: multi,
  };
  return tag('select', attributes, placeholder + options);
}

function renderExternalSelect(element: unknown, place: ElementPlace): string {
  const initial = field(element, 'initial_option');
  const input = voidTag('input', {
    type: 'text',
    class: 'bk-external-input',
    autocomplete: 'off',
    placeholder: plainOf(field(element, 'placeholder')) || 'Type to search',
    value: initial ? plainOf(field(initial, 'text')) : undefined,
  });

  const attributes = {
    class: 'bk-external',
    ...common(element, place, 'external_select'),
    'data-state': true,
    // Slack asks after three typed characters unless the element says otherwise.
    'data-min-query': String(field(element, 'min_query_length') ?? 3),
    'data-selected': initial ? optionJson(initial) : undefined,
  };
  return tag('div', attributes, `${input}<ul class="bk-suggestions" hidden></ul>`);
}

function renderUsersSelect(element: unknown, place: ElementPlace, context: RenderContext): string {
  const initial = stringField(element, 'initial_user');
  const options = context.users.map((user) => {
    const name = escapeHtml(nameOf(context, user.id) ?? user.name);
    return tag('option', { value: user.id, selected: user.id === initial }, name);
  });

  const attributes = { class: 'bk-select', ...common(element, place, 'users_select') };
  const placeholder = placeholderOption(element, 'Select a user');
  return tag('select', { ...attributes, 'data-state': true }, placeholder + options.join(''));
}

function renderDatepicker(element: unknown, place: ElementPlace): string {
  return voidTag('input', {
    type: 'date',
    class: 'bk-date',
    ...common(element, place, 'datepicker'),
    'data-state': true,
    value: stringField(element, 'initial_date'),
  });
}

function renderTextInput(element: unknown, place: ElementPlace): string {
  const maxLength = field(element, 'max_length');
  const shared = {
    class: 'bk-text-input',
    ...common(element, place, 'plain_text_input'),
    'data-state': true,
    placeholder: plainOf(field(element, 'placeholder')) || undefined,
    maxlength: typeof maxLength === 'number' ? maxLength : undefined,
  };

  const initial = stringField(element, 'initial_value') ?? '';
  if (field(element, 'multiline') === true) {
    return tag('textarea', { ...shared, rows: 4 }, escapeHtml(initial));
  }
  return voidTag('input', { ...shared, type: 'text', value: initial || undefined });
}

function renderOverflow(element: unknown, place: ElementPlace): string {
  const options = optionList(element, () => false);
  const attributes = {
    class: 'bk-overflow',
    title: 'More actions',
    ...common(element, place, 'overflow'),
  };
  return tag(
    'select',
    { ...attributes, 'data-dispatch': true },
    `<option value="">⋯</option>${options}`,
  );
}

/** Image elements render as their alt text; the playground fetches nothing from outside. */
export function renderImageElement(element: unknown): string {
  const alt = stringField(element, 'alt_text') ?? 'image';
  return tag('span', { class: 'bk-image' }, `[image: ${escapeHtml(alt)}]`);
}

/** Renders one interactive or image element as HTML the page script can drive. */
export function renderElement(
  element: unknown,
  place: ElementPlace,
  context: RenderContext,
): string {
  const type = stringField(element, 'type') ?? 'missing type';
  switch (type) {
    case 'button':
      return renderButton(element, place);
    case 'static_select':
      return renderStaticSelect(element, place, false);
    case 'multi_static_select':
      return renderStaticSelect(element, place, true);
    case 'external_select':
      return renderExternalSelect(element, place);
    case 'users_select':
      return renderUsersSelect(element, place, context);
    case 'datepicker':
      return renderDatepicker(element, place);
    case 'plain_text_input':
      return renderTextInput(element, place);
    case 'overflow':
      return renderOverflow(element, place);
    case 'image':
      return renderImageElement(element);
    default:
      return renderUnsupported('element', type);
  }
}
