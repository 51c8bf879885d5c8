import { describe, expect, it } from 'vitest';
import {
  isViewTooLarge,
  type Surface,
  validateBlocks,
  validateView,
} from '../src/slack-standin/index.js';

const chars = (n: number) => 'x'.repeat(n);
const plain = (text: string) => ({ type: 'plain_text', text });
const mrkdwn = (text: string) => ({ type: 'mrkdwn', text });
const option = (text: string, value = 'v') => ({ text: plain(text), value });
const button = (extra: Record<string, unknown> = {}) => ({
  type: 'button',
  action_id: 'go',
  text: plain('Go'),
  ...extra,
});
const options = (n: number) => Array.from({ length: n }, (_, i) => option(`o${i}`, `v${i}`));
const menu = (extra: Record<string, unknown>) => ({
  type: 'section',
  text: mrkdwn('Pick'),
  accessory: { type: 'static_select', action_id: 'pick', ...extra },
});
const modal = (extra: Record<string, unknown> = {}) => ({
  type: 'modal',
  title: plain('Log time'),
  blocks: [],
  ...extra,
});

interface LimitCase {
  what: string;
  limit: number;
  build: (n: number) => unknown;
  reason: string;
  pointer: string;
  surface?: Surface | 'view';
}

const cases: LimitCase[] = [
  {
    what: 'blocks in a message',
    limit: 50,
    build: (n) => Array.from({ length: n }, () => ({ type: 'divider' })),
    reason: 'no more than 50 items allowed',
    pointer: '/blocks',
  },
  {
    what: 'blocks in a modal',
    limit: 100,
    surface: 'modal',
    build: (n) => Array.from({ length: n }, () => ({ type: 'divider' })),
    reason: 'no more than 100 items allowed',
    pointer: '/blocks',
  },
  {
    what: 'blocks in a Home tab',
    limit: 100,
    surface: 'home',
    build: (n) => Array.from({ length: n }, () => ({ type: 'divider' })),
    reason: 'no more than 100 items allowed',
    pointer: '/blocks',
  },
  {
    what: 'section text',
    limit: 3000,
    build: (n) => [{ type: 'section', text: mrkdwn(chars(n)) }],
    reason: 'must be less than 3001 characters',
    pointer: '/blocks/0/text/text',
  },
  {
    what: 'section fields',
    limit: 10,
    build: (n) => [{ type: 'section', fields: Array.from({ length: n }, () => mrkdwn('f')) }],
    reason: 'no more than 10 items allowed',
    pointer: '/blocks/0/fields',
  },
  {
    what: 'section field text',
    limit: 2000,
    build: (n) => [{ type: 'section', fields: [mrkdwn('a'), mrkdwn(chars(n))] }],
    reason: 'must be less than 2001 characters',
    pointer: '/blocks/0/fields/1/text',
  },
  {
    what: 'header text',
    limit: 150,
    build: (n) => [{ type: 'header', text: plain(chars(n)) }],
    reason: 'must be less than 151 characters',
    pointer: '/blocks/0/text/text',
  },
  {
    what: 'context elements',
    limit: 10,
    build: (n) => [{ type: 'context', elements: Array.from({ length: n }, () => mrkdwn('c')) }],
    reason: 'no more than 10 items allowed',
    pointer: '/blocks/0/elements',
  },
  {
    what: 'actions elements',
    limit: 25,
    build: (n) => [{ type: 'actions', elements: Array.from({ length: n }, () => button()) }],
    reason: 'no more than 25 items allowed',
    pointer: '/blocks/0/elements',
  },
  {
    what: 'block_id',
    limit: 255,
    build: (n) => [{ type: 'divider', block_id: chars(n) }],
    reason: 'must be less than 256 characters',
    pointer: '/blocks/0/block_id',
  },
  {
    what: 'action_id',
    limit: 255,
    build: (n) => [{ type: 'actions', elements: [button({ action_id: chars(n) })] }],
    reason: 'must be less than 256 characters',
    pointer: '/blocks/0/elements/0/action_id',
  },
  {
    what: 'button text',
    limit: 75,
    build: (n) => [{ type: 'actions', elements: [button({ text: plain(chars(n)) })] }],
    reason: 'must be less than 76 characters',
    pointer: '/blocks/0/elements/0/text/text',
  },
  {
    what: 'button value',
    limit: 2000,
    build: (n) => [{ type: 'actions', elements: [button({ value: chars(n) })] }],
    reason: 'must be less than 2001 characters',
    pointer: '/blocks/0/elements/0/value',
  },
  {
    what: 'button url',
    limit: 3000,
    build: (n) => [{ type: 'actions', elements: [button({ url: chars(n) })] }],
    reason: 'must be less than 3001 characters',
    pointer: '/blocks/0/elements/0/url',
  },
  {
    what: 'option text',
    limit: 75,
    build: (n) => [menu({ options: [option(chars(n))] })],
    reason: 'must be less than 76 characters',
    pointer: '/blocks/0/accessory/options/0/text/text',
  },
  {
    what: 'option value',
    limit: 150,
    build: (n) => [menu({ options: [option('o', chars(n))] })],
    reason: 'must be less than 151 characters',
    pointer: '/blocks/0/accessory/options/0/value',
  },
  {
    what: 'option description',
    limit: 75,
    build: (n) => [menu({ options: [{ ...option('o'), description: plain(chars(n)) }] })],
    reason: 'must be less than 76 characters',
    pointer: '/blocks/0/accessory/options/0/description/text',
  },
  {
    what: 'static select options',
    limit: 100,
    build: (n) => [menu({ options: options(n) })],
    reason: 'no more than 100 items allowed',
    pointer: '/blocks/0/accessory/options',
  },
  {
    what: 'option groups',
    limit: 100,
    build: (n) => [
      menu({
        option_groups: Array.from({ length: n }, () => ({ label: plain('g'), options: [] })),
      }),
    ],
    reason: 'no more than 100 items allowed',
    pointer: '/blocks/0/accessory/option_groups',
  },
  {
    what: 'options in a group',
    limit: 100,
    build: (n) => [menu({ option_groups: [{ label: plain('g'), options: options(n) }] })],
    reason: 'no more than 100 items allowed',
    pointer: '/blocks/0/accessory/option_groups/0/options',
  },
  {
    what: 'option group label',
    limit: 75,
    build: (n) => [menu({ option_groups: [{ label: plain(chars(n)), options: options(1) }] })],
    reason: 'must be less than 76 characters',
    pointer: '/blocks/0/accessory/option_groups/0/label/text',
  },
  {
    what: 'multi-select options in a modal',
    limit: 100,
    surface: 'view',
    build: (n) =>
      modal({
        submit: plain('Save'),
        blocks: [
          {
            type: 'input',
            label: plain('Tags'),
            element: { type: 'multi_static_select', action_id: 'tags', options: options(n) },
          },
        ],
      }),
    reason: 'no more than 100 items allowed',
    pointer: '/view/blocks/0/element/options',
  },
  {
    what: 'modal title',
    limit: 24,
    surface: 'view',
    build: (n) => modal({ title: plain(chars(n)) }),
    reason: 'must be less than 25 characters',
    pointer: '/view/title/text',
  },
  {
    what: 'modal submit',
    limit: 24,
    surface: 'view',
    build: (n) => modal({ submit: plain(chars(n)) }),
    reason: 'must be less than 25 characters',
    pointer: '/view/submit/text',
  },
  {
    what: 'modal close',
    limit: 24,
    surface: 'view',
    build: (n) => modal({ close: plain(chars(n)) }),
    reason: 'must be less than 25 characters',
    pointer: '/view/close/text',
  },
  {
    what: 'private_metadata',
    limit: 3000,
    surface: 'view',
    build: (n) => modal({ private_metadata: chars(n) }),
    reason: 'must be less than 3001 characters',
    pointer: '/view/private_metadata',
  },
  {
    what: 'callback_id',
    limit: 255,
    surface: 'view',
    build: (n) => modal({ callback_id: chars(n) }),
    reason: 'must be less than 256 characters',
    pointer: '/view/callback_id',
  },
  {
    what: 'external_id',
    limit: 255,
    surface: 'view',
    build: (n) => modal({ external_id: chars(n) }),
    reason: 'must be less than 256 characters',
    pointer: '/view/external_id',
  },
];

