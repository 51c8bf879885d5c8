import { describe, expect, it } from 'vitest';
import { seedBaseData } from '../src/odoo-standin/demo/base-data.js';
import { OdooEngine, seedScale } from '../src/odoo-standin/index.js';

function emptyEngine(): OdooEngine {
  const engine = new OdooEngine({ now: () => new Date('2026-12-04T10:00:00Z') });
  seedBaseData(engine, { adminKey: 'key' });
  return engine;
}

describe('seedScale', () => {
  it('creates many support projects, each with a batch, open tasks and timesheets', () => {
    const engine = emptyEngine();

    const { projectIds, lineIds } = seedScale(engine, {
      projects: 200,
      timesheetsPerProject: 8,
      openTasksPerProject: 2,
    });

    expect(projectIds).toHaveLength(200);
    expect(
      engine.searchIds('project.project', [['tag_ids.name', '=', 'Support Tickets']]),
    ).toHaveLength(200);
    expect(engine.searchIds('project.task', [['project_id', 'in', projectIds]])).toHaveLength(400);
    const [line] = engine.call({
      uid: 2,
      model: 'sale.order.line',
      method: 'read',
      ids: lineIds.slice(0, 1),
      params: { fields: ['qty_delivered'] },
    }) as Array<{ qty_delivered: number }>;
    expect(line?.qty_delivered).toBe(2);
  });

  it('holds a project with 50,000 timesheets and 300 open tasks and sums them per batch', () => {
    const engine = emptyEngine();

    const { projectIds, lineIds } = seedScale(engine, {
      projects: 1,
      timesheetsPerProject: 50_000,
      openTasksPerProject: 300,
    });
    const count = engine.call({
      uid: 2,
      model: 'account.analytic.line',
      method: 'search_count',
      params: { domain: [['project_id', '=', projectIds[0]]] },
    });
    const [line] = engine.call({
      uid: 2,
      model: 'sale.order.line',
      method: 'read',
      ids: lineIds,
      params: { fields: ['qty_delivered', 'product_uom_qty'] },
    }) as Array<{ qty_delivered: number; product_uom_qty: number }>;

    expect(count).toBe(50_000);
    expect(line?.qty_delivered).toBe(12_500);
    expect(engine.searchIds('project.task', [['project_id', '=', projectIds[0]]])).toHaveLength(
      300,
    );
  });
});
