import type { OdooEngine } from './engine.js';
import type { Context, Row } from './types.js';

/** Everything a method implementation receives, already checked against its signature. */
export interface MethodCall {
  engine: OdooEngine;
  uid: number;
  model: string;
  ids: number[];
  params: Record<string, unknown>;
  context: Context;
}

export interface MethodParam {
  name: string;
  required?: boolean;
}

/** A public method: its Python parameters (for both protocols) and what it does. */
export interface MethodSpec {
  params: MethodParam[];
  /** `@api.model`: runs without records; `ids` are refused. */
  modelLevel?: boolean;
  /** Takes `**kwargs`: unknown names pass through. */
  varKeywords?: boolean;
  run(call: MethodCall): unknown;
}

/** Values a create receives before its defaults, as sent (many2one ids, command lists). */
export type Vals = Record<string, unknown>;

/** The business rules of one model, hooked into the generic create/write/read. */
export interface Behaviour {
  /** Default values, filled before the required check; a function sees the other values. */
  defaults?: Record<string, unknown | ((engine: OdooEngine, vals: Vals, ctx: Context) => unknown)>;
  /** Adjusts the sent values of a create (e.g. a task named from its description). */
  prepareCreate?(engine: OdooEngine, vals: Vals, ctx: Context): void;
  /** Fields computed when read, never stored. */
  computes?: Record<string, (engine: OdooEngine, row: Row) => unknown>;
  displayName?(engine: OdooEngine, row: Row): string;
  afterCreate?(engine: OdooEngine, row: Row, ctx: Context): void;
  /** May change `vals` before they are stored. */
  beforeWrite?(engine: OdooEngine, rows: Row[], vals: Vals, ctx: Context): void;
  /** Runs the recomputations that depend on the fields that changed. */
  afterWrite?(engine: OdooEngine, rows: Row[], changed: ReadonlySet<string>, ctx: Context): void;
  methods?: Record<string, MethodSpec>;
}

/** The user a hook runs as: the engine puts `uid` in the context it passes to hooks. */
export function uidOf(ctx: Context): number {
  return typeof ctx.uid === 'number' ? ctx.uid : 2;
}
