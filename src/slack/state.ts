import { z } from 'zod';

/** `view.state.values` as Slack sends it: block_id -> action_id -> element state. */
const stateValues = z.record(z.string(), z.record(z.string(), z.unknown()));

const selectedOption = z.object({
  selected_option: z.object({ value: z.string(), text: z.object({ text: z.string() }) }).nullish(),
});
const selectedOptions = z.object({
  selected_options: z.array(z.object({ value: z.string() })).nullish(),
});
const textValue = z.object({ value: z.string().nullish() });
const dateValue = z.object({ selected_date: z.string().nullish() });
const userValue = z.object({ selected_user: z.string().nullish() });

/** Typed reads of a view's state; a missing block or odd shape reads as empty. */
export interface ViewState {
  option(blockId: string, actionId: string): { value: string; text: string } | null;
  options(blockId: string, actionId: string): string[];
  text(blockId: string, actionId: string): string | null;
  date(blockId: string, actionId: string): string | null;
  user(blockId: string, actionId: string): string | null;
}

/** Wraps the `state` of a view (submission, block action or suggestion payload). */
export function readViewState(state: unknown): ViewState {
  const parsed = z.object({ values: stateValues }).safeParse(state);
  const values = parsed.success ? parsed.data.values : {};
  const element = (blockId: string, actionId: string) => values[blockId]?.[actionId];

  return {
    option: (blockId, actionId) => {
      const read = selectedOption.safeParse(element(blockId, actionId));
      const chosen = read.success ? read.data.selected_option : null;
      return chosen ? { value: chosen.value, text: chosen.text.text } : null;
    },
    options: (blockId, actionId) => {
      const read = selectedOptions.safeParse(element(blockId, actionId));
      return read.success ? (read.data.selected_options ?? []).map((item) => item.value) : [];
    },
    text: (blockId, actionId) => {
      const read = textValue.safeParse(element(blockId, actionId));
      return read.success ? (read.data.value ?? null) : null;
    },
    date: (blockId, actionId) => {
      const read = dateValue.safeParse(element(blockId, actionId));
      return read.success ? (read.data.selected_date ?? null) : null;
    },
    user: (blockId, actionId) => {
      const read = userValue.safeParse(element(blockId, actionId));
      return read.success ? (read.data.selected_user ?? null) : null;
    },
  };
}

/** Turns zod issues into Slack's `errors` map: the first message per input block. */
export function issuesByBlock(
  issues: z.core.$ZodIssue[],
  blockFor: Record<string, string>,
  fallbackBlock: string,
): Record<string, string> {
  const errors: Record<string, string> = {};
  for (const issue of issues) {
    const block = blockFor[String(issue.path[0])] ?? fallbackBlock;
    errors[block] ??= issue.message;
  }
  return errors;
}
