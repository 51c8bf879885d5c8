import { lockChunkSize } from '../src/wallet/reload/steps.js';
import { type Benchmark, compared, median, timed } from './lib/measure.js';
import { startScaledOdoo, walletOver } from './lib/odoo.js';

const name = 'reload large project';

interface RunFigures {
  reloadMs: number;
  reloadCalls: number;
  writeMs: number;
  writeCalls: number;
}

/**
 * One fresh project: first the baseline (a bulk write of the lock flag on every timesheet,
 * chunked as the reload chunks it), then the flags are cleared and the reload runs.
 */
async function runOnce(timesheets: number, openTasks: number): Promise<RunFigures> {
  const odoo = await startScaledOdoo({
    projects: 1,
    timesheetsPerProject: timesheets,
    openTasksPerProject: openTasks,
  });
  const { standin } = odoo;
  const projectId = odoo.projectIds[0] ?? 0;
  try {
    const { wallet, connection } = await walletOver(standin);
    const batch = await wallet.createBatch({ projectId, hours: 100, unitPrice: 0, confirm: true });
    const ids = standin.engine.searchIds('account.analytic.line', [['project_id', '=', projectId]]);

    standin.calls.reset();
    const write = await timed(async () => {
      for (let start = 0; start < ids.length; start += lockChunkSize) {
        const chunk = ids.slice(start, start + lockChunkSize);
        await connection.client.write('account.analytic.line', chunk, { is_so_line_edited: true });
      }
    });
    const writeCalls = standin.calls.list.length;
    standin.engine.call({
      uid: 2,
      model: 'account.analytic.line',
      method: 'write',
      ids,
      params: { vals: { is_so_line_edited: false } },
    });

    standin.calls.reset();
    const reload = await timed(async () => {
      const plan = await wallet.planReload({
        projectId,
        newLineId: batch.lineId,
        requestedBy: 'bench',
      });
      return wallet.executeReload(plan);
    });
    if (reload.value.lockedCount !== ids.length) {
      throw new Error(`the reload locked ${reload.value.lockedCount} of ${ids.length} timesheets`);
    }
    return {
      reloadMs: reload.ms,
      reloadCalls: standin.calls.list.length,
      writeMs: write.ms,
      writeCalls,
    };
  } finally {
    await standin.close();
  }
}

/** A reload of a project with 50,000 timesheets and 300 open tasks, beside one bulk write. */
export const reloadLarge: Benchmark = {
  name,
  async run(context) {
    const timesheets = context.quick ? 2000 : 50_000;
    const openTasks = context.quick ? 20 : 300;
    const runs = context.quick ? 1 : 3;
    const figures: RunFigures[] = [];
    for (let run = 0; run < runs; run++) {
      figures.push(await runOnce(timesheets, openTasks));
      context.log(`  run ${run + 1}: ${JSON.stringify(figures.at(-1))}`);
    }

    const of = (key: keyof RunFigures) => median(figures.map((f) => f[key]));
    const scale = `${timesheets} timesheets, ${openTasks} open tasks`;
    return [
      compared({
        benchmark: name,
        metric: `plan + execute, ${scale}`,
        unit: 'ms',
        value: of('reloadMs'),
        baselineName: `bulk write, ${lockChunkSize} per call`,
        baselineValue: of('writeMs'),
        target: '<= 1.5x',
        runs,
        meets: (ratio) => ratio !== null && ratio <= 1.5,
      }),
      compared({
        benchmark: name,
        metric: 'Odoo calls, plan + execute',
        unit: 'calls',
        value: of('reloadCalls'),
        baselineName: 'bulk write',
        baselineValue: of('writeCalls'),
        target: 'for comparison',
        runs,
      }),
    ];
  },
};
