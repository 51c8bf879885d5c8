/** Options for {@link pyRepr}. */
export interface ReprOptions {
  /** Print the top-level array as a tuple `(a, b)`, the way Odoo prints domain leaves. */
  tuple?: boolean;
}

function reprString(value: string): string {
  const quote = value.includes("'") && !value.includes('"') ? '"' : "'";
  const escaped = value
    .replace(/\\/g, '\\\\')
    .replace(/\n/g, '\\n')
    .replace(/\r/g, '\\r')
    .replace(/\t/g, '\\t');
  return quote === "'" ? `'${escaped.replace(/'/g, "\\'")}'` : `"${escaped}"`;
}

/** Formats a decoded wire value the way Python's `repr()` shows it in Odoo's messages. */
export function pyRepr(value: unknown, options: ReprOptions = {}): string {
  if (value === null || value === undefined) return 'None';
  if (value === true) return 'True';
  if (value === false) return 'False';
  if (typeof value === 'number') return String(value);
  if (typeof value === 'string') return reprString(value);
  if (Array.isArray(value)) {
    const inner = value.map((item) => pyRepr(item)).join(', ');
    if (!options.tuple) return `[${inner}]`;
    return value.length === 1 ? `(${inner},)` : `(${inner})`;
  }
  if (typeof value === 'object') {
    const entries = Object.entries(value).map(([k, v]) => `${reprString(k)}: ${pyRepr(v)}`);
    return `{${entries.join(', ')}}`;
  }
  return String(value);
}
