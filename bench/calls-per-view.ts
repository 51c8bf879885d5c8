import type { WalletService } from '../src/wallet/index.js';
import type { BenchContext, Benchmark } from './lib/measure.js';
import { type BenchRow, compared, missing } from './lib/measure.js';
import { startScaledOdoo, walletOver } from './lib/odoo.js';

const sizes = [1, 100, 1000];
const name = 'calls per view';

interface View {
  label: string;
  /** `null` when this build's wallet does not offer the view yet. */
  runner(wallet: WalletService): (() => Promise<unknown>) | null;
}

const views: View[] = [
  { label: 'balances', runner: (wallet) => () => wallet.balances() },
  {
    label: 'digest data',
    runner: (wallet) => {
      const digest = wallet.digest?.bind(wallet);
      return digest ? () => digest({ asOf: new Date(), timeZone: 'UTC' }) : null;
    },
  },
];

/** Odoo calls one view makes on a warm client (version and login already cached). */
async function countCalls(projects: number, context: BenchContext) {
  const odoo = await startScaledOdoo({
    projects,
    timesheetsPerProject: 3,
    openTasksPerProject: 1,
  });
  try {
    const { wallet } = await walletOver(odoo.standin);
    const counts = new Map<string, number | null>();
    for (const view of views) {
      const run = view.runner(wallet);
      if (!run) {
        counts.set(view.label, null);
        continue;
      }
      await run();
      odoo.standin.calls.reset();
      await run();
      counts.set(view.label, odoo.standin.calls.list.length);
      const seen = odoo.standin.calls.list.map((call) => `${call.model}.${call.method}`);
      if (projects === 1) context.log(`  ${view.label}: ${seen.join(', ')}`);
    }
    context.log(`  ${projects} project(s): ${JSON.stringify(Object.fromEntries(counts))}`);
    return counts;
  } finally {
    await odoo.standin.close();
  }
}

/** Odoo calls per view at 1, 100 and 1000 support projects, beside the count at 1. */
export const callsPerView: Benchmark = {
  name,
  async run(context) {
    const bySize = new Map<number, Map<string, number | null>>();
    for (const size of sizes) bySize.set(size, await countCalls(size, context));

    const rows: BenchRow[] = [];
    for (const view of views) {
      const base = bySize.get(1)?.get(view.label) ?? null;
      for (const size of sizes) {
        const metric = `${view.label}, ${size} project${size === 1 ? '' : 's'}`;
        const count = bySize.get(size)?.get(view.label) ?? null;
        const shape = { benchmark: name, metric, unit: 'calls', baselineName: '1 project' };
        const target = 'same 2-4 at every size';
        if (count === null || base === null) {
          rows.push(missing({ ...shape, target }, `${view.label} is not in this build yet`));
          continue;
        }
        rows.push(
          compared({
            ...shape,
            value: count,
            baselineValue: base,
            target,
            runs: 1,
            meets: (_ratio, value) => value === base && value >= 2 && value <= 4,
          }),
        );
      }
    }
    return rows;
  },
};
