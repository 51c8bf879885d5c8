import type { OdooEngine } from './engine.js';
import type { FieldType } from './types.js';
import { isEmpty } from './values.js';

type Test = (value: unknown) => boolean;

const NEGATIONS: Record<string, string> = {
  '!=': '=',
  '<>': '=',
  'not in': 'in',
  'not like': 'like',
  'not ilike': 'ilike',
};

/** A predicate for one condition on one field's read value (ids for relations). */
export function leafTest(
  engine: OdooEngine,
  type: FieldType,
  relation: string | undefined,
  operator: string,
  value: unknown,
): Test {
  const positive = NEGATIONS[operator];
  if (positive) {
    const test = leafTest(engine, type, relation, positive, value);
    return (v) => !test(v);
  }
  if (operator === '=?') {
    return isEmpty(value) ? () => true : leafTest(engine, type, relation, '=', value);
  }
  if (operator === 'child_of' || operator === 'parent_of') {
    return leafTest(engine, type, relation, 'in', value);
  }
  const relational = type === 'many2one' || type === 'one2many' || type === 'many2many';
  if (relational && relation && (typeof value === 'string' || operator.includes('like'))) {
    return nameTest(engine, relation, operator, value);
  }
  if (operator === '=') return (v) => valuesOf(v).some((item) => same(item, value, type));
  if (operator === 'in') {
    const options = Array.isArray(value) ? value : [value];
    return (v) => valuesOf(v).some((item) => options.some((option) => same(item, option, type)));
  }
  if (operator.includes('like')) return likeTest(operator, value);
  return compareTest(operator, value);
}

/** The values a field holds, for "any of them matches"; an empty one holds `false`. */
function valuesOf(value: unknown): unknown[] {
  if (Array.isArray(value)) return value.length > 0 ? value : [false];
  return [value];
}

function same(item: unknown, wanted: unknown, type: FieldType): boolean {
  if (type === 'boolean') return Boolean(item) === Boolean(wanted);
  if (isEmpty(wanted)) return isEmpty(item);
  if (isEmpty(item)) return false;
  if (typeof item === 'number' || typeof wanted === 'number')
    return Number(item) === Number(wanted);
  return item === wanted;
}

function compareTest(operator: string, wanted: unknown): Test {
  return (value) => {
    if (isEmpty(value) || isEmpty(wanted)) return false;
    const [a, b] =
      typeof value === 'number' ? [value, Number(wanted)] : [String(value), String(wanted)];
    switch (operator) {
      case '<':
        return a < b;
      case '<=':
        return a <= b;
      case '>':
        return a > b;
      default:
        return a >= b;
    }
  };
}

function likeTest(operator: string, wanted: unknown): Test {
  const insensitive = operator.includes('ilike');
  const pattern = String(wanted === false || wanted === null ? '' : wanted);
  const regex = operator.startsWith('=')
    ? sqlPattern(pattern, insensitive)
    : new RegExp(escapeRegex(pattern), insensitive ? 'i' : '');
  return (value) => valuesOf(value).some((v) => !isEmpty(v) && regex.test(String(v)));
}

function sqlPattern(pattern: string, insensitive: boolean): RegExp {
  const body = [...pattern]
    .map((char) => (char === '%' ? '.*' : char === '_' ? '.' : escapeRegex(char)))
    .join('');
  return new RegExp(`^${body}$`, insensitive ? 'is' : 's');
}

function escapeRegex(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** A relational field compared with text: Odoo matches the related records' display names. */
function nameTest(engine: OdooEngine, relation: string, operator: string, wanted: unknown): Test {
  const textTest =
    operator === '=' || operator === 'in' ? exactNames(wanted) : likeTest(operator, wanted);
  return (value) =>
    valuesOf(value).some((id) => {
      if (typeof id !== 'number') return false;
      return textTest(engine.displayName(relation, id));
    });
}

function exactNames(wanted: unknown): Test {
  const names = Array.isArray(wanted) ? wanted : [wanted];
  return (value) => names.includes(value);
}
