import type { IncomingMessage, ServerResponse } from 'node:http';
import { webNotFoundReply } from './replies.js';
import { createJson2Route, type Json2RouteOptions } from './route.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>;

/** Paths Odoo 19 serves besides XML-RPC: the JSON-2 API and the version it reports. */
export const json2Prefixes = ['/json/2', '/json/version', '/web/version'];

/** The stand-in's routes for JSON-2 and `/web/version`, for its HTTP server to mount. */
export function json2Routes(
  options: Json2RouteOptions,
): Array<{ prefix: string; handler: Handler }> {
  const route = createJson2Route(options);

  const handler: Handler = async (req, res, body) => {
    const reply =
      (await route({
        method: req.method ?? 'GET',
        path: req.url ?? '/',
        headers: req.headers,
        body: body.toString('utf8'),
      })) ?? webNotFoundReply();
    res.writeHead(reply.status, reply.headers).end(reply.body);
  };
  return json2Prefixes.map((prefix) => ({ prefix, handler }));
}
