import { isRecord } from '../validate/report.js';
import { workspace } from '../workspace.js';
import { buildViewObject, type SlackView } from './view-object.js';

/** A Slack user in a payload: an id, or an id with the handle Slack shows. */
export type UserInput = string | { id: string; name?: string };

/** The `user` object interaction payloads carry. */
export function userRef(user: UserInput): Record<string, string> {
  const id = typeof user === 'string' ? user : user.id;
  const given = typeof user === 'string' ? undefined : user.name;
  const name = given ?? id.replace(/^U0?/, '').toLowerCase();
  return { id, username: name, name, team_id: workspace.teamId };
}

/** The `team` object interaction payloads carry. */
export function teamRef(): Record<string, string> {
  return { id: workspace.teamId, domain: workspace.teamDomain };
}

/** Fields every interaction payload ends with on a plain (non-enterprise) workspace. */
export const plainWorkspace = { enterprise: null, is_enterprise_install: false } as const;

function isSlackView(view: Record<string, unknown>): boolean {
  return typeof view.id === 'string' && typeof view.hash === 'string' && 'root_view_id' in view;
}

/**
 * Accepts a view as a stand-in stored it, or as an app would send it, and returns the view
 * object Slack puts in payloads (a bare view gets the fixtures' ids `V0MODAL` / `V0HOME`).
 */
export function asSlackView(view: Record<string, unknown>): SlackView {
  if (isSlackView(view)) return buildViewObject(view, identityOf(view));
  const id = view.type === 'home' ? 'V0HOME' : 'V0MODAL';
  return buildViewObject(view, { id, hash: '1767225590.AbCdEf00', rootViewId: id });
}

function identityOf(view: Record<string, unknown>) {
  const id = String(view.id);
  const root = typeof view.root_view_id === 'string' ? view.root_view_id : id;
  const previous = typeof view.previous_view_id === 'string' ? view.previous_view_id : null;
  return { id, hash: String(view.hash), rootViewId: root, previousViewId: previous };
}

/** Finds the block holding the element with this action_id, and the element itself. */
export function findElement(
  blocks: readonly unknown[],
  actionId: string,
): { blockId: string; element: Record<string, unknown> } | null {
  for (const block of blocks) {
    if (!isRecord(block)) continue;

    const elements = [
      block.element,
      block.accessory,
      ...(Array.isArray(block.elements) ? block.elements : []),
    ];
    const element = elements.find((item) => isRecord(item) && item.action_id === actionId);
    if (isRecord(element)) return { blockId: String(block.block_id), element };
  }
  return null;
}
