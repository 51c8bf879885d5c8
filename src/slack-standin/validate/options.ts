import { asObject, type BlockError, checkArray, checkString } from './report.js';
import { checkTextField } from './text.js';

interface OptionRule {
  /** Checkboxes and radio buttons accept mrkdwn option text; menus do not. */
  allowMrkdwn?: boolean;
  /** Only overflow menu options carry a `url`. */
  allowUrl?: boolean;
}

/** Checks one option object: text 75, value 150, description 75, url 3000. */
export function checkOption(
  errors: BlockError[],
  value: unknown,
  pointer: string,
  rule: OptionRule = {},
): void {
  const option = asObject(errors, value, pointer);
  if (!option) return;

  const plainOnly = !rule.allowMrkdwn;
  checkTextField(errors, option, 'text', pointer, { max: 75, plainOnly, required: true });
  checkString(errors, option, 'value', pointer, { max: 150, required: !rule.allowUrl });
  checkTextField(errors, option, 'description', pointer, { max: 75, plainOnly });
  if (rule.allowUrl) checkString(errors, option, 'url', pointer, { max: 3000 });
}

/** Checks a list of options under `key`, with the list's own count limit. */
export function checkOptionList(
  errors: BlockError[],
  parent: Record<string, unknown>,
  key: string,
  at: string,
  limits: { max: number; min?: number; required?: boolean },
  rule: OptionRule = {},
): void {
  const options = checkArray(errors, parent, key, at, limits);
  options.forEach((option, index) => {
    checkOption(errors, option, `${at}/${key}/${index}`, rule);
  });
}

/** Static menus need `options` (100) or `option_groups` (100 groups of 100, label 75). */
export function checkMenuOptions(
  errors: BlockError[],
  element: Record<string, unknown>,
  at: string,
): void {
  if (element.options === undefined && element.option_groups === undefined) {
    errors.push({ reason: 'missing required field: options', pointer: at });
    return;
  }

  checkOptionList(errors, element, 'options', at, { max: 100 });
  const groups = checkArray(errors, element, 'option_groups', at, { max: 100 });
  groups.forEach((value, index) => {
    const pointer = `${at}/option_groups/${index}`;
    const group = asObject(errors, value, pointer);
    if (!group) return;

    checkTextField(errors, group, 'label', pointer, { max: 75, plainOnly: true, required: true });
    checkOptionList(errors, group, 'options', pointer, { max: 100, required: true });
  });
}
