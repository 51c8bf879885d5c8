import type { IncomingMessage, ServerResponse } from 'node:http';
import { webNotFoundReply } from './replies.js';
import { createJson2Route, type Json2Call, type Json2RouteOptions } from './route.js';

type Handler = (req: IncomingMessage, res: ServerResponse, body: Buffer) => Promise<void>;

/** What mounting needs of a running stand-in. */
export interface Json2Host {
  engine: Json2RouteOptions['engine'];
  dispatch(protocol: 'json2', call: Json2Call): Promise<unknown>;
  route(prefix: string, handler: Handler): void;
}

/** Paths Odoo 19 serves besides XML-RPC: the JSON-2 API and the version it reports. */
export const json2Prefixes = ['/json/2', '/json/version', '/web/version'];

/** Serves JSON-2 and `/web/version` on the stand-in's port. */
export function mountJson2(host: Json2Host, floatKeys?: Json2RouteOptions['floatKeys']): void {
  const route = createJson2Route({
    engine: host.engine,
    dispatch: (call) => host.dispatch('json2', call),
    floatKeys,
  });

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
  for (const prefix of json2Prefixes) host.route(prefix, handler);
}
