import type { Behaviour } from '../behaviour.js';
import type { OdooEngine } from '../engine.js';
import type { Row } from '../types.js';
import { employee, partner, users } from './partners.js';
import { product, template } from './products.js';
import { project, task } from './project.js';
import { order, orderLine } from './sale.js';
import { timesheet } from './timesheet.js';

const modelData: Behaviour = {
  computes: {
    complete_name: (_engine: OdooEngine, row: Row) => `${row.module}.${row.name}`,
  },
};

const stage: Behaviour = { defaults: { sequence: 1, fold: false } };

/** The rules of each model, keyed by model name; models without rules use the generic ORM. */
export const behaviours: Record<string, Behaviour> = {
  'res.partner': partner,
  'res.users': users,
  'hr.employee': employee,
  'product.template': template,
  'product.product': product,
  'sale.order': order,
  'sale.order.line': orderLine,
  'project.project': project,
  'project.task': task,
  'project.task.type': stage,
  'account.analytic.line': timesheet,
  'ir.model.data': modelData,
};
