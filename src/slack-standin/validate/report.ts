/** One reason Slack would refuse a payload, with the JSON pointer its answer names. */
export interface BlockError {
  reason: string;
  pointer: string;
}

/** Where blocks are shown; each surface has its own block count limit. */
export type Surface = 'message' | 'modal' | 'home';

/** Narrows remote JSON to an object without trusting its fields. */
export function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

/** The form Slack uses inside `errors` and after `[ERROR] ` in `response_metadata.messages`. */
export function formatBlockError(error: BlockError): string {
  return `${error.reason} [json-pointer:${error.pointer}]`;
}

/** Counts characters as code points, so an emoji counts once like in Slack's own count. */
export function countChars(text: string): number {
  return /[\uD800-\uDFFF]/.test(text) ? Array.from(text).length : text.length;
}

interface StringRule {
  max: number;
  min?: number;
  required?: boolean;
}

/** Checks an optional or required string field against Slack's length limits. */
export function checkString(
  errors: BlockError[],
  parent: Record<string, unknown>,
  key: string,
  at: string,
  rule: StringRule,
): void {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (rule.required) errors.push({ reason: `missing required field: ${key}`, pointer: at });
    return;
  }

  const pointer = `${at}/${key}`;
  if (typeof value !== 'string') {
    errors.push({ reason: 'must provide a string', pointer });
    return;
  }

  const length = countChars(value);
  if (length > rule.max) {
    errors.push({ reason: `must be less than ${rule.max + 1} characters`, pointer });
  } else if (rule.min !== undefined && length < rule.min) {
    errors.push({ reason: `must be more than ${rule.min - 1} characters`, pointer });
  }
}

interface ArrayRule {
  max: number;
  min?: number;
  required?: boolean;
}

/** Checks an array field's type and item count; returns the items to check one by one. */
export function checkArray(
  errors: BlockError[],
  parent: Record<string, unknown>,
  key: string,
  at: string,
  rule: ArrayRule,
): unknown[] {
  const value = parent[key];
  if (value === undefined || value === null) {
    if (rule.required) errors.push({ reason: `missing required field: ${key}`, pointer: at });
    return [];
  }

  const pointer = `${at}/${key}`;
  if (!Array.isArray(value)) {
    errors.push({ reason: 'must provide an array', pointer });
    return [];
  }

  if (value.length > rule.max) {
    errors.push({ reason: `no more than ${rule.max} items allowed`, pointer });
  } else if (rule.min !== undefined && value.length < rule.min) {
    errors.push({ reason: `must provide at least ${rule.min} items`, pointer });
  }
  return value;
}

/** Returns the object at `pointer`, or records why it is not one. */
export function asObject(
  errors: BlockError[],
  value: unknown,
  pointer: string,
): Record<string, unknown> | null {
  if (isRecord(value)) return value;
  errors.push({ reason: 'must provide an object', pointer });
  return null;
}
