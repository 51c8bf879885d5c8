import { createServer, type IncomingHttpHeaders, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ReceivedRequest {
  method: string;
  path: string;
  headers: IncomingHttpHeaders;
  body: string;
}

export interface CannedAnswer {
  status: number;
  headers?: Record<string, string>;
  body: string;
}

/** Decides the answer to one request; `'drop'` closes the socket without answering. */
export type Responder = (request: ReceivedRequest) => CannedAnswer | 'drop' | 'hang';

export interface ReplayServer {
  url: string;
  received: ReceivedRequest[];
  respond(responder: Responder): void;
  close(): Promise<void>;
}

/** A local HTTP server on 127.0.0.1 that answers what the test tells it to and records requests. */
export async function startReplayServer(): Promise<ReplayServer> {
  const received: ReceivedRequest[] = [];
  let responder: Responder = () => ({ status: 500, body: 'no answer set' });

  const server: Server = createServer((req, res) => {
    const chunks: Buffer[] = [];
    req.on('data', (chunk: Buffer) => chunks.push(chunk));
    req.on('end', () => {
      const request = {
        method: req.method ?? '',
        path: req.url ?? '',
        headers: req.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      };
      received.push(request);

      const answer = responder(request);
      if (answer === 'hang') return;
      if (answer === 'drop') {
        req.socket.destroy();
        return;
      }
      res.writeHead(answer.status, answer.headers ?? {});
      res.end(answer.body);
    });
  });

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;

  return {
    url: `http://127.0.0.1:${port}`,
    received,
    respond(next) {
      responder = next;
    },
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}

/** A JSON answer as Odoo sends it. */
export function jsonAnswer(status: number, value: unknown): CannedAnswer {
  return {
    status,
    headers: { 'Content-Type': 'application/json; charset=utf-8' },
    body: JSON.stringify(value),
  };
}
