import { readFile } from 'node:fs/promises';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { Logger } from '../logger.js';
import type { AppEndpoint } from './app-client.js';
import { Courier } from './courier.js';
import { renderPage } from './page.js';
import type { PlaygroundUser } from './render/context.js';
import type { MessageShortcut } from './render/surfaces.js';
import { apiRoutes } from './routes.js';
import { isSameOrigin } from './same-origin.js';
import { Screen, type StandinSide } from './screen.js';
import { type ChannelInfo, screenFor } from './screen-json.js';

export interface PlaygroundOptions {
  port: number;
  host?: string;
  app: AppEndpoint;
  /** The Slack stand-in the app talks to: the playground shows and drives its state. */
  standin: StandinSide;
  /** The people in the user switcher (and in users_select menus). */
  users: PlaygroundUser[];
  /** Users allowed to reload, marked in the user switcher. */
  reloadUsers: string[];
  /** Channels listed first in the sidebar; the first one is open at start. */
  channels: ChannelInfo[];
  shortcuts: MessageShortcut[];
  logger: Logger;
}

/** A running playground: its page URL, the screen it shows, and how to stop it. */
export interface Playground {
  url: string;
  screen: Screen;
  close(): Promise<void>;
}

const maxBody = 256 * 1024;

async function readJson(request: IncomingMessage): Promise<unknown> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request) {
    size += chunk.length;
    if (size > maxBody) return undefined;
    chunks.push(chunk);
  }
  try {
    return JSON.parse(Buffer.concat(chunks).toString('utf8'));
  } catch {
    return undefined;
  }
}

function send(response: ServerResponse, status: number, type: string, body: string | Uint8Array) {
  response.writeHead(status, { 'Content-Type': type, 'Cache-Control': 'no-store' });
  response.end(body);
}

function sendJson(response: ServerResponse, status: number, value: unknown): void {
  send(response, status, 'application/json', JSON.stringify(value));
}

// The page's own files, read once at start; nothing else on disk is ever served.
const assetTypes: Record<string, string> = {
  'playground.js': 'text/javascript',
  'suggestions.js': 'text/javascript',
  'values.js': 'text/javascript',
  'playground.css': 'text/css',
};

async function loadAssets(): Promise<Map<string, { type: string; body: string }>> {
  const assets = new Map<string, { type: string; body: string }>();
  for (const [name, type] of Object.entries(assetTypes)) {
    const body = await readFile(new URL(`./public/${name}`, import.meta.url), 'utf8');
    assets.set(`/${name}`, { type, body });
  }
  return assets;
}

/** Starts the playground's HTTP server: the page, its script, its API and the file links. */
export async function startPlayground(options: PlaygroundOptions): Promise<Playground> {
  const { users, logger } = options;
  const screen = new Screen(options.standin, options.app.clock);
  const courier = new Courier({ screen, users, app: options.app, logger });
  const routes = apiRoutes(courier);
  const page = renderPage(users, options.reloadUsers);
  const assets = await loadAssets();
  const streams = new Set<ServerResponse>();

  // Server-Sent Events: the page re-reads /api/screen whenever anything on it changed.
  const stream = (request: IncomingMessage, response: ServerResponse) => {
    response.writeHead(200, { 'Content-Type': 'text/event-stream', 'Cache-Control': 'no-store' });
    response.write(': connected\n\n');
    streams.add(response);
    const stop = screen.onChange(() =>
      response.write(`event: change\ndata: ${screen.version}\n\n`),
    );
    request.on('close', () => {
      stop();
      streams.delete(response);
    });
  };

  const sendFile = (id: string, response: ServerResponse) => {
    const file = options.standin.files.get(id);
    if (!file?.bytes) return sendJson(response, 404, { ok: false, error: 'No such file' });
    const name = file.filename.replace(/[^\w.-]/g, '_');
    response.writeHead(200, {
      'Content-Type': 'application/octet-stream',
      'Content-Disposition': `attachment; filename="${name}"`,
    });
    response.end(file.bytes);
  };

  const get = (url: URL, request: IncomingMessage, response: ServerResponse) => {
    const path = url.pathname;
    if (path === '/') return send(response, 200, 'text/html; charset=utf-8', page);
    const asset = assets.get(path);
    if (asset) return send(response, 200, asset.type, asset.body);
    if (path === '/api/stream') return stream(request, response);
    if (path.startsWith('/files/')) return sendFile(decodeURIComponent(path.slice(7)), response);
    if (path !== '/api/screen') return sendJson(response, 404, { ok: false, error: 'Not found' });

    const userId = url.searchParams.get('user') ?? users[0]?.id ?? '';
    const channel = url.searchParams.get('channel') ?? '';
    const known = options.channels;
    const shown = screenFor(screen, {
      userId,
      channel,
      known,
      users,
      shortcuts: options.shortcuts,
    });
    sendJson(response, 200, shown);
  };

  // Known once the server listens; requests only arrive after that.
  let boundPort = options.port;
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://playground.invalid');
    if (!isSameOrigin(request, boundPort)) {
      return sendJson(response, 403, { ok: false, error: 'Only the playground page may call it' });
    }
    if (request.method === 'GET') return get(url, request, response);

    const route = request.method === 'POST' ? routes[url.pathname] : undefined;
    if (!route) return sendJson(response, 404, { ok: false, error: 'Not found' });
    const outcome = await route(await readJson(request));
    if (!outcome) return sendJson(response, 400, { ok: false, error: 'Malformed request' });
    sendJson(response, 200, outcome);
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      logger.error('playground request failed', { path: request.url, error });
      if (response.headersSent) response.end();
      else sendJson(response, 500, { ok: false, error: 'The playground failed; see its log.' });
    });
  });
  const host = options.host ?? '127.0.0.1';
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, host, resolve);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  boundPort = port;

  return {
    url: `http://${host}:${port}/`,
    screen,
    close: async () => {
      screen.dispose();
      for (const open of streams) open.end();
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
