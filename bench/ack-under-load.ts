import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { type SlackStandin, startSlackStandin } from '../src/slack-standin/index.js';
import type { WalletService } from '../src/wallet/index.js';
import { type ChildWorker, startChildWorker } from './lib/child.js';
import {
  type Benchmark,
  type BenchRow,
  compared,
  median,
  percentile,
  sleep,
} from './lib/measure.js';
import { walletOver } from './lib/odoo.js';
import { signedCommand, timeToModal } from './lib/slack-load.js';
import {
  type SlackTarget,
  startBareBolt,
  startHttpFloor,
  startWalletApp,
} from './lib/slack-targets.js';

const name = 'ack under load';
const here = fileURLToPath(new URL('.', import.meta.url));
const concurrent = 200;
const odooDelayMs = 5000;
// Requests of the uncounted first round, enough to get the code paths compiled.
const warmUp = 50;

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

const emptyFigures = (): Figures => ({ p50: [], p99: [], modal: [] });

/**
 * One round: a burst of `/wallet balance`, then (for an app that opens modals) `/wallet log`
 * while the burst's Odoo calls are still held.
 */
async function round(load: ChildWorker, target: SlackTarget, slack: SlackStandin, into?: Figures) {
  const requests = Array.from({ length: into ? concurrent : warmUp }, () =>
    signedCommand(target, slack, 'balance'),
  );
  const answer = await load.ask({ url: target.url, requests });
  const latencies = z.object({ latencies: z.array(z.number()) }).parse(answer).latencies;
  into?.p50.push(percentile(latencies, 50));
  into?.p99.push(percentile(latencies, 99));
  if (target.opensModals) into?.modal.push(await timeToModal(target, slack));
}

function rows(figures: Record<'ours' | 'bare' | 'floor', Figures>, runs: number): BenchRow[] {
  const { ours, bare, floor } = figures;
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
      metric: 'ack p99, same burst on plain node:http (the floor)',
      value: median(floor.p99),
      baselineValue: median(bare.p99),
      target: 'for comparison',
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

async function startTargets(slack: SlackStandin, wallet: WalletService) {
  return {
    ours: await startWalletApp(slack, wallet),
    bare: await startBareBolt(slack),
    floor: await startHttpFloor(),
  };
}

/** Time to acknowledge signed commands while Odoo answers each call after 5 s. */
export const ackUnderLoad: Benchmark = {
  name,
  async run(context) {
    const runs = context.quick ? 2 : 5;
    const odoo = await startOdooStandin({ port: 0, data: 'demo' });
    const slack = await startSlackStandin({ port: 0, host: '127.0.0.1' });
    const load = startChildWorker(join(here, 'load-child.ts'));
    const { wallet } = await walletOver(odoo);
    const release = slowOdoo(odoo, odooDelayMs);
    const targets = await startTargets(slack, wallet);
    const figures = { ours: emptyFigures(), bare: emptyFigures(), floor: emptyFigures() };
    const order = ['floor', 'bare', 'ours'] as const;
    try {
      // A first round each, not counted, warms up the apps and the load generator.
      for (const key of order) await round(load, targets[key], slack);
      // Interleaved rounds share the machine's noise between the app and its baselines.
      for (let run = 0; run < runs; run++) {
        for (const key of order) await round(load, targets[key], slack, figures[key]);
        const last = (f: Figures) => [f.p50, f.p99].map((l) => Math.round(l.at(-1) ?? 0));
        context.log(
          `  round ${run + 1}: ack p50, p99 ${last(figures.ours)} ms; ` +
            `bare Bolt ${last(figures.bare)} ms; node:http ${last(figures.floor)} ms`,
        );
      }
      return rows(figures, runs);
    } finally {
      // Let the held calls through so the app answers its response URLs before all closes.
      release();
      load.stop();
      await sleep(1000);
      for (const key of order) await targets[key].close();
      await slack.close();
      await odoo.close();
    }
  },
};
