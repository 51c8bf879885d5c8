import type { IncomingMessage } from 'node:http';

/**
 * True when a request may act on the playground: it names this server as its host (no DNS
 * rebinding), any Origin is this server, and a POST carries JSON. A page elsewhere can
 * send a form or `text/plain` POST without asking the browser first; it cannot send JSON
 * across origins without a preflight, which the playground never grants.
 */
export function isSameOrigin(request: IncomingMessage, port: number): boolean {
  const hosts = [`127.0.0.1:${port}`, `localhost:${port}`];
  if (!hosts.includes(request.headers.host ?? '')) return false;

  const origin = request.headers.origin;
  if (origin !== undefined && !hosts.some((host) => origin === `http://${host}`)) return false;

  if (request.method !== 'POST') return true;
  const type = (request.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  return type === 'application/json';
}
