// The acknowledgement benchmark's load generator: fires each batch of signed requests it is
// sent all at once, from a process of its own so it does not share the app's event loop, and
// answers with each request's time to its HTTP answer. It ends when its parent lets go.
import { z } from 'zod';
import { burst } from './lib/slack-load.js';

const order = z.object({
  id: z.number(),
  url: z.string(),
  requests: z.array(z.object({ body: z.string(), headers: z.record(z.string(), z.string()) })),
});

process.on('message', async (message) => {
  const { id, url, requests } = order.parse(message);
  const latencies = await burst(url, requests);
  process.send?.({ id, latencies });
});
process.on('disconnect', () => process.exit(0));
process.send?.({ id: 0 });
