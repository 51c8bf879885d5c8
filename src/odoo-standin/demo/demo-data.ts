import type { OdooEngine } from '../engine/engine.js';

/** A demo user: log in with `login` and `apiKey` (40 hex digits, like Odoo's keys). */
export interface DemoUser {
  login: string;
  name: string;
  apiKey: string;
  tz: string;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    login: 'alice@example.com',
    name: 'Alice Agent',
    apiKey: 'a11ce00000000000000000000000000000000001',
    tz: 'Europe/Amsterdam',
  },
  {
    login: 'bob@example.com',
    name: 'Bob Builder',
    apiKey: 'b0b0000000000000000000000000000000000002',
    tz: 'America/New_York',
  },
  {
    login: 'lead@example.com',
    name: 'Lena Lead',
    apiKey: '1ead000000000000000000000000000000000003',
    tz: 'Europe/Amsterdam',
  },
];

interface ClientPlan {
  customer: string;
  /** Hours of each batch, oldest first; none: a support project without a batch. */
  batches: number[];
  /** Hours logged on the active (last) batch. */
  used: number;
  /** Hours logged on the older batch before the reload (locked), when there are two. */
  oldUsed?: number;
}

const CLIENTS: ClientPlan[] = [
  { customer: 'Acme Corp', batches: [20], used: 8 },
  { customer: 'Globex', batches: [10], used: 7.5 },
  { customer: 'Initech', batches: [10], used: 12.5 },
  { customer: 'Umbrella Health', batches: [10, 20], oldUsed: 10.75, used: 1.5 },
  { customer: 'Stark Industries', batches: [], used: 3 },
  { customer: 'Wayne Enterprises', batches: [40], used: 15 },
  { customer: 'Hooli', batches: [12], used: 8.75 },
];

const TICKETS: Array<[title: string, stage: number, tag: string]> = [
  ['Login page times out', 3, 'Bug'],
  ['Export to CSV', 2, 'Feature Request'],
  ['Monthly maintenance', 5, 'Maintenance'],
  ['Invoice PDF missing logo', 4, 'Bug'],
];

const STAGES: Array<[name: string, fold: boolean]> = [
  ['New', false],
  ['Triaged', false],
  ['In Progress', false],
  ['Waiting Client', false],
  ['Done', true],
];

type Vals = Record<string, unknown>;

class Seeder {
  constructor(
    readonly engine: OdooEngine,
    readonly today: Date,
  ) {}

  create(model: string, vals: Vals, uid = 2): number {
    return Number(this.engine.call({ uid, model, method: 'create', params: { vals_list: vals } }));
  }

  write(model: string, ids: number[], vals: Vals): void {
    this.engine.call({ uid: 2, model, method: 'write', ids, params: { vals } });
  }

  daysAgo(days: number): string {
    const date = new Date(this.today.getTime() - days * 86_400_000);
    return date.toISOString().slice(0, 10);
  }

  /** A sale order of one Support Hour line confirmed some days ago; returns the line id. */
  batch(partner: number, product: number, hours: number, confirmedDaysAgo: number): number {
    const order = this.create('sale.order', {
      partner_id: partner,
      order_line: [[0, 0, { product_id: product, product_uom_qty: hours }]],
    });
    this.engine.call({ uid: 2, model: 'sale.order', method: 'action_confirm', ids: [order] });
    // Confirmed before the timesheets logged on it, as a real history would be.
    this.write('sale.order', [order], { date_order: `${this.daysAgo(confirmedDaysAgo)} 09:00:00` });
    return Number(this.engine.row('sale.order.line', this.lineOf(order))?.id);
  }

  lineOf(order: number): number {
    return [...(this.engine.table('sale.order.line').idsWhere('order_id', order) ?? [])][0] ?? 0;
  }

  /** Logs `total` hours as quarter-hour entries spread over the last weeks. */
  logHours(
    total: number,
    tasks: Array<number | false>,
    project: number,
    employees: number[],
    offset: number,
  ) {
    const ids: number[] = [];
    let left = Math.round(total * 4);
    let step = 0;
    while (left > 0) {
      const quarters = Math.min(left, [6, 4, 8, 3, 5][step % 5] ?? 4);
      left -= quarters;
      const employee = employees[step % employees.length] ?? 1;
      const user = this.engine.row('hr.employee', employee)?.user_id;
      ids.push(
        this.create(
          'account.analytic.line',
          {
            project_id: project,
            task_id: tasks[step % tasks.length] ?? false,
            employee_id: employee,
            unit_amount: quarters / 4,
            name: `Support work ${step + 1}`,
            date: this.daysAgo(offset + ((step * 3) % 26)),
          },
          typeof user === 'number' ? user : 2,
        ),
      );
      step++;
    }
    return ids;
  }
}

