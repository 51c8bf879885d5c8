import { validateBlocks } from './blocks.js';
import { asObject, type BlockError, checkString, isRecord } from './report.js';
import { checkTextField } from './text.js';

/** Largest view payload Slack takes (250 kB); above it views.* answer `view_too_large`. */
export const maxViewBytes = 250_000;

/** True when the serialised view is over Slack's 250 kB limit. */
export function isViewTooLarge(view: unknown): boolean {
  // TextEncoder rather than Buffer, so the validator also runs in a browser page.
  return new TextEncoder().encode(JSON.stringify(view) ?? '').length > maxViewBytes;
}

function hasInputBlock(blocks: unknown): boolean {
  return Array.isArray(blocks) && blocks.some((block) => isRecord(block) && block.type === 'input');
}

function checkModal(errors: BlockError[], view: Record<string, unknown>, at: string): void {
  const rule = { max: 24, plainOnly: true };
  checkTextField(errors, view, 'title', at, { ...rule, required: true });
  checkTextField(errors, view, 'close', at, rule);
  checkTextField(errors, view, 'submit', at, rule);

  // Slack refuses a modal whose inputs could never be submitted.
  if ((view.submit === undefined || view.submit === null) && hasInputBlock(view.blocks)) {
    errors.push({ reason: 'missing required field: submit', pointer: at });
  }
}

/**
 * Lists what Slack would refuse in a modal or Home tab view, with pointers under `/view`.
 * The 250 kB size limit is a separate error (`view_too_large`), see `isViewTooLarge`.
 */
export function validateView(value: unknown, at = '/view'): BlockError[] {
  const errors: BlockError[] = [];
  const view = asObject(errors, value, at);
  if (!view) return errors;

  const type = view.type;
  if (type === 'modal') {
    checkModal(errors, view, at);
  } else if (type !== 'home') {
    const reason =
      typeof type === 'string' ? `unsupported type: ${type}` : 'missing required field: type';
    errors.push({ reason, pointer: typeof type === 'string' ? `${at}/type` : at });
  }

  checkString(errors, view, 'private_metadata', at, { max: 3000 });
  checkString(errors, view, 'callback_id', at, { max: 255 });
  checkString(errors, view, 'external_id', at, { max: 255 });
  if (view.blocks === undefined) {
    errors.push({ reason: 'missing required field: blocks', pointer: at });
  } else {
    errors.push(...validateBlocks(view.blocks, type === 'home' ? 'home' : 'modal', `${at}/blocks`));
  }
  return errors;
}
