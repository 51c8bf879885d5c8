import { z } from 'zod';
import { readReference } from './odoo-fixtures.js';

const fieldsSchema = z.record(z.string(), z.record(z.string(), z.unknown()));
const transcriptSchema = z.array(z.looseObject({ result: z.unknown().optional() }));

/** The full `fields_get` answer Odoo 19 or 17 gave for a model. */
export function recordedFields(version: 17 | 19, model: string) {
  if (version === 17) return fieldsSchema.parse(readReference(`fields-17/${model}.json`));
  const file = `transcripts/03_fields_get_${model.replaceAll('.', '_')}.json`;
  const steps = transcriptSchema.parse(readReference(file));
  return fieldsSchema.parse(steps.find((step) => step.result)?.result);
}

/** What `fields_get(allfields)` answers: only the named fields that exist. */
export function pickFields(fields: Record<string, unknown>, names: unknown): typeof fields {
  if (!Array.isArray(names)) return fields;
  return Object.fromEntries(Object.entries(fields).filter(([name]) => names.includes(name)));
}
