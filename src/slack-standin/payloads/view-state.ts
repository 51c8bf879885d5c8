import { isRecord } from '../validate/report.js';

/** An option given by value, or in full as `{text, value}`. */
export type OptionInput = string | { text: string | Record<string, unknown>; value: string };

/** What a user entered in one element; `null` means left empty. */
export type InputValue = OptionInput | OptionInput[] | number | null;

/**
 * Values a user entered, keyed by `block_id` (or `block_id.action_id` when a block holds
 * several elements). Blocks left out keep their initial value, or come back empty.
 */
export type InputValues = Record<string, InputValue>;

type Shape = 'value' | 'option' | 'options' | 'single' | 'multi';

/** How each element reports its state, and the key Slack puts it under. */
const stateKeys: Record<string, { key: string; shape: Shape; initial: string }> = {
  plain_text_input: { key: 'value', shape: 'value', initial: 'initial_value' },
  number_input: { key: 'value', shape: 'value', initial: 'initial_value' },
  email_text_input: { key: 'value', shape: 'value', initial: 'initial_value' },
  url_text_input: { key: 'value', shape: 'value', initial: 'initial_value' },
  static_select: { key: 'selected_option', shape: 'option', initial: 'initial_option' },
  external_select: { key: 'selected_option', shape: 'option', initial: 'initial_option' },
  radio_buttons: { key: 'selected_option', shape: 'option', initial: 'initial_option' },
  multi_static_select: { key: 'selected_options', shape: 'options', initial: 'initial_options' },
  multi_external_select: { key: 'selected_options', shape: 'options', initial: 'initial_options' },
  checkboxes: { key: 'selected_options', shape: 'options', initial: 'initial_options' },
  users_select: { key: 'selected_user', shape: 'single', initial: 'initial_user' },
  multi_users_select: { key: 'selected_users', shape: 'multi', initial: 'initial_users' },
  conversations_select: {
    key: 'selected_conversation',
    shape: 'single',
    initial: 'initial_conversation',
  },
  multi_conversations_select: {
    key: 'selected_conversations',
    shape: 'multi',
    initial: 'initial_conversations',
  },
  channels_select: { key: 'selected_channel', shape: 'single', initial: 'initial_channel' },
  multi_channels_select: { key: 'selected_channels', shape: 'multi', initial: 'initial_channels' },
  datepicker: { key: 'selected_date', shape: 'single', initial: 'initial_date' },
  timepicker: { key: 'selected_time', shape: 'single', initial: 'initial_time' },
  datetimepicker: { key: 'selected_date_time', shape: 'single', initial: 'initial_date_time' },
};

function plainText(text: string): Record<string, unknown> {
  return { type: 'plain_text', text, emoji: true };
}

function knownOptions(element: Record<string, unknown>): Record<string, unknown>[] {
  const direct = Array.isArray(element.options) ? element.options : [];
  const groups = Array.isArray(element.option_groups) ? element.option_groups : [];
  const grouped = groups.flatMap((group) =>
    isRecord(group) && Array.isArray(group.options) ? group.options : [],
  );
  return [...direct, ...grouped].filter(isRecord);
}

/** Resolves an option by value against the element's own options, as the client would. */
function asOption(input: unknown, element: Record<string, unknown>): unknown {
  if (isRecord(input)) {
    const label = typeof input.text === 'string' ? plainText(input.text) : input.text;
    return { text: label, value: input.value };
  }
  const value = String(input);
  const known = knownOptions(element).find((option) => option.value === value);
  return known ? { text: known.text, value } : { text: plainText(value), value };
}

function asStateValue(shape: Shape, input: unknown, element: Record<string, unknown>): unknown {
  const list = input === null || input === undefined ? [] : [input].flat();
  switch (shape) {
    case 'value':
      return input === null || input === undefined ? null : String(input);
    case 'option':
      return input === null || input === undefined ? null : asOption(input, element);
    case 'options':
      return list.map((item) => asOption(item, element));
    case 'single':
      return input ?? null;
    case 'multi':
      return list;
  }
}

function stateOf(element: Record<string, unknown>, given: unknown): Record<string, unknown> {
  const type = String(element.type);
  const rule = stateKeys[type];
  if (!rule) return { type };

  // A value the caller shaped like Slack's own state entry is passed through untouched.
  if (isRecord(given) && given.type === type) return given;
  const input = given === undefined ? element[rule.initial] : given;
  return { type, [rule.key]: asStateValue(rule.shape, input, element) };
}

function elementsOf(block: Record<string, unknown>): Record<string, unknown>[] {
  const candidates = [
    block.element,
    block.accessory,
    ...(Array.isArray(block.elements) ? block.elements : []),
  ];
  return candidates.filter(
    (element): element is Record<string, unknown> =>
      isRecord(element) &&
      typeof element.action_id === 'string' &&
      typeof element.type === 'string' &&
      Object.hasOwn(stateKeys, element.type),
  );
}

/** Builds `view.state.values` from a view's blocks and what the user entered. */
export function buildStateValues(
  blocks: readonly unknown[],
  values: InputValues = {},
): Record<string, Record<string, unknown>> {
  const state: Record<string, Record<string, unknown>> = {};
  for (const block of blocks) {
    if (!isRecord(block) || typeof block.block_id !== 'string') continue;

    const elements = elementsOf(block);
    for (const element of elements) {
      const key = `${block.block_id}.${String(element.action_id)}`;
      const given = key in values ? values[key] : values[block.block_id];
      const entries = state[block.block_id] ?? {};
      entries[String(element.action_id)] = stateOf(element, given);
      state[block.block_id] = entries;
    }
  }
  return state;
}
