import { isRecord } from '../validate/report.js';
import { workspace } from '../workspace.js';
import { normaliseBlocks } from './normalise.js';

/** A view as Slack stores and echoes it (views.* answers, interaction payloads). */
export type SlackView = {
  id: string;
  team_id: string;
  type: string;
  blocks: unknown[];
  private_metadata: string;
  callback_id: string;
  state: { values: Record<string, Record<string, unknown>> };
  hash: string;
  title?: unknown;
  clear_on_close: boolean;
  notify_on_close: boolean;
  close?: unknown;
  submit?: unknown;
  previous_view_id: string | null;
  root_view_id: string | null;
  app_id: string;
  external_id: string;
  app_installed_team_id: string;
  bot_id: string;
};

/** Identity a stored view keeps across updates. */
export interface ViewIdentity {
  id: string;
  hash: string;
  rootViewId: string | null;
  previousViewId?: string | null;
}

function text(value: unknown): string {
  return typeof value === 'string' ? value : '';
}

function normalisedText(value: unknown): unknown {
  if (!isRecord(value)) return null;
  return value.type === 'plain_text' && value.emoji === undefined
    ? { ...value, emoji: true }
    : value;
}

/** Turns the view an app sends into the view object Slack answers with, keys in Slack's order. */
export function buildViewObject(view: Record<string, unknown>, identity: ViewIdentity): SlackView {
  const type = text(view.type) || 'modal';
  const blocks = Array.isArray(view.blocks) ? normaliseBlocks(view.blocks) : [];
  const modalParts = type === 'modal' ? { title: normalisedText(view.title) } : {};
  const buttons =
    type === 'modal'
      ? { close: normalisedText(view.close), submit: normalisedText(view.submit) }
      : {};

  return {
    id: identity.id,
    team_id: workspace.teamId,
    type,
    blocks,
    private_metadata: text(view.private_metadata),
    callback_id: text(view.callback_id),
    state: { values: {} },
    hash: identity.hash,
    ...modalParts,
    clear_on_close: view.clear_on_close === true,
    notify_on_close: view.notify_on_close === true,
    ...buttons,
    previous_view_id: identity.previousViewId ?? null,
    root_view_id: identity.rootViewId,
    app_id: workspace.appId,
    external_id: text(view.external_id),
    app_installed_team_id: workspace.teamId,
    bot_id: workspace.botId,
  };
}
