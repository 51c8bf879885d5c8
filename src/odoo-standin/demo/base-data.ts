import type { OdooEngine } from '../engine/engine.js';
import type { Row } from '../engine/types.js';

/** Inserts a row as stored, bypassing create rules (for the records a new database has). */
export function put(engine: OdooEngine, model: string, row: Row): void {
  const now = engine.nowString();
  engine
    .table(model)
    .insert({ create_date: now, write_date: now, create_uid: 1, write_uid: 1, ...row });
}

export interface BaseDataOptions {
  adminKey: string;
  /** Whether the `strictbase_task_sol_lock` server module is installed. */
  lockModule?: boolean;
}

/**
 * What a fresh Odoo database with Sales, Project and Timesheets holds: the company, OdooBot,
 * the administrator (uid 2, employee 1), units and hours, and the module list.
 */
export function seedBaseData(engine: OdooEngine, options: BaseDataOptions): void {
  put(engine, 'res.partner', { id: 1, name: 'My Company', is_company: true, active: true });
  put(engine, 'res.partner', { id: 2, name: 'OdooBot', active: false });
  put(engine, 'res.partner', {
    id: 3,
    name: 'Administrator',
    email: 'admin@example.com',
    active: true,
  });
  put(engine, 'res.partner', { id: 4, name: 'Public user', active: false });
  put(engine, 'res.partner', { id: 5, name: 'Default User Template', active: false });
  put(engine, 'res.company', {
    id: 1,
    name: 'My Company',
    partner_id: 1,
    active: true,
    sequence: 10,
  });
  put(engine, 'res.users', {
    id: 1,
    name: 'OdooBot',
    login: '__system__',
    partner_id: 2,
    company_id: 1,
    active: false,
  });
  put(engine, 'res.users', {
    id: 2,
    name: 'Administrator',
    login: 'admin',
    email: 'admin@example.com',
    partner_id: 3,
    company_id: 1,
    company_ids: [1],
    lang: 'en_US',
    tz: false,
    active: true,
  });
  put(engine, 'hr.employee', {
    id: 1,
    name: 'Administrator',
    user_id: 2,
    work_email: 'admin@example.com',
    company_id: 1,
    active: true,
  });
  put(engine, 'uom.uom', { id: 1, name: 'Units', sequence: 1, active: true });
  put(engine, 'uom.uom', { id: 2, name: 'Dozens', sequence: 2, active: true });
  put(engine, 'uom.uom', { id: 3, name: 'Days', sequence: 3, active: true });
  put(engine, 'uom.uom', { id: 4, name: 'Hours', sequence: 4, active: true });
  const xmlIds: Array<[string, string, string, number]> = [
    ['base', 'main_company', 'res.company', 1],
    ['base', 'user_admin', 'res.users', 2],
    ['uom', 'product_uom_unit', 'uom.uom', 1],
    ['uom', 'product_uom_dozen', 'uom.uom', 2],
    ['uom', 'product_uom_day', 'uom.uom', 3],
    ['uom', 'product_uom_hour', 'uom.uom', 4],
  ];
  xmlIds.forEach(([module, name, model, resId], index) => {
    put(engine, 'ir.model.data', { id: index + 1, module, name, model, res_id: resId });
  });
  const modules: Array<[string, string]> = [
    ['base', 'Base'],
    ['sale_management', 'Sales'],
    ['project', 'Project'],
    ['hr_timesheet', 'Task Logs'],
    ['sale_timesheet', 'Sales Timesheet'],
    ['sale_project', 'Sales - Project'],
  ];
  if (options.lockModule) modules.push(['strictbase_task_sol_lock', 'Task SO Line Lock']);
  modules.forEach(([name, shortdesc], index) => {
    put(engine, 'ir.module.module', { id: index + 1, name, shortdesc, state: 'installed' });
  });
  engine.addApiKey(options.adminKey, 2);
}
