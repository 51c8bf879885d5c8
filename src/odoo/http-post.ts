import http from 'node:http';
import https from 'node:https';
import { RequestTimeoutError } from './network-errors.js';

export interface HttpAnswer {
  status: number;
  contentType: string;
  body: string;
}

export interface PostOptions {
  headers: Record<string, string>;
  timeoutMs: number;
  agent?: http.Agent;
}

/** A keep-alive agent for the URL's scheme; idle sockets are dropped before Odoo drops them. */
export function createAgent(url: URL): http.Agent {
  const options = { keepAlive: true, timeout: 4000 };
  return url.protocol === 'https:' ? new https.Agent(options) : new http.Agent(options);
}

/**
 * POSTs a body and collects the whole answer. The deadline covers the whole exchange, not
 * just idle time; when it passes, the request and its socket are destroyed.
 */
export function postText(url: URL, body: string, options: PostOptions): Promise<HttpAnswer> {
  const client = url.protocol === 'https:' ? https : http;
  return new Promise((resolve, reject) => {
    let timer: NodeJS.Timeout | undefined;
    const fail = (error: unknown) => {
      clearTimeout(timer);
      reject(error);
    };

    const request = client.request(
      url,
      {
        method: 'POST',
        agent: options.agent,
        headers: { ...options.headers, 'Content-Length': String(Buffer.byteLength(body)) },
      },
      (response) => {
        const chunks: Buffer[] = [];
        response.on('data', (chunk: Buffer) => chunks.push(chunk));
        response.on('error', fail);
        response.on('close', () => {
          if (!response.complete) fail(Object.assign(new Error('aborted'), { code: 'ECONNRESET' }));
        });
        response.on('end', () => {
          clearTimeout(timer);
          resolve({
            status: response.statusCode ?? 0,
            contentType: response.headers['content-type'] ?? '',
            body: Buffer.concat(chunks).toString('utf8'),
          });
        });
      },
    );

    const expire = () => request.destroy(new RequestTimeoutError(options.timeoutMs));
    timer = setTimeout(expire, options.timeoutMs);
    request.on('error', fail);
    request.end(body);
  });
}

/** The URL as it may appear in messages and logs: no user, no password, no query. */
export function displayUrl(url: URL): string {
  return `${url.protocol}//${url.host}${url.pathname}`.replace(/\/+$/, '');
}
