import { z } from 'zod';
import { boolean, date, datetime, float, id, many2one, selection, text } from '../odoo/schema.js';

// The fields each model is read with. Keys are the fields asked for, so a schema doubles as
// the field list; only fields that exist on every Odoo version in the field appear here.

export const projectFields = z.object({
  id,
  name: z.string(),
  partner_id: many2one,
  sale_line_id: many2one,
});
export type ProjectRecord = z.output<typeof projectFields>;

export const saleLineFields = z.object({
  id,
  name: text,
  order_id: many2one,
  order_partner_id: many2one,
  product_id: many2one,
  product_uom_qty: float,
  qty_delivered: float,
  // Odoo's own test for a prepaid product sold in a time unit: what makes a line a wallet.
  remaining_hours_available: z.boolean(),
  state: selection,
});
export type SaleLineRecord = z.output<typeof saleLineFields>;

export const saleOrderFields = z.object({
  id,
  name: z.string(),
  state: selection,
  date_order: datetime,
});
export type SaleOrderRecord = z.output<typeof saleOrderFields>;

export const productFields = z.object({
  id,
  name: z.string(),
  service_policy: selection,
});
export type ProductRecord = z.output<typeof productFields>;

export const taskFields = z.object({
  id,
  name: z.string(),
  project_id: many2one,
  sale_line_id: many2one,
  state: selection,
});
export type TaskRecord = z.output<typeof taskFields>;

/** Odoo 19 on: `is_closed` as well, read only when the server has it. */
export const taskFieldsWithClosed = taskFields.extend({ is_closed: boolean });

export const timesheetFields = z.object({
  id,
  name: text,
  date,
  unit_amount: float,
  so_line: many2one,
  project_id: many2one,
  task_id: many2one,
  is_so_line_edited: boolean,
});
export type TimesheetRecord = z.output<typeof timesheetFields>;

export const userFields = z.object({
  id,
  name: z.string(),
  login: z.string(),
  email: text,
  tz: selection,
});

export const employeeFields = z.object({ id, name: z.string() });

export const tagFields = z.object({ id, name: z.string() });

export const stageFields = z.object({ id, name: z.string(), sequence: z.number().int() });
