import type { IdSource } from './ids.js';
import { buildViewObject, type SlackView } from './payloads/view-object.js';

/** Why views.* refused an operation, in Slack's words. */
export type ViewRefusal =
  | 'not_found'
  | 'hash_conflict'
  | 'push_limit_reached'
  | 'duplicate_external_id';

export type ViewResult = { view: SlackView } | { refusal: ViewRefusal };

interface Located {
  view: SlackView;
  userId: string;
  stack: SlackView[] | null;
}

/** Slack keeps a root modal and at most two pushed views on top of it. */
export const maxStackDepth = 3;

/** Open modal stacks and published Home tabs, per user, with Slack's refusal rules. */
export class ViewStore {
  readonly modals = new Map<string, SlackView[]>();
  readonly homes = new Map<string, SlackView>();

  constructor(
    private readonly ids: IdSource,
    private readonly clock: () => number,
  ) {}

  /** Opens a new modal stack for the user (replacing one left open). */
  open(userId: string, view: Record<string, unknown>): ViewResult {
    if (this.isDuplicateExternalId(view)) return { refusal: 'duplicate_external_id' };

    const id = this.ids.next('V0');
    const stored = buildViewObject(view, { id, hash: this.newHash(), rootViewId: id });
    this.modals.set(userId, [stored]);
    return { view: stored };
  }

  /** Pushes a view onto the user's stack; the fourth view is refused. */
  push(userId: string, view: Record<string, unknown>): ViewResult {
    const stack = this.modals.get(userId);
    if (!stack || stack.length === 0) return this.open(userId, view);
    if (stack.length >= maxStackDepth) return { refusal: 'push_limit_reached' };
    if (this.isDuplicateExternalId(view)) return { refusal: 'duplicate_external_id' };

    const top = stack[stack.length - 1];
    const stored = buildViewObject(view, {
      id: this.ids.next('V0'),
      hash: this.newHash(),
      rootViewId: top?.root_view_id ?? null,
      previousViewId: top?.id ?? null,
    });
    stack.push(stored);
    return { view: stored };
  }

  /** Replaces a view found by id or external id; a stale `hash` is a conflict. */
  update(
    target: { viewId?: string; externalId?: string },
    view: Record<string, unknown>,
    hash?: string,
  ): ViewResult {
    const found = this.locate(target);
    if (!found) return { refusal: 'not_found' };
    if (hash !== undefined && hash !== found.view.hash) return { refusal: 'hash_conflict' };

    const stored = buildViewObject(
      { external_id: found.view.external_id, ...view },
      {
        id: found.view.id,
        hash: this.newHash(),
        rootViewId: found.view.root_view_id,
        previousViewId: found.view.previous_view_id,
      },
    );
    this.replace(found, stored);
    return { view: stored };
  }

  /** Publishes the user's Home tab, keeping its id; a stale `hash` is a conflict. */
  publish(userId: string, view: Record<string, unknown>, hash?: string): ViewResult {
    const current = this.homes.get(userId);
    if (current && hash !== undefined && hash !== current.hash) return { refusal: 'hash_conflict' };

    const id = current?.id ?? this.ids.next('V0');
    const stored = buildViewObject(view, { id, hash: this.newHash(), rootViewId: id });
    this.homes.set(userId, stored);
    return { view: stored };
  }

  /** Closes the top view of the user's stack (`all` closes the whole stack). */
  close(userId: string, all = false): void {
    const stack = this.modals.get(userId) ?? [];
    if (all) stack.length = 0;
    else stack.pop();
    if (stack.length === 0) this.modals.delete(userId);
  }

  /** Finds a live view by its id or external id. */
  locate(target: { viewId?: string; externalId?: string }): Located | null {
    const matches = (view: SlackView) =>
      target.viewId !== undefined
        ? view.id === target.viewId
        : target.externalId !== undefined && view.external_id === target.externalId;
    for (const [userId, stack] of this.modals) {
      const view = stack.find(matches);
      if (view) return { view, userId, stack };
    }
    for (const [userId, view] of this.homes) {
      if (matches(view)) return { view, userId, stack: null };
    }
    return null;
  }

  private replace(found: Located, stored: SlackView): void {
    if (!found.stack) {
      this.homes.set(found.userId, stored);
      return;
    }
    found.stack[found.stack.indexOf(found.view)] = stored;
  }

  private isDuplicateExternalId(view: Record<string, unknown>): boolean {
    const externalId = view.external_id;
    if (typeof externalId !== 'string' || externalId === '') return false;
    return this.locate({ externalId }) !== null;
  }

  private newHash(): string {
    return this.ids.hash(this.clock());
  }
}
