import { z } from 'zod';
import type { OdooClient, Vals } from '../../src/odoo/types.js';

const line = z.object({ id: z.number(), qty_delivered: z.number() });
const timesheet = z.object({
  id: z.number(),
  so_line: z.union([z.tuple([z.number(), z.string()]), z.literal(false)]),
});
const user = z.object({ id: z.number(), email: z.union([z.string(), z.literal(false)]) });

/**
 * Creates the records a scenario needs on a shared, real Odoo, each under a name no other run
 * uses, and removes what it made afterwards (as far as Odoo lets it: confirmed orders are
 * cancelled first, and anything left is still uniquely named).
 */
export class RealOdooArranger {
  private readonly made: Array<{ model: string; id: number }> = [];

  constructor(
    readonly odoo: OdooClient,
    readonly tag: string,
  ) {}

  async create(model: string, values: Vals): Promise<number> {
    const [id] = await this.odoo.create(model, [values]);
    if (id === undefined) throw new Error(`no ${model} created`);
    this.made.push({ model, id });
    return id;
  }

  /** A record found by name, or made when the database has none. */
  async findOrCreate(model: string, name: string, values: Vals = {}): Promise<number> {
    const [found] = await this.odoo.search(model, [['name', '=', name]], { limit: 1 });
    return found ?? this.create(model, { name, ...values });
  }

  /** A prepaid, time-based service sold by the hour, as the product expects. */
  async supportProduct(): Promise<number> {
    const [hours] = await this.odoo.search('uom.uom', [['name', '=', 'Hours']], { limit: 1 });
    if (hours === undefined) throw new Error('this Odoo has no unit named Hours');
    const fields = await this.odoo.fieldsGet('product.template', ['uom_po_id']);
    return this.findOrCreate('product.product', `Support Hour (${this.tag})`, {
      type: 'service',
      invoice_policy: 'order',
      service_type: 'timesheet',
      uom_id: hours,
      // Odoo 17 needs the purchase unit in the same category as the sale unit.
      ...('uom_po_id' in fields ? { uom_po_id: hours } : {}),
      list_price: 100,
    });
  }

  /** A confirmed order of one line of `hours`; returns the line. */
  async batch(partner: number, product: number, hours: number): Promise<number> {
    const order = await this.create('sale.order', {
      partner_id: partner,
      order_line: [[0, 0, { product_id: product, product_uom_qty: hours }]],
    });
    await this.odoo.call(
      { model: 'sale.order', method: 'action_confirm', ids: [order], readOnly: false },
      z.unknown(),
    );
    const [found] = await this.odoo.search('sale.order.line', [['order_id', '=', order]]);
    if (found === undefined) throw new Error('the order has no line');
    return found;
  }

  /** The API key user's employee, who logs the time. */
  async employee(uid: number): Promise<number> {
    const [own] = await this.odoo.search('hr.employee', [['user_id', '=', uid]], { limit: 1 });
    if (own !== undefined) return own;
    return this.create('hr.employee', { name: `Wallet tester ${this.tag}`, user_id: uid });
  }

  async userEmail(uid: number): Promise<string | null> {
    const [row] = await this.odoo.read('res.users', [uid], user);
    return row?.email || null;
  }

  async delivered(...lines: number[]): Promise<number[]> {
    const rows = await this.odoo.read('sale.order.line', lines, line);
    return lines.map((id) => rows.find((row) => row.id === id)?.qty_delivered ?? Number.NaN);
  }

  async linesOf(...timesheets: number[]): Promise<Array<number | false>> {
    const rows = await this.odoo.read('account.analytic.line', timesheets, timesheet);
    return timesheets.map((id) => {
      const row = rows.find((candidate) => candidate.id === id);
      return row?.so_line ? row.so_line[0] : false;
    });
  }

  /** Removes what was made, newest first; returns what Odoo would not let go. */
  async removeAll(): Promise<string[]> {
    const left: string[] = [];
    for (const { model, id } of this.made.reverse()) {
      try {
        if (model === 'sale.order') await this.cancelOrder(id);
        if (model === 'project.project') await this.emptyProject(id);
        await this.odoo.call({ model, method: 'unlink', ids: [id], readOnly: false }, z.unknown());
      } catch (error) {
        left.push(`${model} ${id}: ${error instanceof Error ? error.message : String(error)}`);
      }
    }
    return left;
  }

  // The reload adds records of its own (the carry-over task and timesheet, later entries).
  private async emptyProject(id: number): Promise<void> {
    for (const model of ['account.analytic.line', 'project.task']) {
      const ids = await this.odoo.search(model, [['project_id', '=', id]], {
        context: { active_test: false },
      });
      if (ids.length === 0) continue;
      await this.odoo.call({ model, method: 'unlink', ids, readOnly: false }, z.unknown());
    }
  }

  private async cancelOrder(id: number): Promise<void> {
    await this.odoo.call(
      {
        model: 'sale.order',
        method: 'action_cancel',
        ids: [id],
        context: { disable_cancel_warning: true },
        readOnly: false,
      },
      z.unknown(),
    );
  }
}
