import { z } from 'zod';
import { silentLogger } from '../../src/logger.js';
import { connectOdoo } from '../../src/odoo/index.js';
import type { OdooClient, Vals } from '../../src/odoo/types.js';
import {
  type OdooStandin,
  type OdooVersion,
  startOdooStandin,
} from '../../src/odoo-standin/index.js';
import { createWalletService } from '../../src/wallet/index.js';
import type { WalletService } from '../../src/wallet/service.js';

/** The instant every wallet test runs at, unless it moves the clock. */
export const testNow = new Date('2026-03-10T15:00:00Z');

export interface WalletWorld {
  standin: OdooStandin;
  /** The product's own client, over HTTP, for arranging and checking records. */
  odoo: OdooClient;
  service: WalletService;
  /** A service as a freshly started process would build it (no memory of earlier runs). */
  freshService(): Promise<WalletService>;
  setNow(instant: Date): void;
  close(): Promise<void>;
}

/** The wire protocols the Odoo-backed suites run over; Odoo 17 has XML-RPC only. */
export const protocols = ['xmlrpc', 'json2'] as const;

export type Protocol = (typeof protocols)[number];

export interface WorldOptions {
  /** How the wallet talks to the stand-in; XML-RPC unless a suite says otherwise. */
  protocol?: Protocol;
  data?: 'demo' | 'empty';
  version?: OdooVersion;
  lockModule?: boolean;
  lowHours?: number;
}

/** A stand-in Odoo over HTTP and a wallet service connected to it through the real client. */
export async function startWorld(options: WorldOptions = {}): Promise<WalletWorld> {
  let now = testNow;
  const clock = () => now;
  const standin = await startOdooStandin({
    port: 0,
    data: options.data ?? 'empty',
    now: clock,
    lockModule: options.lockModule ?? false,
    version: options.version ?? '19.0',
  });

  const connect = async () => {
    const settings = { ...standin.settings, protocol: options.protocol ?? 'xmlrpc' };
    const connection = await connectOdoo(settings, silentLogger);
    if (connection.protocol !== settings.protocol) {
      throw new Error(`asked for ${settings.protocol}, connected over ${connection.protocol}`);
    }
    const service = createWalletService({
      odoo: connection.client,
      capabilities: connection.capabilities,
      odooUrl: standin.url,
      clock,
      lowHours: options.lowHours ?? 4,
      logger: silentLogger,
    });
    return { odoo: connection.client, service };
  };
  const { odoo, service } = await connect();
  return {
    standin,
    odoo,
    service,
    freshService: async () => (await connect()).service,
    setNow: (instant) => {
      now = instant;
    },
    close: () => standin.close(),
  };
}

const lineFields = z.object({
  id: z.number(),
  product_uom_qty: z.number(),
  qty_delivered: z.number(),
});
const timesheetLine = z.object({
  id: z.number(),
  so_line: z.union([z.tuple([z.number(), z.string()]), z.literal(false)]),
  is_so_line_edited: z.boolean(),
});

/** Arranges support records through RPC, the way a user would have made them in Odoo. */
export class Seeder {
  private product: number | undefined;
  private tags = new Map<string, number>();

  constructor(readonly odoo: OdooClient) {}

  async create(model: string, values: Vals): Promise<number> {
    const [id] = await this.odoo.create(model, [values]);
    if (id === undefined) throw new Error(`no ${model} created`);
    return id;
  }

  async tag(name: string): Promise<number> {
    const known =
      this.tags.get(name) ?? (await this.odoo.search('project.tags', [['name', '=', name]]))[0];
    const id = known ?? (await this.create('project.tags', { name }));
    this.tags.set(name, id);
    return id;
  }

  async supportProduct(): Promise<number> {
    this.product ??=
      (await this.odoo.search('product.product', [['name', '=', 'Support Hour']]))[0] ??
      (await this.create('product.product', {
        name: 'Support Hour',
        type: 'service',
        invoice_policy: 'order',
        service_type: 'timesheet',
        uom_id: 4,
        list_price: 95,
      }));
    return this.product;
  }

  customer(name: string): Promise<number> {
    return this.create('res.partner', { name, is_company: true });
  }

  /** A sales order of one line of `product` (Support Hour by default); returns the line. */
  async batch(
    partner: number,
    hours: number,
    options: { confirm?: boolean; product?: number } = {},
  ) {
    const product = options.product ?? (await this.supportProduct());
    const order = await this.create('sale.order', {
      partner_id: partner,
      order_line: [[0, 0, { product_id: product, product_uom_qty: hours }]],
    });
    if (options.confirm ?? true) {
      await this.odoo.call(
        { model: 'sale.order', method: 'action_confirm', ids: [order], readOnly: false },
        z.unknown(),
      );
    }
    const [line] = await this.odoo.search('sale.order.line', [['order_id', '=', order]]);
    if (line === undefined) throw new Error('order without line');
    return line;
  }

  async project(name: string, partner: number | false, line: number | false, extra: Vals = {}) {
    return this.create('project.project', {
      name,
      partner_id: partner,
      allow_billable: true,
      allow_timesheets: true,
      sale_line_id: line,
      tag_ids: [[6, 0, [await this.tag('Support Tickets')]]],
      ...extra,
    });
  }

  task(project: number, name: string, extra: Vals = {}): Promise<number> {
    return this.create('project.task', { name, project_id: project, ...extra });
  }

  /** A timesheet by the administrator's employee (employee 1 in a fresh database). */
  timesheet(project: number, task: number | false, hours: number, date = '2026-03-02') {
    return this.create('account.analytic.line', {
      project_id: project,
      task_id: task,
      unit_amount: hours,
      employee_id: 1,
      name: `work ${hours} h`,
      date,
    });
  }

  /** Delivered hours of each line, in the order asked. */
  async delivered(...lines: number[]): Promise<number[]> {
    const rows = await this.odoo.read('sale.order.line', lines, lineFields);
    return lines.map((id) => rows.find((row) => row.id === id)?.qty_delivered ?? Number.NaN);
  }

  /** The line each timesheet bills to, in the order asked. */
  async linesOf(...timesheets: number[]): Promise<Array<number | false>> {
    const rows = await this.odoo.read('account.analytic.line', timesheets, timesheetLine);
    return timesheets.map((id) => {
      const row = rows.find((r) => r.id === id);
      return row?.so_line ? row.so_line[0] : false;
    });
  }

  async locked(...timesheets: number[]): Promise<boolean[]> {
    const rows = await this.odoo.read('account.analytic.line', timesheets, timesheetLine);
    return timesheets.map((id) => rows.find((r) => r.id === id)?.is_so_line_edited ?? false);
  }
}
