import type { ModelSpec, OdooVersion } from '../types.js';
import {
  bool,
  char,
  field,
  float,
  int,
  m2m,
  m2o,
  magicFields,
  o2m,
  sel,
} from './field-builders.js';

function model(
  name: string,
  description: string,
  order: string,
  fields: ModelSpec['fields'],
  recName = 'name',
): ModelSpec {
  return { name, description, order, recName, fields: { ...magicFields(), ...fields } };
}

const company = model('res.company', 'Companies', 'sequence, name', {
  name: char('Company Name', { required: true }),
  partner_id: m2o('res.partner', 'Partner', { required: true }),
  sequence: int('Sequence'),
  active: bool('Active'),
});

const partner = model('res.partner', 'Contact', 'complete_name ASC, id DESC', {
  name: char('Name'),
  complete_name: char('Complete Name', { readonly: true }),
  email: char('Email'),
  phone: char('Phone'),
  is_company: bool('Is a Company'),
  parent_id: m2o('res.partner', 'Related Company'),
  commercial_partner_id: m2o('res.partner', 'Commercial Entity', { readonly: true }),
  company_id: m2o('res.company', 'Company'),
  user_ids: o2m('res.users', 'partner_id', 'Users'),
  active: bool('Active'),
});

const users = model('res.users', 'User', 'name, login', {
  name: char('Name', { required: true }),
  login: char('Login', { required: true }),
  email: char('Email'),
  partner_id: m2o('res.partner', 'Related Partner', { required: true }),
  tz: char('Timezone'),
  lang: char('Language'),
  active: bool('Active'),
  share: bool('Share User', { readonly: true }),
  company_id: m2o('res.company', 'Company', { required: true }),
  company_ids: m2m('res.company', 'Companies'),
  employee_ids: o2m('hr.employee', 'user_id', 'Related employee'),
  employee_id: m2o('hr.employee', 'Company employee', { readonly: true }),
  login_date: field('datetime', 'Latest authentication', { readonly: true }),
});

const employee = model('hr.employee', 'Employee', 'name', {
  name: char('Employee Name', { required: true }),
  user_id: m2o('res.users', 'User'),
  work_email: char('Work Email'),
  work_contact_id: m2o('res.partner', 'Work Contact'),
  company_id: m2o('res.company', 'Company', { required: true }),
  active: bool('Active'),
});

const uom = model('uom.uom', 'Product Unit of Measure', 'sequence, id', {
  name: char('Unit Name', { required: true }),
  sequence: int('Sequence'),
  active: bool('Active'),
});

const productKinds = {
  type: sel(
    [
      ['consu', 'Goods'],
      ['service', 'Service'],
      ['combo', 'Combo'],
    ],
    'Product Type',
    { required: true },
  ),
  invoice_policy: sel(
    [
      ['order', 'Ordered quantities'],
      ['delivery', 'Delivered quantities'],
    ],
    'Invoicing Policy',
  ),
  service_type: sel(
    [
      ['manual', 'Manually set quantities on order'],
      ['milestones', 'Based on Milestones'],
      ['timesheet', 'Timesheets on project (one fare per SO/Project)'],
    ],
    'Track Service',
  ),
  service_policy: sel(
    [
      ['ordered_prepaid', 'Prepaid/Fixed Price'],
      ['delivered_milestones', 'Based on Milestones'],
      ['delivered_timesheet', 'Based on Timesheets'],
      ['delivered_manual', 'Based on Delivered Quantity (Manual)'],
    ],
    'Service Invoicing Policy',
  ),
  service_tracking: sel(
    [
      ['no', 'Nothing'],
      ['task_global_project', 'Task'],
      ['task_in_project', 'Project & Task'],
      ['project_only', 'Project'],
    ],
    'Create on Order',
  ),
  uom_id: m2o('uom.uom', 'Unit', { required: true }),
  list_price: float('Sales Price'),
  active: bool('Active'),
};

function templateModel(version: OdooVersion): ModelSpec {
  const extra: ModelSpec['fields'] =
    version === '17.0' ? { uom_po_id: m2o('uom.uom', 'Purchase Unit') } : {};
  return model('product.template', 'Product', 'is_favorite desc, name', {
    name: char('Name', { required: true }),
    is_favorite: bool('Favorite'),
    product_variant_ids: o2m('product.product', 'product_tmpl_id', 'Products'),
    ...productKinds,
    ...extra,
  });
}

