import type { Domain } from '../odoo/types.js';
import type { WalletDeps } from './deps.js';
import { cleanHours } from './hours.js';
import { cleanLabel } from './html.js';
import {
  type SaleLineRecord,
  type SaleOrderRecord,
  saleLineFields,
  saleOrderFields,
} from './records.js';
import type { Batch } from './types.js';

/** The product setting that makes a line a block of prepaid hours spent by timesheets. */
export const prepaidPolicy = 'ordered_prepaid';

function unique(values: number[]): number[] {
  return [...new Set(values)];
}

function toBatch(
  line: SaleLineRecord,
  order: SaleOrderRecord | undefined,
  prepaid: boolean,
): Batch {
  const ordered = cleanHours(line.product_uom_qty);
  const delivered = cleanHours(line.qty_delivered);
  return {
    lineId: line.id,
    orderId: line.order_id?.id ?? 0,
    orderName: order?.name ?? line.order_id?.name ?? '',
    lineName: cleanLabel(line.name ?? line.product_id?.name ?? ''),
    customer: line.order_partner_id,
    ordered,
    delivered,
    remaining: cleanHours(ordered - delivered),
    state: line.state ?? order?.state ?? 'draft',
    prepaid,
    confirmedAt: order?.state === 'sale' ? order.date_order : null,
  };
}

/** Turns sale order lines into batches, reading their orders in one call. */
export async function batchesFromLines(
  deps: WalletDeps,
  lines: SaleLineRecord[],
): Promise<Map<number, Batch>> {
  if (lines.length === 0) return new Map();

  const orderIds = unique(lines.flatMap((line) => (line.order_id ? [line.order_id.id] : [])));
  const orders = await deps.odoo.read('sale.order', orderIds, saleOrderFields);

  const orderById = new Map(orders.map((order) => [order.id, order]));
  const batches = new Map<number, Batch>();
  for (const line of lines) {
    const order = line.order_id ? orderById.get(line.order_id.id) : undefined;
    batches.set(line.id, toBatch(line, order, line.remaining_hours_available));
  }
  return batches;
}

/** Reads batches by line id: two calls whatever the number of lines. */
export async function loadBatches(
  deps: WalletDeps,
  lineIds: number[],
): Promise<Map<number, Batch>> {
  const ids = unique(lineIds);
  if (ids.length === 0) return new Map();

  const lines = await deps.odoo.read('sale.order.line', ids, saleLineFields);
  return batchesFromLines(deps, lines);
}

/** Reads one batch, or null when the line does not exist. */
export async function loadBatch(deps: WalletDeps, lineId: number): Promise<Batch | null> {
  return (await loadBatches(deps, [lineId])).get(lineId) ?? null;
}

/** Batches matching a domain on sale.order.line, newest first. */
export async function searchBatches(deps: WalletDeps, domain: Domain): Promise<Batch[]> {
  const lines = await deps.odoo.searchRead('sale.order.line', domain, saleLineFields, {
    order: 'id desc',
  });
  const batches = await batchesFromLines(deps, lines);
  return lines.flatMap((line) => batches.get(line.id) ?? []);
}

/** True when a batch can carry a wallet: confirmed and of a prepaid time product. */
export function isUsableBatch(batch: Batch): boolean {
  return batch.state === 'sale' && batch.prepaid;
}
