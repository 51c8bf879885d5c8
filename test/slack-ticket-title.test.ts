import { describe, expect, it } from 'vitest';
import { buildTicketModal } from '../src/slack/blocks/ticket-modal.js';
import { readTicketForm } from '../src/slack/forms/ticket-form.js';
import { ActionId, BlockId } from '../src/slack/ids.js';
import { validateView } from '../src/slack-standin/index.js';
import { maxTitleLength } from '../src/wallet/tickets.js';

function stateWithTitle(title: string) {
  return {
    values: {
      [BlockId.ticketProject]: {
        [ActionId.projectSelect]: {
          type: 'external_select',
          selected_option: { text: { type: 'plain_text', text: 'Acme' }, value: 'project:4' },
        },
      },
      [BlockId.ticketTitle]: { [ActionId.titleInput]: { type: 'plain_text_input', value: title } },
    },
  };
}

describe('ticket title length', () => {
  it('lets the modal take as many characters as the domain accepts, and says so', () => {
    const view = buildTicketModal({ metadata: { channelId: null }, tags: [] });

    const title = view.blocks.find((b) => b.block_id === BlockId.ticketTitle);
    expect(validateView(view)).toEqual([]);
    expect(maxTitleLength).toBe(200);
    expect(title).toMatchObject({
      element: { max_length: 200 },
      hint: { text: 'Up to 200 characters.' },
    });
  });

  it('accepts a 200-character title and refuses 201 with the same limit', () => {
    const fits = readTicketForm(stateWithTitle('a'.repeat(200)));
    const over = readTicketForm(stateWithTitle('a'.repeat(201)));

    expect(fits.ok).toBe(true);
    expect(over).toEqual({
      ok: false,
      errors: { [BlockId.ticketTitle]: expect.stringContaining('200 characters') },
    });
  });
});
