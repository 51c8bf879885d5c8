import type { Logger } from '../logger.js';
import type { MessageShortcut } from './render/surfaces.js';
import { peopleOf, type StandinSide } from './screen.js';
import { type Playground, startPlayground } from './server.js';

export type { MessageShortcut } from './render/surfaces.js';
export { type Playground, type PlaygroundOptions, startPlayground } from './server.js';

export interface LocalPlaygroundOptions {
  /** Where the page is served (PORT); 0 picks a free port. */
  port: number;
  standin: StandinSide;
  /** The app's `/slack/events` URL and the secret it checks signatures with. */
  appUrl: string;
  signingSecret: string;
  reloadUsers: string[];
  shortcuts: MessageShortcut[];
  logger: Logger;
  clock: () => Date;
}

/** The playground of local mode: the stand-in's people, its #support channel, on 127.0.0.1. */
export function startLocalPlayground(options: LocalPlaygroundOptions): Promise<Playground> {
  return startPlayground({
    port: options.port,
    host: '127.0.0.1',
    app: { url: options.appUrl, signingSecret: options.signingSecret, clock: options.clock },
    standin: options.standin,
    users: peopleOf(options.standin),
    reloadUsers: options.reloadUsers,
    channels: [{ id: 'C0SUPPORT', name: '# support' }],
    shortcuts: options.shortcuts,
    logger: options.logger,
  });
}
