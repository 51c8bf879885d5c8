import { field } from './render/html.js';

// The Web API client form-encodes objects (`blocks`, `view`, `files`) as JSON strings; a
// recorded call may carry either the string or the parsed value.
function parsed(value: unknown): unknown {
  if (typeof value !== 'string') return value;
  try {
    return JSON.parse(value);
  } catch {
    return undefined;
  }
}

/** An object argument of a recorded Web API call, parsed when it arrived as JSON text. */
export function objectArg(args: unknown, key: string): unknown {
  return parsed(field(args, key));
}

/** An array argument of a recorded Web API call, parsed when it arrived as JSON text. */
export function arrayArg(args: unknown, key: string): unknown[] {
  const value = parsed(field(args, key));
  return Array.isArray(value) ? value : [];
}

/** A boolean flag that may arrive as `true` or as the form string `"true"`. */
export function flagArg(args: unknown, key: string): boolean {
  const value = field(args, key);
  return value === true || value === 'true';
}