function check(limitCase: LimitCase, n: number) {
  const payload = limitCase.build(n);
  if (limitCase.surface === 'view') return validateView(payload);
  return validateBlocks(payload, limitCase.surface ?? 'message');
}

describe('validateBlocks and validateView limits', () => {
  it.each(cases)('accepts $what at its limit of $limit', (limitCase) => {
    const errors = check(limitCase, limitCase.limit);

    expect(errors).toEqual([]);
  });

  it.each(cases)('refuses $what above its limit with the pointer', (limitCase) => {
    const errors = check(limitCase, limitCase.limit + 1);

    expect(errors).toEqual([{ reason: limitCase.reason, pointer: limitCase.pointer }]);
  });
});

describe('validateBlocks shapes', () => {
  it('refuses empty section text', () => {
    const errors = validateBlocks([{ type: 'section', text: mrkdwn('') }], 'message');

    expect(errors).toEqual([
      { reason: 'must be more than 0 characters', pointer: '/blocks/0/text/text' },
    ]);
  });

  it('refuses a header written in mrkdwn', () => {
    const errors = validateBlocks([{ type: 'header', text: mrkdwn('Hi') }], 'message');

    expect(errors).toEqual([
      { reason: 'unsupported type: mrkdwn', pointer: '/blocks/0/text/type' },
    ]);
  });

  it('refuses block and element types Slack does not know', () => {
    const blocks = [{ type: 'sections' }, { type: 'actions', elements: [{ type: 'slider' }] }];

    const errors = validateBlocks(blocks, 'message');

    expect(errors).toEqual([
      { reason: 'unsupported type: sections', pointer: '/blocks/0/type' },
      { reason: 'unsupported type: slider', pointer: '/blocks/1/elements/0/type' },
    ]);
  });

  it('refuses an input element where an input block cannot take it', () => {
    const block = { type: 'input', label: plain('Go'), element: button() };

    const errors = validateBlocks([block], 'modal');

    expect(errors).toEqual([
      { reason: 'unsupported type: button', pointer: '/blocks/0/element/type' },
    ]);
  });

  it('refuses a section with neither text nor fields', () => {
    const errors = validateBlocks([{ type: 'section' }], 'message');

    expect(errors).toEqual([
      { reason: 'must define either `text` or `fields`', pointer: '/blocks/0/type' },
    ]);
  });

  it('refuses something that is not a block array', () => {
    const errors = validateBlocks({ type: 'divider' }, 'message');

    expect(errors).toEqual([{ reason: 'must provide an array', pointer: '/blocks' }]);
  });

  it('accepts one block of every type Slack knows', () => {
    const blocks = [
      { type: 'section', text: mrkdwn('*hi*'), accessory: button() },
      { type: 'header', text: plain('Wallets') },
      { type: 'divider' },
      {
        type: 'context',
        elements: [mrkdwn('c'), { type: 'image', image_url: 'u', alt_text: 'a' }],
      },
      { type: 'actions', elements: [button(), { type: 'overflow', options: options(2) }] },
      { type: 'input', label: plain('Title'), element: { type: 'plain_text_input' } },
      { type: 'image', image_url: 'https://example.com/a.png', alt_text: 'chart' },
      { type: 'rich_text', elements: [] },
      { type: 'file', external_id: 'x', source: 'remote' },
      { type: 'video', alt_text: 'v', title: plain('v'), thumbnail_url: 't', video_url: 'v' },
      { type: 'markdown', text: '**hi**' },
    ];

    const errors = validateBlocks(blocks, 'message');

    expect(errors).toEqual([]);
  });
});

describe('validateView', () => {
  it('asks for a submit button when the modal has an input block', () => {
    const view = modal({
      blocks: [{ type: 'input', label: plain('T'), element: { type: 'plain_text_input' } }],
    });

    const errors = validateView(view);

    expect(errors).toEqual([{ reason: 'missing required field: submit', pointer: '/view' }]);
  });

  it('checks the Home tab against the 100 block limit', () => {
    const view = { type: 'home', blocks: Array.from({ length: 101 }, () => ({ type: 'divider' })) };

    const errors = validateView(view);

    expect(errors).toEqual([{ reason: 'no more than 100 items allowed', pointer: '/view/blocks' }]);
  });

  it('tells a view over 250 kB from one under it', () => {
    const block = (text: string) => ({ type: 'section', text: mrkdwn(text) });
    const small = modal({ blocks: Array.from({ length: 80 }, () => block(chars(3000))) });
    const large = modal({ blocks: Array.from({ length: 90 }, () => block(chars(3000))) });

    expect(isViewTooLarge(small)).toBe(false);
    expect(isViewTooLarge(large)).toBe(true);
  });
});
