/** Stable codes that callers decide on; never decide on message text. */
export type ErrorCode =
  | 'config'
  | 'auth'
  | 'access'
  | 'not_found'
  | 'validation'
  | 'conflict'
  | 'unavailable'
  | 'server';

export interface WalletErrorOptions {
  cause?: unknown;
  /** Text kept for the log only (an Odoo traceback, a raw answer); never shown to users. */
  detail?: string;
}

/** Base of every error the product raises on purpose. */
export class WalletError extends Error {
  readonly code: ErrorCode;
  readonly detail: string | undefined;

  constructor(code: ErrorCode, message: string, options: WalletErrorOptions = {}) {
    super(message, { cause: options.cause });
    this.name = 'WalletError';
    this.code = code;
    this.detail = options.detail;
  }
}

/** A setting is missing or malformed; the message names the variable and a valid value. */
export class ConfigError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('config', message, options);
    this.name = 'ConfigError';
  }
}

/** Odoo refused the credentials: wrong API key, login or database. */
export class AuthError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('auth', message, options);
    this.name = 'AuthError';
  }
}

/** The user may not do this: Odoo record rules or groups, or our own allow lists. */
export class AccessError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('access', message, options);
    this.name = 'AccessError';
  }
}

/** A record that was asked for does not exist (or was deleted). */
export class NotFoundError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('not_found', message, options);
    this.name = 'NotFoundError';
  }
}

/** Input was refused by a rule of ours or by Odoo (UserError, ValidationError). */
export class ValidationError extends WalletError {
  /** The input the message is about, so a form can show it under the right field. */
  readonly field: string | undefined;

  constructor(message: string, options: WalletErrorOptions & { field?: string } = {}) {
    super('validation', message, options);
    this.name = 'ValidationError';
    this.field = options.field;
  }
}

/** The operation clashes with another one in flight or with the current state. */
export class ConflictError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('conflict', message, options);
    this.name = 'ConflictError';
  }
}

/** Odoo could not be reached or did not answer in time; safe reads may be retried. */
export class UnavailableError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('unavailable', message, options);
    this.name = 'UnavailableError';
  }
}

/** Odoo answered something we did not expect: an unexpected fault or a malformed answer. */
export class ServerError extends WalletError {
  constructor(message: string, options?: WalletErrorOptions) {
    super('server', message, options);
    this.name = 'ServerError';
  }
}

export type LogLevel = 'debug' | 'info' | 'warn' | 'error';

interface CodePolicy {
  level: LogLevel;
  /** What a Slack or CLI user reads; `null` means the error's own message is fit to show. */
  sentence: string | null;
}

const policies: Record<ErrorCode, CodePolicy> = {
  config: { level: 'error', sentence: null },
  auth: {
    level: 'error',
    sentence: 'Odoo refused our credentials. Ask an admin to check the Odoo API key and database.',
  },
  access: { level: 'warn', sentence: null },
  not_found: { level: 'info', sentence: null },
  validation: { level: 'info', sentence: null },
  conflict: { level: 'info', sentence: null },
  unavailable: {
    level: 'warn',
    sentence: 'Odoo is not answering right now. Nothing was changed; try again in a minute.',
  },
  server: {
    level: 'error',
    sentence:
      'Odoo answered with an unexpected error. Nothing more was changed; an admin can ' +
      'find the details in the bot log.',
  },
};

/** Wraps anything thrown into a WalletError, keeping the original as `cause`. */
export function asWalletError(error: unknown): WalletError {
  if (error instanceof WalletError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ServerError(`Unexpected error: ${message}`, { cause: error });
}

/** The sentence a user sees for an error. */
export function userMessage(error: unknown): string {
  const walletError = asWalletError(error);
  return policies[walletError.code].sentence ?? walletError.message;
}

/** The level an error is logged at. */
export function logLevelFor(error: unknown): LogLevel {
  return policies[asWalletError(error).code].level;
}

/** True when the error is of the given code. */
export function hasCode(error: unknown, code: ErrorCode): boolean {
  return error instanceof WalletError && error.code === code;
}
