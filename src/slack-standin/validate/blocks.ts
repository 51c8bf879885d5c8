import { checkElement } from './elements.js';
import {
  asObject,
  type BlockError,
  checkArray,
  checkString,
  isRecord,
  type Surface,
} from './report.js';
import { checkTextField, checkTextObject } from './text.js';

type BlockCheck = (errors: BlockError[], block: Record<string, unknown>, at: string) => void;

const menus = [
  'static_select',
  'multi_static_select',
  'external_select',
  'multi_external_select',
  'users_select',
  'multi_users_select',
  'conversations_select',
  'multi_conversations_select',
  'channels_select',
  'multi_channels_select',
];
const pickers = ['datepicker', 'timepicker', 'datetimepicker', 'checkboxes', 'radio_buttons'];
const inputElements = new Set([
  ...menus,
  ...pickers,
  'plain_text_input',
  'number_input',
  'email_text_input',
  'url_text_input',
  'rich_text_input',
  'file_input',
]);
const actionElements = new Set([...menus, ...pickers, 'button', 'overflow', 'workflow_button']);
const accessories = new Set([...actionElements, 'image']);

const section: BlockCheck = (errors, block, at) => {
  if (block.text === undefined && block.fields === undefined) {
    errors.push({ reason: 'must define either `text` or `fields`', pointer: `${at}/type` });
  }
  checkTextField(errors, block, 'text', at, { max: 3000 });

  const fields = checkArray(errors, block, 'fields', at, { max: 10 });
  fields.forEach((field, index) => {
    checkTextObject(errors, field, `${at}/fields/${index}`, { max: 2000 });
  });
  if (block.accessory !== undefined) {
    checkElement(errors, block.accessory, `${at}/accessory`, accessories);
  }
};

const header: BlockCheck = (errors, block, at) => {
  checkTextField(errors, block, 'text', at, { max: 150, plainOnly: true, required: true });
};

const context: BlockCheck = (errors, block, at) => {
  const elements = checkArray(errors, block, 'elements', at, { max: 10, min: 1, required: true });
  elements.forEach((element, index) => {
    const pointer = `${at}/elements/${index}`;
    if (isRecord(element) && element.type === 'image') {
      checkElement(errors, element, pointer);
    } else {
      checkTextObject(errors, element, pointer, { max: 3000 });
    }
  });
};

const actions: BlockCheck = (errors, block, at) => {
  const elements = checkArray(errors, block, 'elements', at, { max: 25, min: 1, required: true });
  elements.forEach((element, index) => {
    checkElement(errors, element, `${at}/elements/${index}`, actionElements);
  });
};

const input: BlockCheck = (errors, block, at) => {
  checkTextField(errors, block, 'label', at, { max: 2000, plainOnly: true, required: true });
  checkTextField(errors, block, 'hint', at, { max: 2000, plainOnly: true });
  if (block.element === undefined) {
    errors.push({ reason: 'missing required field: element', pointer: at });
    return;
  }
  checkElement(errors, block.element, `${at}/element`, inputElements);
};

const image: BlockCheck = (errors, block, at) => {
  checkString(errors, block, 'alt_text', at, { max: 2000, required: true });
  if (block.slack_file === undefined) {
    checkString(errors, block, 'image_url', at, { max: 3000, required: true });
  }
  checkTextField(errors, block, 'title', at, { max: 2000, plainOnly: true });
};

const richText: BlockCheck = (errors, block, at) => {
  checkArray(errors, block, 'elements', at, { max: Number.POSITIVE_INFINITY, required: true });
};

const file: BlockCheck = (errors, block, at) => {
  checkString(errors, block, 'external_id', at, { max: 255, required: true });
  checkString(errors, block, 'source', at, { max: 255, required: true });
};

const video: BlockCheck = (errors, block, at) => {
  checkString(errors, block, 'alt_text', at, { max: 2000, required: true });
  checkTextField(errors, block, 'title', at, { max: 200, plainOnly: true, required: true });
  checkString(errors, block, 'thumbnail_url', at, { max: 3000, required: true });
  checkString(errors, block, 'video_url', at, { max: 3000, required: true });
};

const markdown: BlockCheck = (errors, block, at) => {
  checkString(errors, block, 'text', at, { max: 12000, min: 1, required: true });
};

/** Every block type Slack knows, with the limits each one enforces. */
const blockChecks: Record<string, BlockCheck> = {
  section,
  header,
  divider: () => {},
  context,
  actions,
  input,
  image,
  rich_text: richText,
  file,
  video,
  markdown,
};

/** Most blocks a surface takes: 50 in a message, 100 in a modal or the Home tab. */
export const blockLimits: Record<Surface, number> = { message: 50, modal: 100, home: 100 };

/** Checks one block at `pointer` (e.g. `/blocks/3`). */
function checkBlock(errors: BlockError[], value: unknown, pointer: string): void {
  const block = asObject(errors, value, pointer);
  if (!block) return;

  const type = block.type;
  if (typeof type !== 'string') {
    errors.push({ reason: 'missing required field: type', pointer });
    return;
  }

  const check = blockChecks[type];
  if (!check) {
    errors.push({ reason: `unsupported type: ${type}`, pointer: `${pointer}/type` });
    return;
  }
  checkString(errors, block, 'block_id', pointer, { max: 255 });
  check(errors, block, pointer);
}

/**
 * Lists what Slack would refuse in a block array, with JSON pointers under `at`
 * (`/blocks` for chat.*, `/view/blocks` for views.*). An empty list means Slack accepts it.
 */
export function validateBlocks(blocks: unknown, surface: Surface, at = '/blocks'): BlockError[] {
  const errors: BlockError[] = [];
  if (!Array.isArray(blocks)) {
    errors.push({ reason: 'must provide an array', pointer: at });
    return errors;
  }

  const limit = blockLimits[surface];
  if (blocks.length > limit) {
    errors.push({ reason: `no more than ${limit} items allowed`, pointer: at });
  }
  blocks.forEach((block, index) => {
    checkBlock(errors, block, `${at}/${index}`);
  });
  return errors;
}
