import http from 'node:http';
import { createRequire } from 'node:module';
import type { AddressInfo, Socket } from 'node:net';
import { PassThrough, type Readable } from 'node:stream';

const require = createRequire(import.meta.url);

type CallCallback = (error: unknown, method?: string, params?: unknown[]) => void;

const Deserializer: new () => {
  deserializeMethodCall(stream: Readable, callback: CallCallback): void;
} = require('xmlrpc/lib/deserializer.js');

const serializer: {
  serializeMethodResponse(value: unknown): string;
  serializeFault(fault: { faultCode: number; faultString: string }): string;
} = require('xmlrpc/lib/serializer.js');

/** One request as the test server received it. */
export interface ReceivedCall {
  path: string;
  method: string;
  params: unknown[];
  /** The request body exactly as sent. */
  body: string;
  /** Settles when the connection that carried the request is closed. */
  closed: Promise<void>;
}

/** `xml`: answer 200 with these bytes; `drop`: cut the connection; `hang`: never answer. */
export type Reply =
  | { xml: string }
  | { status: number; body: string; contentType?: string }
  | 'drop'
  | 'hang';

export type Responder = (call: ReceivedCall, index: number) => Reply;

export interface XmlRpcTestServer {
  url: string;
  calls: ReceivedCall[];
  close(): Promise<void>;
}

/** Parses an XML-RPC method call. */
export function parseCall(xml: string): Promise<{ method: string; params: unknown[] }> {
  return new Promise((resolve, reject) => {
    const stream = new PassThrough();
    new Deserializer().deserializeMethodCall(stream, (error, method, params) => {
      if (error || !method) reject(error ?? new Error('no method name'));
      else resolve({ method, params: params ?? [] });
    });
    stream.end(xml);
  });
}

/** The XML of a successful answer. */
export function answerXml(value: unknown): string {
  return serializer.serializeMethodResponse(value);
}

/** The XML of a fault. */
export function faultXml(faultCode: number, faultString: string): string {
  return serializer.serializeFault({ faultCode, faultString });
}

function send(response: http.ServerResponse, answer: Exclude<Reply, 'drop' | 'hang'>) {
  if ('xml' in answer) {
    response.writeHead(200, { 'Content-Type': 'text/xml' }).end(answer.xml);
    return;
  }
  const contentType = answer.contentType ?? 'text/html';
  response.writeHead(answer.status, { 'Content-Type': contentType }).end(answer.body);
}

/** An HTTP server on 127.0.0.1 that answers XML-RPC calls as the responder says. */
export async function startXmlRpcServer(respond: Responder): Promise<XmlRpcTestServer> {
  const calls: ReceivedCall[] = [];
  const closings = new WeakMap<Socket, Promise<void>>();
  const server = http.createServer((request, response) => {
    const socket = request.socket;
    const closed = closings.get(socket) ?? new Promise((resolve) => socket.once('close', resolve));
    closings.set(socket, closed);
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const body = Buffer.concat(chunks).toString('utf8');
      answer(body, request.url ?? '', closed).then(
        (reply) => {
          if (reply === 'drop') socket.destroy();
          else if (reply !== 'hang') send(response, reply);
        },
        // A broken responder must fail the test at once, not leave the client waiting.
        (error: unknown) => send(response, { status: 500, body: String(error) }),
      );
    });
  });

  async function answer(body: string, path: string, closed: Promise<void>): Promise<Reply> {
    const { method, params } = await parseCall(body);
    const call = { path, method, params, body, closed };
    calls.push(call);
    return respond(call, calls.length - 1);
  }

  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}`,
    calls,
    close: () =>
      new Promise<void>((resolve) => {
        server.closeAllConnections();
        server.close(() => resolve());
      }),
  };
}
