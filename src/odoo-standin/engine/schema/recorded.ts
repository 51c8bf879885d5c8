import { readFileSync } from 'node:fs';
import { z } from 'zod';
import type { FieldSpec, FieldType, ModelSpec, OdooVersion } from '../types.js';
import { magicFields } from './field-builders.js';

const fieldSchema = z.object({
  type: z.string(),
  string: z.string(),
  required: z.boolean().optional(),
  readonly: z.boolean().optional(),
  relation: z.string().optional(),
  selection: z.array(z.tuple([z.string(), z.string()])).optional(),
});

const fileSchema = z.record(z.string(), z.record(z.string(), fieldSchema));

/** Where each recorded one2many points back, which `fields_get` does not say. */
const INVERSES: Record<string, Record<string, string>> = {
  'sale.order.line': { timesheet_ids: 'so_line', analytic_line_ids: 'so_line' },
  'project.project': {
    task_ids: 'project_id',
    tasks: 'project_id',
    timesheet_ids: 'project_id',
  },
  'project.task': { timesheet_ids: 'task_id', child_ids: 'parent_id' },
};

const DESCRIPTIONS: Record<string, [description: string, order: string, recName: string]> = {
  'account.analytic.line': ['Analytic Line', 'date desc, id desc', 'name'],
  'project.project': ['Project', 'sequence, name, id', 'name'],
  'project.task': ['Task', 'priority desc, sequence, date_deadline asc, id desc', 'name'],
  'sale.order.line': ['Sales Order Line', 'order_id, sequence, id', 'name'],
};

function load(version: OdooVersion): z.infer<typeof fileSchema> {
  const file = version === '17.0' ? 'fields-17.json' : 'fields-19.json';
  const text = readFileSync(new URL(`../recorded/${file}`, import.meta.url), 'utf8');
  return fileSchema.parse(JSON.parse(text));
}

/** What 18.0 lacks compared with the 19.0 recording (this stand-in's reading of 18). */
function dropFor18(model: string, fields: Record<string, FieldSpec>): void {
  if (model === 'project.project' || model === 'project.task') delete fields.is_template;
}

/**
 * The four models the product lives on, with every field the real server listed in
 * `fields_get`; 18.0 uses the 19.0 list minus project templates.
 */
export function recordedModels(version: OdooVersion): ModelSpec[] {
  const recorded = load(version);
  return Object.entries(recorded).map(([name, raw]) => {
    const fields: Record<string, FieldSpec> = {};
    for (const [fieldName, spec] of Object.entries(raw)) {
      const inverse = INVERSES[name]?.[fieldName];
      fields[fieldName] = {
        ...spec,
        type: spec.type as FieldType,
        ...(inverse ? { inverse } : {}),
      };
    }
    for (const [fieldName, spec] of Object.entries(magicFields())) {
      fields[fieldName] ??= spec;
    }
    if (version === '18.0') dropFor18(name, fields);
    const [description, order, recName] = DESCRIPTIONS[name] ?? [name, 'id', 'name'];
    return { name, description, order, recName, fields };
  });
}
