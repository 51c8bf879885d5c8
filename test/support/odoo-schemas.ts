import { z } from 'zod';
import {
  boolean,
  date,
  datetime,
  float,
  ids,
  many2one,
  selection,
  text,
} from '../../src/odoo/schema.js';

export const projectSchema = z.object({
  id: z.number(),
  name: text,
  partner_id: many2one,
  sale_line_id: many2one,
  tag_ids: ids,
  allow_billable: boolean,
  is_template: boolean,
  last_update_status: selection,
  date_start: date,
  write_date: datetime,
});

export const taskSchema = z.object({
  id: z.number(),
  name: text,
  project_id: many2one,
  sale_line_id: many2one,
  state: selection,
  stage_id: many2one,
  user_ids: ids,
  tag_ids: ids,
  effective_hours: float,
  description: text,
  date_deadline: datetime,
});

export const timesheetSchema = z.object({
  id: z.number(),
  date,
  name: text,
  unit_amount: float,
  so_line: many2one,
  is_so_line_edited: boolean,
  task_id: many2one,
  project_id: many2one,
  employee_id: many2one,
  timesheet_invoice_id: many2one,
  user_id: many2one,
});

export const saleLineSchema = z.object({
  id: z.number(),
  order_id: many2one,
  product_id: many2one,
  product_uom_qty: float,
  qty_delivered: float,
  remaining_hours: float,
  price_unit: float,
  state: selection,
  order_partner_id: many2one,
  product_uom_id: many2one,
});
