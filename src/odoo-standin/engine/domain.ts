import type { OdooEngine } from './engine.js';
import { conditionRepr, valueError } from './fault.js';
import { leafTest } from './leaf-test.js';
import { pyRepr } from './py-repr.js';
import type { Row } from './types.js';

export type DomainNode =
  | { kind: 'and' | 'or'; children: DomainNode[] }
  | { kind: 'not'; child: DomainNode }
  | { kind: 'leaf'; path: string[]; operator: string; value: unknown; raw: unknown[] }
  | { kind: 'const'; value: boolean };

const OPERATORS = new Set([
  '=',
  '!=',
  '<>',
  '<',
  '<=',
  '>',
  '>=',
  '=?',
  '=like',
  '=ilike',
  'like',
  'not like',
  'ilike',
  'not ilike',
  'in',
  'not in',
  'child_of',
  'parent_of',
  'any',
  'not any',
]);

/** Parses a domain as sent over the wire into a tree, checking it the way the version does. */
export function parseDomain(engine: OdooEngine, model: string, domain: unknown): DomainNode {
  if (domain === false || domain === null || domain === undefined) return TRUE;
  if (!Array.isArray(domain))
    throw valueError(`Domain() invalid item in domain: ${pyRepr(domain)}`);

  const stack: DomainNode[] = [];
  for (let i = domain.length - 1; i >= 0; i--) {
    const item: unknown = domain[i];
    if (item === '!') {
      stack.push({ kind: 'not', child: pop(stack) });
    } else if (item === '&' || item === '|') {
      const left = pop(stack);
      const right = pop(stack);
      stack.push({ kind: item === '&' ? 'and' : 'or', children: [left, right] });
    } else {
      stack.push(parseLeaf(engine, model, item));
    }
  }
  stack.reverse();
  return stack.length === 1 ? (stack[0] ?? TRUE) : { kind: 'and', children: stack };
}

const NEGATIVE: Record<string, string> = {
  '!=': '=',
  '<>': '=',
  'not in': 'in',
  'not like': 'like',
  'not ilike': 'ilike',
};

const TRUE: DomainNode = { kind: 'const', value: true };

function pop(stack: DomainNode[]): DomainNode {
  const node = stack.pop();
  if (!node) throw valueError('Domain() malformed domain: missing operand');
  return node;
}

function parseLeaf(engine: OdooEngine, model: string, item: unknown): DomainNode {
  const modern = engine.version === '19.0';
  if (!Array.isArray(item) || item.length !== 3) {
    if (modern) throw valueError(`Domain() invalid item in domain: ${pyRepr(item)}`);
    const size = Array.isArray(item) || typeof item === 'string' ? item.length : 0;
    throw valueError(
      size > 3 ? 'too many values to unpack (expected 3)' : `not enough values to unpack`,
    );
  }
  const [left, rawOperator, value] = item as [unknown, unknown, unknown];
  if (typeof left === 'number') return { kind: 'const', value: left === 1 };

  const operator = typeof rawOperator === 'string' ? rawOperator.toLowerCase() : '';
  const where = modern ? 'condition' : 'leaf';
  if (!OPERATORS.has(operator) || typeof left !== 'string') {
    throw valueError(
      modern
        ? `Invalid operator in condition ${conditionRepr(item)}`
        : `Invalid leaf ${conditionRepr(item)}`,
    );
  }
  const path = left.split('.');
  checkPath(engine, model, path, `in ${where} ${conditionRepr(item)}`);
  return { kind: 'leaf', path, operator, value, raw: item };
}

function checkPath(engine: OdooEngine, model: string, path: string[], suffix: string): void {
  let current = model;
  for (const name of path) {
    const field = engine.spec(current).fields[name];
    if (!field || !Object.hasOwn(engine.spec(current).fields, name)) {
      throw valueError(`Invalid field ${current}.${name} ${suffix}`);
    }
    if (!field.relation || !engine.hasModel(field.relation)) return;
    current = field.relation;
  }
}

