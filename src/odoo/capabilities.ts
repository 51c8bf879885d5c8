import { ConfigError } from '../errors.js';
import { MissingModelError } from './faults.js';
import type { FieldInfo, OdooCapabilities, OdooClient } from './types.js';
import { groupMethodFor } from './version.js';

const salesTimesheet = 'install Sales Timesheet (sale_timesheet) on the Odoo server';

// Only the handful of fields whose presence tells versions and modules apart.
const probes = {
  'sale.order.line': ['product_uom_id', 'product_uom'],
  'project.project': ['sale_line_id', 'is_template'],
  'project.task': ['sale_line_id', 'is_closed'],
  'account.analytic.line': ['so_line', 'is_so_line_edited'],
} as const;

type ProbedModel = keyof typeof probes;

async function fieldsOf(client: OdooClient, model: ProbedModel) {
  try {
    return await client.fieldsGet(model, [...probes[model]]);
  } catch (error) {
    if (!(error instanceof MissingModelError)) throw error;
    throw new ConfigError(`Odoo has no model ${model}: ${salesTimesheet}`, { cause: error });
  }
}

function requireFields(model: ProbedModel, fields: Record<string, FieldInfo>, names: string[]) {
  const missing = names.filter((name) => !(name in fields));
  if (missing.length === 0) return;
  throw new ConfigError(`Odoo's ${model} lacks ${missing.join(' and ')}: ${salesTimesheet}`);
}

/**
 * Reads once, at start, what differs between the Odoo versions the product runs on, and
 * stops with a ConfigError when an essential module or version is missing.
 */
export async function detectCapabilities(client: OdooClient): Promise<OdooCapabilities> {
  const version = await client.version();
  if (version.major < 17) {
    throw new ConfigError(
      `Odoo ${version.serverVersion} is not supported: Support Wallet needs Odoo 17 or later`,
    );
  }

  const [lines, projects, tasks, timesheets] = await Promise.all([
    fieldsOf(client, 'sale.order.line'),
    fieldsOf(client, 'project.project'),
    fieldsOf(client, 'project.task'),
    fieldsOf(client, 'account.analytic.line'),
  ]);
  requireFields('account.analytic.line', timesheets, ['so_line', 'is_so_line_edited']);
  requireFields('project.project', projects, ['sale_line_id']);
  requireFields('project.task', tasks, ['sale_line_id']);
  if (!('product_uom_id' in lines) && !('product_uom' in lines)) {
    requireFields('sale.order.line', lines, ['product_uom_id']);
  }

  return {
    version,
    saleLineUomField: 'product_uom_id' in lines ? 'product_uom_id' : 'product_uom',
    hasProjectTemplates: 'is_template' in projects,
    hasTaskIsClosed: 'is_closed' in tasks,
    groupMethod: groupMethodFor(version),
  };
}
