import { arrayField, field, stringField } from './render/html.js';

/** A view (modal or Home tab) as the playground shows it and echoes it back to the app. */
export interface ShownView {
  id: string;
  hash: string;
  externalId: string;
  /** The view as Slack would echo it: ids filled in, `state` and bookkeeping fields added. */
  view: Record<string, unknown>;
}

/** Identity of the workspace and app the playground plays. */
export interface Workspace {
  teamId: string;
  teamDomain: string;
  appId: string;
  botId: string;
  botUserId: string;
}

// Slack invents a block_id for every block that lacks one and echoes it back; index-based
// ids keep what a user typed across a views.update that leaves the block list alone.
function withBlockIds(blocks: unknown[]): unknown[] {
  return blocks.map((block, index) => {
    if (typeof block !== 'object' || block === null) return block;
    if (stringField(block, 'block_id')) return block;
    return { ...block, block_id: `blk${index}` };
  });
}

/** Copies a view the app sent into the shape Slack echoes in later payloads. */
export function showView(
  sent: unknown,
  ids: { id: string; hash: string; rootId?: string; previousId?: string },
  workspace: Workspace,
  previous?: ShownView,
): ShownView {
  const { id, hash } = ids;
  const externalId = stringField(sent, 'external_id') ?? previous?.externalId ?? '';
  const source = typeof sent === 'object' && sent !== null ? sent : {};

  const view: Record<string, unknown> = {
    ...source,
    id,
    team_id: workspace.teamId,
    blocks: withBlockIds(arrayField(sent, 'blocks')),
    private_metadata: stringField(sent, 'private_metadata') ?? '',
    callback_id: stringField(sent, 'callback_id') ?? '',
    state: { values: {} },
    hash,
    clear_on_close: field(sent, 'clear_on_close') === true,
    notify_on_close: field(sent, 'notify_on_close') === true,
    close: field(sent, 'close') ?? null,
    submit: field(sent, 'submit') ?? null,
    previous_view_id: ids.previousId ?? null,
    root_view_id: ids.rootId ?? id,
    app_id: workspace.appId,
    external_id: externalId,
    app_installed_team_id: workspace.teamId,
    bot_id: workspace.botId,
  };
  return { id, hash, externalId, view };
}
