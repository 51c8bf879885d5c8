import { Agent } from 'node:http';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
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
import { walletOn } from './lib/odoo.js';
import { type Issued, send, signedCommand } from './lib/slack-load.js';
import {
  type SlackApi,
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
// Past Slack's 3 s the modal has failed anyway; waiting longer only tells by how much.
const modalTimeoutMs = 30_000;

const remoteReady = z.object({
  odoo: z.object({ url: z.string(), db: z.string(), login: z.string(), apiKey: z.string() }),
  slack: z.object({ apiUrl: z.string(), botToken: z.string() }),
});
const issuedAnswer = z.object({
  issued: z.array(z.object({ triggerId: z.string(), responseUrl: z.string() })),
});

interface Figures {
  p50: number[];
  p99: number[];
  modal: number[];
}

const emptyFigures = (): Figures => ({ p50: [], p99: [], modal: [] });

interface Sides {
  /** The Odoo and Slack stand-ins, in their own process. */
  remote: ChildWorker;
  /** The load generator, in its own process. */
  load: ChildWorker;
}

async function issue(sides: Sides, count: number): Promise<Issued[]> {
  return issuedAnswer.parse(await sides.remote.ask({ type: 'issue', count })).issued;
}

/** Milliseconds from sending `/wallet log` to the views.open it causes at the Slack stand-in. */
async function timeToModal(sides: Sides, target: SlackTarget): Promise<number> {
  const [issued] = await issue(sides, 1);
  if (!issued) throw new Error('the Slack stand-in issued no trigger id');
  const opened = sides.remote.ask({
    type: 'views-open',
    triggerId: issued.triggerId,
    timeoutMs: modalTimeoutMs,
  });
  const agent = new Agent({ keepAlive: false });
  const started = Date.now();
  await send(target.url, signedCommand(target, issued, 'log'), agent);
  agent.destroy();
  const answer = z.object({ time: z.number().optional() }).parse(await opened);
  return answer.time === undefined ? modalTimeoutMs : answer.time - started;
}

/**
 * One round: a burst of `/wallet balance`, then (for an app that opens modals) `/wallet log`
 * while the burst's Odoo calls are still held.
 */
async function round(sides: Sides, target: SlackTarget, into?: Figures) {
  const issued = await issue(sides, into ? concurrent : warmUp);
  const requests = issued.map((one) => signedCommand(target, one, 'balance'));
  const answer = await sides.load.ask({ url: target.url, requests });
  const latencies = z.object({ latencies: z.array(z.number()) }).parse(answer).latencies;
  into?.p50.push(percentile(latencies, 50));
  into?.p99.push(percentile(latencies, 99));
  if (target.opensModals) into?.modal.push(await timeToModal(sides, target));
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

async function startTargets(slack: SlackApi, wallet: WalletService) {
  return {
    ours: await startWalletApp(slack, wallet),
    bare: await startBareBolt(slack),
    floor: await startHttpFloor(),
  };
}

/**
 * Time to acknowledge signed commands while Odoo answers each call after 5 s. The app runs
 * here; the stand-ins and the load generator each run in a process of their own, as Slack and
 * Odoo are other machines.
 */
export const ackUnderLoad: Benchmark = {
  name,
  async run(context) {
    const runs = context.quick ? 2 : 5;
    const sides: Sides = {
      remote: startChildWorker(join(here, 'remote-child.ts')),
      load: startChildWorker(join(here, 'load-child.ts')),
    };
    const remote = remoteReady.parse(await sides.remote.ready);
    const { wallet } = await walletOn({ ...remote.odoo, protocol: 'xmlrpc', timeoutMs: 60_000 });
    await sides.remote.ask({ type: 'hold', ms: odooDelayMs });
    const targets = await startTargets(remote.slack, wallet);
    const figures = { ours: emptyFigures(), bare: emptyFigures(), floor: emptyFigures() };
    const order = ['floor', 'bare', 'ours'] as const;
    try {
      // A first round each, not counted, warms up the apps and the load generator.
      for (const key of order) await round(sides, targets[key]);
      // Interleaved rounds share the machine's noise between the app and its baselines.
      for (let run = 0; run < runs; run++) {
        for (const key of order) await round(sides, targets[key], figures[key]);
        const last = (f: Figures) =>
          [f.p50, f.p99, f.modal].map((list) => Math.round(list.at(-1) ?? 0));
        context.log(
          `  round ${run + 1}: ack p50, p99, modal ${last(figures.ours)} ms; ` +
            `bare Bolt ${last(figures.bare)} ms; node:http ${last(figures.floor)} ms`,
        );
      }
      return rows(figures, runs);
    } finally {
      // Let the held calls through so the app answers its response URLs before all closes.
      await sides.remote.ask({ type: 'release' });
      await sleep(1000);
      for (const key of order) await targets[key].close();
      sides.load.stop();
      sides.remote.stop();
    }
  },
};
