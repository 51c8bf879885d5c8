import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import { z } from 'zod';
import { type Config, type Environment, loadConfig } from '../config.js';
import { asWalletError, userMessage } from '../errors.js';
import { createLogger, type Logger, secretsOf } from '../logger.js';
import type { WalletService } from '../wallet/service.js';
import {
  type CliCommand,
  type CliIo,
  type CommandContext,
  type OpenWallet,
  type OptionValues,
  UsageError,
} from './command.js';
import * as registered from './commands/index.js';
import { openWallet as openDefaultWallet } from './open-wallet.js';

export type { CliIo } from './command.js';

const commands: CliCommand[] = Object.values(registered);

export interface RunOptions {
  /** Opens the wallet; by default on ODOO_URL, or on the built-in demo Odoo without it. */
  openWallet?: (
    config: Config,
    io: CliIo,
    logger: Logger,
    clock: () => Date,
  ) => Promise<OpenWallet>;
  clock?: () => Date;
  /** When long-running commands stop; by default on SIGINT or SIGTERM. */
  untilStopped?: () => Promise<void>;
}

function untilSignal(): Promise<void> {
  return new Promise((resolve) => {
    process.once('SIGINT', () => resolve());
    process.once('SIGTERM', () => resolve());
  });
}

const packageJson = z.object({ version: z.string() });

/** The version in package.json, two folders above this file in src/ and in a build alike. */
function packageVersion(): string {
  const text = readFileSync(new URL('../../package.json', import.meta.url), 'utf8');
  return packageJson.parse(JSON.parse(text)).version;
}

function commandUsage(command: CliCommand): string {
  return `Usage: wallet ${command.name} ${command.usage}`;
}

function generalUsage(): string {
  const width = Math.max(...commands.map((c) => c.name.length));
  return [
    'Usage: wallet <command> [options]   (add --json for machine-readable output)',
    '       wallet --version',
    '',
    'Commands:',
    ...commands.map((c) => `  ${c.name.padEnd(width)}  ${c.summary}`),
    '',
    'Odoo comes from ODOO_URL, ODOO_DB, ODOO_LOGIN and ODOO_API_KEY; without ODOO_URL the',
    'commands run on a built-in demo Odoo.',
  ].join('\n');
}

function parseCommandArgs(command: CliCommand, args: string[]): OptionValues {
  const { values } = parseArgs({
    args,
    options: {
      ...command.options,
      json: { type: 'boolean' },
      help: { type: 'boolean', short: 'h' },
    },
    strict: true,
    allowPositionals: false,
  });
  return values;
}

function reportFailure(error: unknown, json: boolean, io: CliIo, logger: Logger): number {
  const walletError = asWalletError(error);
  const message = userMessage(walletError);
  // The sentence below is what the user reads; the log repeats it only when asked for debug.
  logger.debug('command failed', { code: walletError.code, error });
  if (json) {
    const field = 'field' in walletError ? walletError.field : undefined;
    io.stdout(JSON.stringify({ error: { code: walletError.code, message, field } }, null, 2));
  }
  io.stderr(`Error: ${message}`);
  return 1;
}

/**
 * Runs `wallet <command> ...` and returns the exit code: 0 done, 1 refused or failed,
 * 2 bad usage. Everything it prints goes through `io`.
 */
export async function runCli(
  argv: string[],
  env: Environment,
  io: CliIo,
  options: RunOptions = {},
): Promise<number> {
  const [name, ...rest] = argv;
  if (name === '--version' || name === '-v' || name === 'version') {
    io.stdout(packageVersion());
    return 0;
  }
  if (name === undefined || name === 'help' || name === '--help' || name === '-h') {
    (name === undefined ? io.stderr : io.stdout)(generalUsage());
    return name === undefined ? 2 : 0;
  }
  const command = commands.find((c) => c.name === name);
  if (!command) {
    io.stderr(`Unknown command "${name}".\n${generalUsage()}`);
    return 2;
  }

  let values: OptionValues;
  try {
    values = parseCommandArgs(command, rest);
  } catch (error) {
    io.stderr(
      `${error instanceof Error ? error.message : String(error)}\n${commandUsage(command)}`,
    );
    return 2;
  }
  if (values.help === true) {
    io.stdout(`${commandUsage(command)}\n${command.summary}`);
    return 0;
  }
  const json = values.json === true;

  let config: Config;
  try {
    config = loadConfig(env);
  } catch (error) {
    return reportFailure(error, json, io, createLogger('error', io.stderr));
  }
  // The CLI's own output is on stdout; the log only says more when asked for debug.
  const level = config.logLevel === 'debug' ? 'debug' : 'error';
  const logger = createLogger(level, io.stderr, secretsOf(config));
  const clock = options.clock ?? (() => new Date());
  const open = options.openWallet ?? openDefaultWallet;

  let opened: Promise<OpenWallet> | undefined;
  const context: CommandContext = {
    io,
    json,
    config,
    logger,
    clock,
    operator: `${env.USER ?? env.USERNAME ?? 'someone'} (wallet CLI)`,
    untilStopped: options.untilStopped ?? untilSignal,
    wallet: async (): Promise<WalletService> => {
      opened ??= open(config, io, logger, clock);
      return (await opened).service;
    },
  };
  try {
    return await command.run(values, context);
  } catch (error) {
    if (error instanceof UsageError) {
      io.stderr(`${error.message}\n${commandUsage(command)}`);
      return 2;
    }
    return reportFailure(error, json, io, logger);
  } finally {
    if (opened) await (await opened.catch(() => null))?.close();
  }
}