/** True when the tree mentions `active` anywhere, which turns the implicit filter off. */
export function mentionsField(node: DomainNode, name: string): boolean {
  switch (node.kind) {
    case 'leaf':
      return node.path[0] === name;
    case 'not':
      return mentionsField(node.child, name);
    case 'and':
    case 'or':
      return node.children.some((child) => mentionsField(child, name));
    default:
      return false;
  }
}

/** Ids a conjunction pins down through an indexed many2one (`= id` or `in ids`), if any. */
export function indexedCandidates(
  engine: OdooEngine,
  model: string,
  node: DomainNode,
): Set<number> | undefined {
  const leaves = node.kind === 'and' ? node.children : [node];
  let best: Set<number> | undefined;
  for (const leaf of leaves) {
    if (leaf.kind !== 'leaf' || leaf.path.length !== 1) continue;
    const name = leaf.path[0] ?? '';
    if (!engine.isStoredMany2one(model, name)) continue;
    const targets = targetIds(leaf.operator, leaf.value);
    if (!targets) continue;
    const found = new Set<number>();
    for (const target of targets) {
      for (const id of engine.table(model).idsWhere(name, target) ?? []) found.add(id);
    }
    if (!best || found.size < best.size) best = found;
  }
  return best;
}

function targetIds(operator: string, value: unknown): number[] | undefined {
  if (operator === '=' && typeof value === 'number') return [value];
  if (operator === 'in' && Array.isArray(value) && value.every((v) => typeof v === 'number')) {
    return value;
  }
  return undefined;
}

/** Compiles the tree into a predicate over the model's rows. */
export function compileDomain(
  engine: OdooEngine,
  model: string,
  node: DomainNode,
): (row: Row) => boolean {
  switch (node.kind) {
    case 'const':
      return () => node.value;
    case 'not': {
      const inner = compileDomain(engine, model, node.child);
      return (row) => !inner(row);
    }
    case 'and': {
      const parts = node.children.map((child) => compileDomain(engine, model, child));
      return (row) => parts.every((part) => part(row));
    }
    case 'or': {
      const parts = node.children.map((child) => compileDomain(engine, model, child));
      return (row) => parts.some((part) => part(row));
    }
    case 'leaf':
      return compileLeaf(engine, model, node.path, node.operator, node.value);
  }
}

function compileLeaf(
  engine: OdooEngine,
  model: string,
  path: string[],
  operator: string,
  value: unknown,
): (row: Row) => boolean {
  const [name = 'id', ...rest] = path;
  const field = engine.spec(model).fields[name];
  const relation = field?.relation;
  if (rest.length > 0 && relation && engine.hasModel(relation)) {
    // Odoo reads a negative condition on a path as "no related record matches".
    const positive = NEGATIVE[operator];
    const inner = compileLeaf(engine, relation, rest, positive ?? operator, value);
    const any = (row: Row) => relatedRows(engine, model, row, name).some(inner);
    return positive ? (row) => !any(row) : any;
  }
  if ((operator === 'any' || operator === 'not any') && relation && engine.hasModel(relation)) {
    const matches = new Set(engine.searchIds(relation, value, { activeTest: false }));
    const any = (row: Row) => relatedIds(engine, model, row, name).some((id) => matches.has(id));
    return operator === 'any' ? any : (row) => !any(row);
  }
  const test = leafTest(engine, field?.type ?? 'integer', relation, operator, value);
  return (row) => test(engine.value(model, row, name));
}

function relatedIds(engine: OdooEngine, model: string, row: Row, name: string): number[] {
  const value = engine.value(model, row, name);
  if (typeof value === 'number') return [value];
  return Array.isArray(value) ? value.filter((v): v is number => typeof v === 'number') : [];
}

function relatedRows(engine: OdooEngine, model: string, row: Row, name: string): Row[] {
  const relation = engine.spec(model).fields[name]?.relation ?? '';
  const table = engine.table(relation);
  return relatedIds(engine, model, row, name)
    .map((id) => table.rows.get(id))
    .filter((r): r is Row => r !== undefined);
}
