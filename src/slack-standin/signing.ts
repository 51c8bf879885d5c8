import { createHmac } from 'node:crypto';
import { workspace } from './workspace.js';

/** The exact form Content-Type Bolt accepts (string equality: no charset). */
export const formContentType = 'application/x-www-form-urlencoded';
export const jsonContentType = 'application/json';

/** Headers of a signed request, ready for fetch. */
export interface SignedHeaders {
  'Content-Type': string;
  'X-Slack-Request-Timestamp': string;
  'X-Slack-Signature': string;
  'X-Slack-Retry-Num'?: string;
  'X-Slack-Retry-Reason'?: string;
}

/** `v0=` + hex HMAC-SHA256 of `v0:{timestamp}:{body}` keyed with the signing secret. */
export function slackSignature(secret: string, body: string, timestampSeconds: number): string {
  const digest = createHmac('sha256', secret)
    .update(`v0:${timestampSeconds}:${body}`)
    .digest('hex');
  return `v0=${digest}`;
}

/** Options for a redelivered Events API request. */
export interface RetryHeaders {
  retryNum?: number;
  retryReason?: string;
}

/**
 * Signs `body` as Slack does and returns the headers to send with it. The content type
 * follows the body: JSON for event envelopes, bare form encoding for everything else.
 */
export function signSlackRequest(
  secret: string,
  body: string,
  timestampSeconds: number,
  retry: RetryHeaders = {},
): SignedHeaders {
  const headers: SignedHeaders = {
    'Content-Type': body.startsWith('{') ? jsonContentType : formContentType,
    'X-Slack-Request-Timestamp': String(timestampSeconds),
    'X-Slack-Signature': slackSignature(secret, body, timestampSeconds),
  };
  if (retry.retryNum !== undefined) headers['X-Slack-Retry-Num'] = String(retry.retryNum);
  if (retry.retryReason !== undefined) headers['X-Slack-Retry-Reason'] = retry.retryReason;
  return headers;
}

export interface SlashCommandInput {
  command: string;
  text?: string;
  userId?: string;
  userName?: string;
  channelId?: string;
  channelName?: string;
  triggerId: string;
  responseUrl: string;
  teamId?: string;
  teamDomain?: string;
  apiAppId?: string;
  token?: string;
  /** An org-wide install adds the enterprise right after `team_domain`. */
  enterprise?: { id: string; name: string };
}

function channelNameOf(channelId: string): string {
  return channelId.startsWith('D') ? 'directmessage' : channelId.replace(/^C0?/, '').toLowerCase();
}

/** The form body Slack POSTs for a slash command, field for field in Slack's order. */
export function slashCommandBody(input: SlashCommandInput): string {
  const userId = input.userId ?? 'U0AGENT';
  const channelId = input.channelId ?? workspace.supportChannel;
  const fields: [string, string][] = [
    ['token', input.token ?? workspace.verificationToken],
    ['team_id', input.teamId ?? workspace.teamId],
    ['team_domain', input.teamDomain ?? workspace.teamDomain],
  ];
  if (input.enterprise) {
    fields.push(['enterprise_id', input.enterprise.id], ['enterprise_name', input.enterprise.name]);
  }
  fields.push(
    ['channel_id', channelId],
    ['channel_name', input.channelName ?? channelNameOf(channelId)],
    ['user_id', userId],
    ['user_name', input.userName ?? userId.replace(/^U0?/, '').toLowerCase()],
    ['command', input.command],
    ['text', input.text ?? ''],
    ['api_app_id', input.apiAppId ?? workspace.appId],
    ['is_enterprise_install', input.enterprise ? 'true' : 'false'],
    ['response_url', input.responseUrl],
    ['trigger_id', input.triggerId],
  );
  return new URLSearchParams(fields).toString();
}

/** An interactivity body: one form field `payload` holding the compact JSON. */
export function interactionBody(payload: unknown): string {
  return new URLSearchParams({ payload: JSON.stringify(payload) }).toString();
}

/** An Events API body: the compact JSON of the envelope. */
export function eventBody(envelope: unknown): string {
  return JSON.stringify(envelope);
}