function seedPeople(seed: Seeder): number[] {
  seed.write('res.company', [1], { name: 'Support Co' });
  seed.write('res.partner', [1], { name: 'Support Co' });
  return DEMO_USERS.map((user) => {
    const uid = seed.create('res.users', {
      login: user.login,
      name: user.name,
      email: user.login,
      tz: user.tz,
    });
    seed.engine.addApiKey(user.apiKey, uid);
    return seed.create('hr.employee', { name: user.name, user_id: uid, work_email: user.login });
  });
}

function seedClient(seed: Seeder, plan: ClientPlan, refs: DemoRefs, index: number): void {
  const partner = seed.create('res.partner', { name: plan.customer, is_company: true });
  // The newest batch of a reloaded client was sold after the old one, before its own entries.
  const lines = plan.batches.map((hours, n) =>
    seed.batch(partner, refs.product, hours, n === 0 ? 60 : 40),
  );
  const first = lines[0] ?? false;
  const project = seed.create('project.project', {
    name: `${plan.customer} - Support`,
    partner_id: partner,
    allow_billable: true,
    allow_timesheets: true,
    sale_line_id: first,
    tag_ids: [[6, 0, [refs.tags.support]]],
  });
  seed.write('project.task.type', refs.stages, { project_ids: [[4, project]] });
  const tasks = TICKETS.map(([title, stage, tag], n) =>
    seed.create('project.task', {
      name: title,
      project_id: project,
      stage_id: refs.stages[stage - 1],
      state: stage === 5 ? '1_done' : '01_in_progress',
      tag_ids: [[6, 0, [refs.tags[tag] ?? refs.tags.support]]],
      user_ids: [[6, 0, [refs.users[n % refs.users.length]]]],
      allocated_hours: 4,
    }),
  );
  const open = tasks.filter((_, n) => TICKETS[n]?.[1] !== 5);
  const done = tasks.filter((_, n) => TICKETS[n]?.[1] === 5);

  if (lines.length < 2) {
    seed.logHours(plan.used, [...open, ...done, false], project, refs.employees, index);
    return;
  }
  // A batch reloaded the guarded way: history locked on the old line, tasks moved, debt carried.
  const history = seed.logHours(plan.oldUsed ?? 0, [...open, ...done], project, refs.employees, 14);
  seed.write('account.analytic.line', history, { is_so_line_edited: true });
  const newLine = lines[1] ?? 0;
  seed.write('project.project', [project], { sale_line_id: newLine });
  seed.write('project.task', open, { sale_line_id: newLine });
  const debt = (plan.oldUsed ?? 0) - (plan.batches[0] ?? 0);
  if (debt > 0) {
    const adjustment = seed.create('project.task', {
      name: '[Adjustment] Balance carry-over',
      project_id: project,
      stage_id: refs.stages[4],
      state: '1_done',
      description: `<p>Debt of ${debt} h carried over from the previous batch.</p>`,
    });
    seed.create('account.analytic.line', {
      project_id: project,
      task_id: adjustment,
      so_line: newLine,
      is_so_line_edited: true,
      unit_amount: debt,
      name: 'Balance carry-over',
      date: seed.daysAgo(6),
    });
  }
  seed.logHours(plan.used, open, project, refs.employees, 0);
}

interface DemoRefs {
  product: number;
  tags: Record<string, number> & { support: number };
  stages: number[];
  users: number[];
  employees: number[];
}

/**
 * The demo database: "Support Co" with three agents, the Support Hour product and seven client
 * support projects in varied states (healthy, low, in debt, just reloaded, without a batch),
 * a template project and an internal one, with a few weeks of timesheets up to today.
 */
export function seedDemo(engine: OdooEngine): void {
  const seed = new Seeder(engine, engine.now());
  const employees = seedPeople(seed);
  const product = seed.create('product.product', {
    name: 'Support Hour',
    type: 'service',
    invoice_policy: 'order',
    service_type: 'timesheet',
    uom_id: 4,
    list_price: 95,
  });
  const tagIds = ['Support Tickets', 'Bug', 'Feature Request', 'Maintenance'].map((name) =>
    seed.create('project.tags', { name }),
  );
  const tags = {
    support: tagIds[0] ?? 0,
    Bug: tagIds[1] ?? 0,
    'Feature Request': tagIds[2] ?? 0,
    Maintenance: tagIds[3] ?? 0,
  };
  const stages = STAGES.map(([name, fold], n) =>
    seed.create('project.task.type', { name, fold, sequence: n + 1 }),
  );
  const users = employees.map((id) => Number(engine.row('hr.employee', id)?.user_id));
  const refs: DemoRefs = { product, tags, stages, users, employees: [1, ...employees] };
  CLIENTS.forEach((plan, index) => {
    seedClient(seed, plan, refs, index);
  });

  seed.create('project.project', {
    name: 'Support Template',
    is_template: true,
    allow_billable: true,
    tag_ids: [[6, 0, [tags.support]]],
  });
  const internal = seed.create('project.project', { name: 'Internal', allow_billable: false });
  const chores = seed.create('project.task', { name: 'Team meeting', project_id: internal });
  seed.logHours(6, [chores], internal, employees, 0);
}
