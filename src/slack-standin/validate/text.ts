import { asObject, type BlockError, checkString } from './report.js';

interface TextRule {
  max: number;
  /** Header, labels, button text and modal titles take plain_text only. */
  plainOnly?: boolean;
  required?: boolean;
}

/** Checks a composition text object (`{type: 'plain_text' | 'mrkdwn', text}`) at `at/key`. */
export function checkTextField(
  errors: BlockError[],
  parent: Record<string, unknown>,
  key: string,
  at: string,
  rule: TextRule,
): void {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (rule.required) errors.push({ reason: `missing required field: ${key}`, pointer: at });
    return;
  }
  checkTextObject(errors, value, `${at}/${key}`, rule);
}

/** Checks one text object found at `pointer`. */
export function checkTextObject(
  errors: BlockError[],
  value: unknown,
  pointer: string,
  rule: TextRule,
): void {
  const text = asObject(errors, value, pointer);
  if (!text) return;

  const allowed = rule.plainOnly ? ['plain_text'] : ['plain_text', 'mrkdwn'];
  if (typeof text.type !== 'string') {
    errors.push({ reason: 'missing required field: type', pointer });
  } else if (!allowed.includes(text.type)) {
    errors.push({ reason: `unsupported type: ${text.type}`, pointer: `${pointer}/type` });
  }
  checkString(errors, text, 'text', pointer, { max: rule.max, min: 1, required: true });
}
