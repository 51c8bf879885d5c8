import { checkMenuOptions, checkOption, checkOptionList } from './options.js';
import { asObject, type BlockError, checkString } from './report.js';
import { checkTextField } from './text.js';

type ElementCheck = (errors: BlockError[], element: Record<string, unknown>, at: string) => void;

const placeholder: ElementCheck = (errors, element, at) => {
  checkTextField(errors, element, 'placeholder', at, { max: 150, plainOnly: true });
};

const externalMenu: ElementCheck = (errors, element, at) => {
  placeholder(errors, element, at);
  if (element.initial_option !== undefined) {
    checkOption(errors, element.initial_option, `${at}/initial_option`);
  }
  checkOptionList(errors, element, 'initial_options', at, { max: 100 });
};

const staticMenu: ElementCheck = (errors, element, at) => {
  externalMenu(errors, element, at);
  checkMenuOptions(errors, element, at);
};

const button: ElementCheck = (errors, element, at) => {
  checkTextField(errors, element, 'text', at, { max: 75, plainOnly: true, required: true });
  checkString(errors, element, 'value', at, { max: 2000 });
  checkString(errors, element, 'url', at, { max: 3000 });
};

const textInput: ElementCheck = (errors, element, at) => {
  placeholder(errors, element, at);
  checkString(errors, element, 'initial_value', at, { max: 3000 });
};

const image: ElementCheck = (errors, element, at) => {
  checkString(errors, element, 'alt_text', at, { max: 2000, required: true });
  if (element.slack_file === undefined) {
    checkString(errors, element, 'image_url', at, { max: 3000, required: true });
  }
};

const choices: ElementCheck = (errors, element, at) => {
  const limits = { max: 10, min: 1, required: true };
  checkOptionList(errors, element, 'options', at, limits, { allowMrkdwn: true });
};

const overflow: ElementCheck = (errors, element, at) => {
  const limits = { max: 5, min: 1, required: true };
  checkOptionList(errors, element, 'options', at, limits, { allowUrl: true });
};

const none: ElementCheck = () => {};

/** Every element type Slack knows, with the limits each one enforces. */
const elementChecks: Record<string, ElementCheck> = {
  button,
  static_select: staticMenu,
  multi_static_select: staticMenu,
  external_select: externalMenu,
  multi_external_select: externalMenu,
  users_select: placeholder,
  multi_users_select: placeholder,
  conversations_select: placeholder,
  multi_conversations_select: placeholder,
  channels_select: placeholder,
  multi_channels_select: placeholder,
  datepicker: placeholder,
  timepicker: placeholder,
  datetimepicker: none,
  plain_text_input: textInput,
  number_input: textInput,
  email_text_input: textInput,
  url_text_input: textInput,
  rich_text_input: placeholder,
  file_input: none,
  checkboxes: choices,
  radio_buttons: choices,
  overflow,
  image,
  workflow_button: button,
};

/** True when Slack knows an element of this type. */
export function isElementType(type: string): boolean {
  return Object.hasOwn(elementChecks, type);
}

/** Checks one block element; `allowed` narrows the types a block accepts at that place. */
export function checkElement(
  errors: BlockError[],
  value: unknown,
  pointer: string,
  allowed: ReadonlySet<string> | null = null,
): void {
  const element = asObject(errors, value, pointer);
  if (!element) return;

  const type = element.type;
  if (typeof type !== 'string') {
    errors.push({ reason: 'missing required field: type', pointer });
    return;
  }

  const check = elementChecks[type];
  if (!check || (allowed && !allowed.has(type))) {
    errors.push({ reason: `unsupported type: ${type}`, pointer: `${pointer}/type` });
    return;
  }

  checkString(errors, element, 'action_id', pointer, { max: 255 });
  check(errors, element, pointer);
}
