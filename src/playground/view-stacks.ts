import { type ShownView, showView, type Workspace } from './views.js';

/** Slack shows a root modal and at most two pushed on top of it. */
export const maxStackDepth = 3;

/** Each user's modal stack and Home tab. */
export class ViewStacks {
  private readonly stacks = new Map<string, ShownView[]>();
  private readonly homes = new Map<string, ShownView>();
  private counter = 0;

  constructor(
    private readonly workspace: Workspace,
    private readonly clock: () => Date,
  ) {}

  private ids(id?: string) {
    this.counter += 1;
    const seconds = Math.floor(this.clock().getTime() / 1000);
    const n = String(this.counter).padStart(6, '0');
    return { id: id ?? `V0PG${n}`, hash: `${seconds}.pg${n}` };
  }

  /** The modal on top of a user's stack, if any. */
  top(userId: string): ShownView | undefined {
    return this.stacks.get(userId)?.at(-1);
  }

  /** How many modals the user has stacked. */
  depth(userId: string): number {
    return this.stacks.get(userId)?.length ?? 0;
  }

  /** The user's Home tab, once the app published one. */
  home(userId: string): ShownView | undefined {
    return this.homes.get(userId);
  }

  /** A user's open modal or Home view with this id. */
  find(userId: string, viewId: string): ShownView | undefined {
    const home = this.homes.get(userId);
    if (home?.id === viewId) return home;
    return this.stacks.get(userId)?.find((v) => v.id === viewId);
  }

  /** The user who has this view open (modal or Home), if any. */
  ownerOf(viewId: string): string | undefined {
    for (const [user, stack] of this.stacks) if (stack.some((v) => v.id === viewId)) return user;
    for (const [user, home] of this.homes) if (home.id === viewId) return user;
    return undefined;
  }

  /** Opens a modal as the only view of the user's stack. */
  open(userId: string, sent: unknown, id?: string): ShownView {
    const shown = showView(sent, this.ids(id), this.workspace);
    this.stacks.set(userId, [shown]);
    return shown;
  }

  /** Pushes a modal on top; false when the stack is already full, as Slack refuses it. */
  push(userId: string, sent: unknown, id?: string): ShownView | undefined {
    const stack = this.stacks.get(userId) ?? [];
    if (stack.length >= maxStackDepth) return undefined;

    const below = stack.at(-1);
    const ids = { ...this.ids(id), rootId: stack[0]?.id, previousId: below?.id };
    const shown = showView(sent, ids, this.workspace);
    this.stacks.set(userId, [...stack, shown]);
    return shown;
  }

  /** Replaces a modal or Home view found by id or external id, keeping its id. */
  update(target: { viewId?: string; externalId?: string }, sent: unknown): ShownView | undefined {
    const matches = (v: ShownView) =>
      (target.viewId !== undefined && v.id === target.viewId) ||
      (target.externalId !== undefined &&
        target.externalId !== '' &&
        v.externalId === target.externalId);

    for (const stack of this.stacks.values()) {
      const index = stack.findIndex(matches);
      const old = stack[index];
      if (!old) continue;
      const rootId = stack[0]?.id;
      const previousId = stack[index - 1]?.id;
      const shown = showView(
        sent,
        { ...this.ids(old.id), rootId, previousId },
        this.workspace,
        old,
      );
      stack[index] = shown;
      return shown;
    }
    for (const [user, home] of this.homes) {
      if (matches(home)) return this.publish(user, sent);
    }
    return undefined;
  }

  /** Publishes the user's Home tab, keeping its id across publishes. */
  publish(userId: string, sent: unknown, id?: string): ShownView {
    const old = this.homes.get(userId);
    const shown = showView(sent, this.ids(id ?? old?.id), this.workspace, old);
    this.homes.set(userId, shown);
    return shown;
  }

  /** Closes the top modal (or every modal) of a user's stack. */
  close(userId: string, all = false): void {
    const stack = this.stacks.get(userId) ?? [];
    if (all || stack.length <= 1) this.stacks.delete(userId);
    else this.stacks.set(userId, stack.slice(0, -1));
  }
}
