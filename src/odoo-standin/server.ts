import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { HangUp } from './calls.js';

/** Handles the requests under one path prefix; answers through `res`. */
export type RouteHandler = (
  req: IncomingMessage,
  res: ServerResponse,
  body: Buffer,
) => Promise<void>;

export interface HttpOptions {
  host: string;
  port: number;
  latencyMs: number;
  routes: Array<{ prefix: string; handler: RouteHandler }>;
}

function readBody(req: IncomingMessage): Promise<Buffer> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => resolve(Buffer.concat(chunks)));
    req.on('error', reject);
  });
}

const NOT_FOUND =
  '<!doctype html>\n<html lang=en>\n<title>404 Not Found</title>\n<h1>Not Found</h1>\n' +
  '<p>The requested URL was not found on the server.</p>\n';

/** Starts the HTTP server; the first route whose prefix matches the path answers. */
export async function listen(options: HttpOptions): Promise<Server> {
  const server = createServer(async (req, res) => {
    try {
      const body = await readBody(req);
      if (options.latencyMs > 0) await new Promise((r) => setTimeout(r, options.latencyMs));
      const path = (req.url ?? '/').split('?')[0] ?? '/';
      const route = options.routes.find((candidate) => path.startsWith(candidate.prefix));
      if (!route) {
        res.writeHead(404, { 'Content-Type': 'text/html; charset=utf-8' }).end(NOT_FOUND);
        return;
      }
      await route.handler(req, res, body);
    } catch (error) {
      if (error instanceof HangUp) {
        req.socket.destroy();
        return;
      }
      if (!res.headersSent) res.writeHead(500, { 'Content-Type': 'text/plain' });
      res.end(error instanceof Error ? error.message : 'internal error');
    }
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => resolve());
  });
  return server;
}

/** Stops accepting and drops open connections, so tests end at once. */
export function closeServer(server: Server): Promise<void> {
  return new Promise((resolve, reject) => {
    server.close((error) => (error ? reject(error) : resolve()));
    server.closeAllConnections();
  });
}
