import { z } from 'zod';
import { NotFoundError, ServerError, ValidationError } from '../errors.js';
import { batchHoursRule, unitPriceRule, validBatchHours, validUnitPrice } from './batch-figures.js';
import { loadBatch, prepaidPolicy, searchBatches } from './batches.js';
import type { WalletDeps } from './deps.js';
import { earlierBatchLines } from './earlier-batches.js';
import { readProject } from './projects.js';
import { productFields } from './records.js';
import type { Batch, CreateBatchInput } from './types.js';

/** The product a batch is sold as. */
export const supportProductName = 'Support Hour';

async function supportProductId(deps: WalletDeps): Promise<number> {
  const products = await deps.odoo.searchRead(
    'product.product',
    [['name', '=', supportProductName]],
    productFields,
    { order: 'id asc' },
  );
  const prepaid = products.find((product) => product.service_policy === prepaidPolicy);
  if (!prepaid) {
    throw new NotFoundError(
      `Odoo has no prepaid "${supportProductName}" product (a service invoiced on order, ` +
        'tracked by timesheets, in hours). Create it in Sales -> Products first.',
    );
  }
  return prepaid.id;
}

function checkFigures(input: CreateBatchInput): void {
  if (!validBatchHours(input.hours)) {
    throw new ValidationError(batchHoursRule, { field: 'hours' });
  }
  if (!validUnitPrice(input.unitPrice)) {
    throw new ValidationError(unitPriceRule, { field: 'price' });
  }
}

/**
 * Creates a sales order for the project's customer with one line of N support hours at a
 * unit price (0 for a batch migrated from a spreadsheet), confirmed when asked.
 */
export async function createBatch(deps: WalletDeps, input: CreateBatchInput): Promise<Batch> {
  checkFigures(input);
  const project = await readProject(deps, input.projectId);
  if (!project.partner_id) {
    throw new ValidationError(`Project "${project.name}" has no customer to sell hours to.`, {
      field: 'project',
    });
  }
  const productId = await supportProductId(deps);

  const line = { product_id: productId, product_uom_qty: input.hours, price_unit: input.unitPrice };
  const [orderId] = await deps.odoo.create('sale.order', [
    {
      partner_id: project.partner_id.id,
      client_order_ref: `Support hours: ${project.name}`,
      order_line: [[0, 0, line]],
    },
  ]);
  if (orderId === undefined) throw new ServerError('Odoo created no sales order.');
  if (input.confirm) {
    await deps.odoo.call(
      { model: 'sale.order', method: 'action_confirm', ids: [orderId], readOnly: false },
      z.unknown(),
    );
  }
  deps.logger.info('batch created', { orderId, projectId: project.id, confirmed: input.confirm });

  const [lineId] = await deps.odoo.search('sale.order.line', [['order_id', '=', orderId]]);
  const batch = lineId === undefined ? null : await loadBatch(deps, lineId);
  if (!batch) throw new ServerError(`Sales order ${orderId} has no line.`);
  return batch;
}

/**
 * Confirmed prepaid lines of the project's customer with hours left, newest first, except the
 * current one and any the project billed to before (going back would count their debt twice).
 */
export async function candidateBatches(deps: WalletDeps, projectId: number): Promise<Batch[]> {
  const project = await readProject(deps, projectId);
  if (!project.partner_id) return [];

  const batches = await searchBatches(deps, [
    ['order_partner_id', '=', project.partner_id.id],
    ['state', '=', 'sale'],
  ]);
  const current = project.sale_line_id?.id ?? null;
  const open = batches.filter(
    (batch) => batch.prepaid && batch.lineId !== current && batch.remaining > 0,
  );
  const earlier = await earlierBatchLines(
    deps,
    project.id,
    open.map((batch) => batch.lineId),
  );
  return open.filter((batch) => !earlier.has(batch.lineId));
}
