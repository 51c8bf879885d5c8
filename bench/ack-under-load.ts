import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { type SlackStandin, startSlackStandin } from '../src/slack-standin/index.js';
import {
  type Benchmark,
  type BenchRow,
  compared,
  median,
  percentile,
  sleep,
} from './lib/measure.js';
import { walletOver } from './lib/odoo.js';
import { burst, signedCommand, timeToModal } from './lib/slack-load.js';
import { type SlackTarget, startBareBolt, startWalletApp } from './lib/slack-targets.js';

const name = 'ack under load';
const concurrent = 200;
const odooDelayMs = 5000;

/** Holds every Odoo call for `ms` until released, like a server that takes its time. */
function slowOdoo(standin: OdooStandin, ms: number) {
  const waiting = new Set<() => void>();
  const remove = standin.onCall(
    () =>
      new Promise<void>((resolve) => {
        const done = () => {
          clearTimeout(timer);
          waiting.delete(done);
          resolve();
        };
        const timer = setTimeout(done, ms);
        waiting.add(done);
      }),
  );
  return () => {
    remove();
    for (const done of [...waiting]) done();
  };
}

interface Figures {
  p50: number[];
  p99: number[];
  modal: number[];
}

/** One round: a burst of `/wallet balance`, then `/wallet log` while the burst is pending. */
async function round(target: SlackTarget, slack: SlackStandin, figures: Figures) {
  const requests = Array.from({ length: concurrent }, () =>
    signedCommand(target, slack, 'balance'),
  );
  const latencies = await burst(target, requests);
  figures.p50.push(percentile(latencies, 50));
  figures.p99.push(percentile(latencies, 99));
  figures.modal.push(await timeToModal(target, slack));
}

function rows(ours: Figures, bare: Figures, runs: number): BenchRow[] {
  const shape = { benchmark: name, unit: 'ms', runs, baselineName: 'bare Bolt' };
  const load = `${concurrent} concurrent /wallet balance, Odoo ${odooDelayMs / 1000} s`;
  return [
    compared({
      ...shape,
      metric: `ack p50, ${load}`,
      value: median(ours.p50),
      baselineValue: median(bare.p50),
      target: 'for comparison',
    }),
    compared({
      ...shape,
      metric: `ack p99, ${load}`,
      value: median(ours.p99),
      baselineValue: median(bare.p99),
      target: '< 100 ms',
      meets: (_ratio, value) => value < 100,
    }),
    compared({
      ...shape,
      metric: '/wallet log to views.open, Odoo slow',
      value: median(ours.modal),
      baselineValue: median(bare.modal),
      target: '< 300 ms',
      meets: (_ratio, value) => value < 300,
    }),
  ];
}

/** Time to acknowledge signed commands while Odoo answers each call after 5 s. */
export const ackUnderLoad: Benchmark = {
  name,
  async run(context) {
    const runs = context.quick ? 2 : 5;
    const odoo = await startOdooStandin({ port: 0, data: 'demo' });
    const slack = await startSlackStandin({ port: 0, host: '127.0.0.1' });
    const { wallet } = await walletOver(odoo);
    const release = slowOdoo(odoo, odooDelayMs);
    const ours = await startWalletApp(slack, wallet);
    const bare = await startBareBolt(slack);
    const figures = {
      ours: { p50: [], p99: [], modal: [] } as Figures,
      bare: { p50: [], p99: [], modal: [] } as Figures,
    };
    try {
      // Alternating rounds share the machine's noise between the app and its baseline.
      for (let run = 0; run < runs; run++) {
        await round(bare, slack, figures.bare);
        await round(ours, slack, figures.ours);
        context.log(
          `  round ${run + 1}: ${JSON.stringify(figures.ours)} vs ${JSON.stringify(figures.bare)}`,
        );
      }
      return rows(figures.ours, figures.bare, runs);
    } finally {
      // Let the held calls through so the app answers its response URLs before all closes.
      release();
      await sleep(1000);
      await ours.close();
      await bare.close();
      await slack.close();
      await odoo.close();
    }
  },
};
