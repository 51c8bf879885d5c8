import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { renderBlocks } from '../src/playground/render/blocks.js';
import type { RenderContext } from '../src/playground/render/context.js';
import { renderMrkdwn } from '../src/playground/render/mrkdwn.js';

const context: RenderContext = {
  users: [
    { id: 'U0AGENT', name: 'agent', realName: 'Alex Agent' },
    { id: 'U0LEAD', name: 'lead', realName: 'Lee Lead' },
  ],
};

function fixture(name: string): unknown {
  const path = new URL(`./fixtures/slack-reference/${name}`, import.meta.url);
  return JSON.parse(readFileSync(path, 'utf8'));
}

describe('renderMrkdwn', () => {
  it('renders bold, italic, strike and inline code', () => {
    const html = renderMrkdwn('*Acme* is _low_, ~old~ `code *not bold*`');

    expect(html).toBe(
      '<strong>Acme</strong> is <em>low</em>, <del>old</del> <code>code *not bold*</code>',
    );
  });

  it('turns links, mentions and mapped emoji into HTML and keeps unknown shortcodes', () => {
    const html = renderMrkdwn(
      ':warning: <https://odoo.test/p/1|Acme_Support> by <@U0AGENT> :unknown_thing:',
      (id) => (id === 'U0AGENT' ? 'Alex Agent' : undefined),
    );

    expect(html).toContain('<span class="emoji yellow" title=":warning:">⚠</span>');
    expect(html).toContain('<a href="https://odoo.test/p/1" target="_blank" rel="noreferrer">');
    expect(html).toContain('>Acme_Support</a>');
    expect(html).toContain('<span class="mention">@Alex Agent</span>');
    expect(html).toContain(':unknown_thing:');
  });

  it('shows escaped entities as text and never lets markup through', () => {
    const html = renderMrkdwn('Client &lt;!channel&gt; &amp; <script>x</script>');

    expect(html).toContain('Client &lt;!channel&gt; &amp; ');
    expect(html).not.toContain('<script>');
  });

  it('refuses script URLs in links', () => {
    expect(renderMrkdwn('<javascript:alert(1)|click>')).toContain('href="#"');
  });

  it('renders code blocks, quotes and line breaks', () => {
    const html = renderMrkdwn('line one\n&gt; quoted\n```a *b*```');

    expect(html).toBe('line one<br><blockquote>quoted</blockquote><pre>a *b*</pre>');
  });
});

describe('renderBlocks', () => {
  it('renders header, section fields with an accessory button, divider and context', () => {
    const html = renderBlocks(
      [
        { type: 'header', text: { type: 'plain_text', text: 'Support wallets' } },
        {
          type: 'section',
          block_id: 'p42',
          fields: [
            { type: 'mrkdwn', text: '*Remaining*\n3.50 h' },
            { type: 'plain_text', text: 'Acme' },
          ],
          accessory: {
            type: 'button',
            action_id: 'open_project',
            value: '42',
            style: 'primary',
            text: { type: 'plain_text', text: 'Open' },
          },
        },
        { type: 'divider' },
        { type: 'context', elements: [{ type: 'mrkdwn', text: 'Updated _now_' }] },
      ],
      context,
    );

    expect(html).toContain('<h3 class="bk-header">Support wallets</h3>');
    expect(html).toContain('<div class="bk-field"><strong>Remaining</strong><br>3.50 h</div>');
    expect(html).toMatch(
      /<button [^>]*class="bk-button bk-primary"[^>]*data-action-id="open_project"/,
    );
    expect(html).toMatch(/data-block-id="p42" data-dispatch data-value="42"/);
    expect(html).toContain('<hr>');
    expect(html).toContain('Updated <em>now</em>');
  });

  it('renders every input element of the view submission fixture with its ids', () => {
    const view = fixture('view-submission.json');
    const blocks = (view as { view: { blocks: unknown[] } }).view.blocks;

    const html = renderBlocks(blocks, context);

    expect(html).toMatch(/class="bk-external" data-type="external_select"/);
    expect(html).toMatch(/<input [^>]*data-action-id="title_input"[^>]*maxlength="255"/);
    expect(html).toMatch(/<textarea [^>]*data-action-id="description_input"[^>]*>Export of/);
    expect(html).toMatch(/<input type="date" [^>]*value="2026-01-01"/);
    expect(html).toContain('<option value="U0LEAD">Lee Lead</option>');
    expect(html).toMatch(/<select [^>]*data-type="multi_static_select"[^>]*multiple>/);
    expect(html).toContain('data-error-for="title"');
    expect(html).toContain('<span class="bk-optional">(optional)</span>');
    expect(html).not.toContain('unsupported');
  });

  it('marks selects inside input blocks as not sending actions unless the block dispatches', () => {
    const select = {
      type: 'static_select',
      action_id: 's',
      options: [{ text: { type: 'plain_text', text: 'One' }, value: '1' }],
    };

    const quiet = renderBlocks(
      [{ type: 'input', block_id: 'a', label: { type: 'plain_text', text: 'A' }, element: select }],
      context,
    );
    const loud = renderBlocks(
      [
        {
          type: 'input',
          block_id: 'b',
          dispatch_action: true,
          label: { type: 'plain_text', text: 'B' },
          element: select,
        },
      ],
      context,
    );

    expect(quiet).not.toContain('data-dispatch');
    expect(loud).toContain('data-dispatch');
  });

  it('shows images as their alt text and unknown blocks and elements as explicit boxes', () => {
    const html = renderBlocks(
      [
        { type: 'image', image_url: 'https://img.test/x.png', alt_text: 'balance chart' },
        { type: 'video', title: { type: 'plain_text', text: 'v' } },
        { type: 'actions', elements: [{ type: 'timepicker', action_id: 't' }] },
      ],
      context,
    );

    expect(html).toContain('[image: balance chart]');
    expect(html).not.toContain('img.test');
    expect(html).toContain('unsupported block: video');
    expect(html).toContain('unsupported element: timepicker');
  });

  it('keeps the option JSON of a select so the page can echo it back', () => {
    const html = renderBlocks(
      [
        {
          type: 'actions',
          block_id: 'act',
          elements: [
            {
              type: 'static_select',
              action_id: 'pick',
              initial_option: { text: { type: 'plain_text', text: 'Two' }, value: '2' },
              options: [
                { text: { type: 'plain_text', text: 'One' }, value: '1' },
                { text: { type: 'plain_text', text: 'Two' }, value: '2' },
              ],
            },
          ],
        },
      ],
      context,
    );

    expect(html).toContain(
      '<option value="2" data-option="{&quot;text&quot;:{&quot;type&quot;:&quot;plain_text&quot;,' +
        '&quot;text&quot;:&quot;Two&quot;},&quot;value&quot;:&quot;2&quot;}" selected>Two</option>',
    );
  });
});
