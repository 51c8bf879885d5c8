/** A Slack user the playground knows: the demo workspace's people. */
export interface PlaygroundUser {
  id: string;
  name: string;
  realName: string;
}

/** What renderers need beyond the blocks themselves. */
export interface RenderContext {
  users: PlaygroundUser[];
}

/** The display name of a user id, for mentions. */
export function nameOf(context: RenderContext, id: string): string | undefined {
  return context.users.find((user) => user.id === id)?.realName;
}
