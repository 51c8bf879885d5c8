// The acknowledgement benchmark's "remote side": the Odoo and Slack stand-ins in a process of
// their own, as Odoo and Slack are other machines for the app. The parent drives them over
// IPC: hold Odoo's answers, issue trigger ids and response URLs, wait for a views.open.
import { z } from 'zod';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { startSlackStandin, workspace } from '../src/slack-standin/index.js';

const order = z.discriminatedUnion('type', [
  z.object({ id: z.number(), type: z.literal('hold'), ms: z.number() }),
  z.object({ id: z.number(), type: z.literal('release') }),
  z.object({ id: z.number(), type: z.literal('issue'), count: z.number() }),
  z.object({
    id: z.number(),
    type: z.literal('views-open'),
    triggerId: z.string(),
    timeoutMs: z.number(),
  }),
]);

/** Holds every Odoo call for `ms` until released, like a server that takes its time. */
function holdOdoo(standin: OdooStandin, ms: number): () => void {
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

const odoo = await startOdooStandin({ port: 0, data: 'demo' });
const slack = await startSlackStandin({ port: 0, host: '127.0.0.1' });
let release = () => {};

async function answer(message: z.infer<typeof order>): Promise<Record<string, unknown>> {
  switch (message.type) {
    case 'hold':
      release = holdOdoo(odoo, message.ms);
      return {};
    case 'release':
      release();
      return {};
    case 'issue': {
      const target = { channel: workspace.supportChannel, user: 'U0AGENT' };
      return {
        issued: Array.from({ length: message.count }, () => ({
          triggerId: slack.issueTriggerId('U0AGENT'),
          responseUrl: slack.issueResponseUrl(target),
        })),
      };
    }
    case 'views-open': {
      const call = await slack.waitForCall(
        'views.open',
        (seen) => seen.args.trigger_id === message.triggerId,
        message.timeoutMs,
      );
      return { time: call.time };
    }
  }
}

process.on('message', async (raw) => {
  const message = order.parse(raw);
  try {
    process.send?.({ id: message.id, ...(await answer(message)) });
  } catch (error) {
    process.send?.({ id: message.id, error: error instanceof Error ? error.message : 'failed' });
  }
});
process.on('disconnect', () => {
  release();
  void Promise.all([odoo.close(), slack.close()]).then(() => process.exit(0));
});
process.send?.({
  id: 0,
  odoo: odoo.settings,
  slack: { apiUrl: slack.apiUrl, botToken: slack.botToken },
});
