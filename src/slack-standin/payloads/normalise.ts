import { isRecord } from '../validate/report.js';

function normaliseNode(node: unknown): unknown {
  if (Array.isArray(node)) {
    return node.map(normaliseNode);
  }
  if (!isRecord(node)) return node;

  const copy: Record<string, unknown> = {};
  for (const [key, value] of Object.entries(node)) copy[key] = normaliseNode(value);
  if (copy.type === 'plain_text' && copy.emoji === undefined) copy.emoji = true;
  if (copy.type === 'plain_text_input' && copy.dispatch_action_config === undefined) {
    copy.dispatch_action_config = { trigger_actions_on: ['on_enter_pressed'] };
  }
  return copy;
}

function normaliseBlock(block: unknown, index: number): unknown {
  const copy = normaliseNode(block);
  if (!isRecord(copy)) return copy;

  // Slack gives every block an id when the app sends none; state values are keyed by it.
  if (copy.block_id === undefined) copy.block_id = `blk${index}`;
  if (copy.type === 'input') {
    copy.optional ??= false;
    copy.dispatch_action ??= false;
  }
  return copy;
}

/**
 * Returns the blocks as Slack echoes them back in views and payloads: plain_text gains
 * `emoji: true`, input blocks gain `optional` and `dispatch_action`, plain_text_input gains
 * `dispatch_action_config`, and blocks without an id get one. Never mutates its input.
 */
export function normaliseBlocks(blocks: readonly unknown[]): unknown[] {
  return blocks.map((block, index) => normaliseBlock(block, index));
}
