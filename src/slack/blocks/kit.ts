import type { types } from '@slack/bolt';
import { truncate } from '../text.js';

/** Slack's limits that the builders respect (see the Slack reference limits). */
export const Limits = {
  messageBlocks: 50,
  viewBlocks: 100,
  sectionText: 3000,
  headerText: 150,
  optionText: 75,
  optionValue: 150,
  options: 100,
  viewTitle: 24,
  /** Undocumented total for a message's block text; Slack refuses near 13,000. */
  messageText: 12_000,
} as const;

/** Plain text cut to `max` characters. */
export function plain(text: string, max: number = Limits.sectionText): types.PlainTextElement {
  return { type: 'plain_text', text: truncate(text, max) };
}

/** A section of mrkdwn (the caller escapes Odoo strings); cut at Slack's 3000. */
export function section(text: string, blockId?: string): types.SectionBlock {
  return {
    type: 'section',
    ...(blockId ? { block_id: blockId } : {}),
    text: { type: 'mrkdwn', text: truncate(text, Limits.sectionText) },
  };
}

export function header(text: string): types.HeaderBlock {
  return { type: 'header', text: plain(text, Limits.headerText) };
}

export function context(text: string): types.ContextBlock {
  return { type: 'context', elements: [{ type: 'mrkdwn', text: truncate(text, 3000) }] };
}

export function divider(): types.DividerBlock {
  return { type: 'divider' };
}

/** A select option; text and value cut to Slack's limits. */
export function option(text: string, value: string): types.PlainTextOption {
  return { text: plain(text, Limits.optionText), value: truncate(value, Limits.optionValue) };
}

/** A modal's title, submit or close label (24 characters at most). */
export function viewLabel(text: string): types.PlainTextElement {
  return plain(text, Limits.viewTitle);
}