const product = model('product.product', 'Product Variant', 'default_code, name, id', {
  product_tmpl_id: m2o('product.template', 'Product Template', { required: true }),
  name: char('Name', { required: true }),
  default_code: char('Internal Reference'),
  ...productKinds,
});

const modelData = model(
  'ir.model.data',
  'Model Data',
  'module, model, name',
  {
    name: char('External Identifier', { required: true }),
    module: char('Module', { required: true }),
    model: char('Model Name', { required: true }),
    res_id: field('many2one_reference', 'Record ID'),
    complete_name: char('Complete ID', { readonly: true }),
  },
  'complete_name',
);

const moduleModel = model('ir.module.module', 'Module', 'application desc, sequence, name', {
  name: char('Technical Name', { required: true, readonly: true }),
  shortdesc: char('Module Name', { readonly: true }),
  application: bool('Application', { readonly: true }),
  sequence: int('Sequence'),
  state: sel(
    [
      ['uninstallable', 'Uninstallable'],
      ['uninstalled', 'Not Installed'],
      ['installed', 'Installed'],
      ['to upgrade', 'To be upgraded'],
      ['to remove', 'To be removed'],
      ['to install', 'To be installed'],
    ],
    'Status',
    { readonly: true },
  ),
});

const message = model(
  'mail.message',
  'Message',
  'id desc',
  {
    subject: char('Subject'),
    body: field('html', 'Contents'),
    model: char('Related Document Model'),
    res_id: field('many2one_reference', 'Related Document ID'),
    record_name: char('Message Record Name', { readonly: true }),
    message_type: sel(
      [
        ['email', 'Incoming Email'],
        ['comment', 'Comment'],
        ['email_outgoing', 'Outgoing Email'],
        ['notification', 'System notification'],
        ['auto_comment', 'Automated Targeted Notification'],
        ['user_notification', 'User Specific Notification'],
      ],
      'Type',
      { required: true },
    ),
    subtype_xmlid: char('Subtype', { readonly: true }),
    author_id: m2o('res.partner', 'Author'),
    partner_ids: m2m('res.partner', 'Recipients'),
    date: field('datetime', 'Date'),
  },
  'id',
);

const tags = model('project.tags', 'Project Tags', 'name', {
  name: char('Name', { required: true }),
  color: int('Color'),
});

const stage = model('project.task.type', 'Task Stage', 'sequence, id', {
  name: char('Name', { required: true }),
  sequence: int('Sequence'),
  fold: bool('Folded'),
  project_ids: m2m('project.project', 'Projects'),
  active: bool('Active'),
});

const order = model('sale.order', 'Sales Order', 'date_order desc, id desc', {
  name: char('Order Reference', { required: true, readonly: false }),
  partner_id: m2o('res.partner', 'Customer', { required: true }),
  state: sel(
    [
      ['draft', 'Quotation'],
      ['sent', 'Quotation Sent'],
      ['sale', 'Sales Order'],
      ['cancel', 'Cancelled'],
    ],
    'Status',
    { readonly: true },
  ),
  date_order: field('datetime', 'Order Date', { required: true }),
  order_line: o2m('sale.order.line', 'order_id', 'Order Lines'),
  client_order_ref: char('Customer Reference'),
  user_id: m2o('res.users', 'Salesperson'),
  company_id: m2o('res.company', 'Company', { required: true }),
  amount_untaxed: field('monetary', 'Untaxed Amount', { readonly: true }),
  amount_total: field('monetary', 'Total', { readonly: true }),
  note: field('html', 'Terms and conditions'),
});

const move = model('account.move', 'Journal Entry', 'date desc, name desc, id desc', {
  name: char('Number'),
  date: field('date', 'Date', { required: true }),
  state: sel(
    [
      ['draft', 'Draft'],
      ['posted', 'Posted'],
      ['cancel', 'Cancelled'],
    ],
    'Status',
    { required: true, readonly: true },
  ),
  payment_state: char('Payment Status', { readonly: true }),
});

/** The hand-written models: those the product touches only lightly. */
export function baseModels(version: OdooVersion): ModelSpec[] {
  return [
    company,
    partner,
    users,
    employee,
    uom,
    templateModel(version),
    product,
    modelData,
    moduleModel,
    message,
    tags,
    stage,
    order,
    move,
  ];
}
