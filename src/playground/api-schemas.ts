import { z } from 'zod';

const userId = z.string().regex(/^[UW][A-Z0-9]+$/);
const option = z.object({
  text: z.union([z.string(), z.record(z.string(), z.unknown())]),
  value: z.string(),
});

/** One element's input: text or a date or user id, an option, options, or null when empty. */
const inputValue = z.union([z.string(), option, z.array(option), z.null()]);

/** What the page has typed and picked, keyed `block_id.action_id`. */
export const stateValues = z.record(z.string(), inputValue);

export const messageRequest = z.object({
  user: userId,
  channel: z.string().min(1),
  text: z.string().min(1).max(4000),
});

export const actionRequest = z.object({
  user: userId,
  surface: z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('view'), viewId: z.string() }),
    z.object({ kind: z.literal('message'), channel: z.string(), ts: z.string() }),
  ]),
  actionId: z.string(),
  blockId: z.string(),
  value: inputValue,
  values: stateValues,
});

export const suggestRequest = z.object({
  user: userId,
  viewId: z.string(),
  actionId: z.string(),
  value: z.string().max(200),
  values: stateValues,
});

export const submitRequest = z.object({ user: userId, viewId: z.string(), values: stateValues });

export const closeRequest = z.object({ user: userId, viewId: z.string() });

export const homeRequest = z.object({ user: userId });

export const shortcutRequest = z.object({
  user: userId,
  callbackId: z.string(),
  channel: z.string(),
  ts: z.string(),
});

const suggestedOption = z.looseObject({
  text: z.looseObject({ text: z.string() }),
  value: z.string(),
});

/** The app's answer to a block_suggestion: options, or option groups. */
export const suggestionAnswer = z.object({
  options: z.array(suggestedOption).optional(),
  option_groups: z
    .array(
      z.object({ label: z.looseObject({ text: z.string() }), options: z.array(suggestedOption) }),
    )
    .optional(),
});

/** The app's acknowledgement of a view_submission, as far as the page acts on it. */
export const submissionAck = z.union([
  z.object({ response_action: z.literal('errors'), errors: z.record(z.string(), z.string()) }),
  z.object({ response_action: z.enum(['update', 'push']), view: z.looseObject({}) }),
  z.object({ response_action: z.literal('clear') }),
  z.looseObject({}),
]);
