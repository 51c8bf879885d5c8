/** Escapes text for use in HTML element content and double-quoted attributes. */
export function escapeHtml(text: string): string {
  return text
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&#39;');
}

export type Attributes = Record<string, string | number | boolean | null | undefined>;

/** Renders `name="value"` pairs, skipping undefined, null and false values. */
export function attrs(values: Attributes): string {
  const pairs: string[] = [];
  for (const [name, value] of Object.entries(values)) {
    if (value === undefined || value === null || value === false) continue;
    pairs.push(value === true ? name : `${name}="${escapeHtml(String(value))}"`);
  }
  return pairs.length > 0 ? ` ${pairs.join(' ')}` : '';
}

/** Reads a property of an untyped object (Block Kit JSON) without casting. */
export function field(value: unknown, key: string): unknown {
  if (typeof value !== 'object' || value === null) return undefined;
  return Reflect.get(value, key);
}

/** A string property, or undefined when absent or not a string. */
export function stringField(value: unknown, key: string): string | undefined {
  const found = field(value, key);
  return typeof found === 'string' ? found : undefined;
}

/** An array property, or an empty array. */
export function arrayField(value: unknown, key: string): unknown[] {
  const found = field(value, key);
  return Array.isArray(found) ? found : [];
}

/** An element with escaped attributes around already-rendered inner HTML. */
export function tag(name: string, attributes: Attributes, inner = ''): string {
  return `<${name}${attrs(attributes)}>${inner}</${name}>`;
}

/** An element without content (`input`, `hr`). */
export function voidTag(name: string, attributes: Attributes): string {
  return `<${name}${attrs(attributes)}>`;
}
