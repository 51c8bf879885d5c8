import type { ParseArgsConfig } from 'node:util';
import type { Config } from '../config.js';
import type { Logger } from '../logger.js';
import type { WalletService } from '../wallet/service.js';

/** Where the CLI writes; each call is one line or block, without the trailing newline. */
export interface CliIo {
  stdout: (text: string) => void;
  stderr: (text: string) => void;
}

export type OptionValues = Record<string, string | boolean | string[] | boolean[] | undefined>;

/** An open wallet and how to let go of what it holds (a demo Odoo, sockets). */
export interface OpenWallet {
  service: WalletService;
  close: () => Promise<void>;
}

export interface CommandContext {
  io: CliIo;
  /** `--json` was given: print one JSON document on stdout and nothing else there. */
  json: boolean;
  config: Config;
  logger: Logger;
  clock: () => Date;
  /** Who runs the command, for notes left in Odoo. */
  operator: string;
  /** Connects on first use, so bad usage never waits for Odoo. */
  wallet: () => Promise<WalletService>;
  /** Resolves when a long-running command should stop (Ctrl-C, or a test saying so). */
  untilStopped: () => Promise<void>;
}

/** One `wallet <name>` command. */
export interface CliCommand {
  name: string;
  summary: string;
  /** The arguments after the command name, e.g. `--task ID --hours 1:30`. */
  usage: string;
  options: NonNullable<ParseArgsConfig['options']>;
  /** Returns the exit code: 0 done, 1 refused or failed. Throw UsageError for bad usage. */
  run(values: OptionValues, context: CommandContext): Promise<number>;
}

/** Bad usage: the CLI prints the message and the command's usage and exits with 2. */
export class UsageError extends Error {
  constructor(message: string) {
    super(message);
    this.name = 'UsageError';
  }
}
