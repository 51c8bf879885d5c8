import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  buildAppHomeOpened,
  buildBlockActions,
  buildBlockSuggestion,
  buildMessageShortcut,
  buildViewSubmission,
  eventBody,
  interactionBody,
  slackSignature,
} from '../src/slack-standin/index.js';

const fixtures = new URL('./fixtures/slack-reference/', import.meta.url);
const readJson = (name: string) => JSON.parse(readFileSync(new URL(name, fixtures), 'utf8'));
const secret = '00112233445566778899aabbccddeeff';
const agent = { id: 'U0AGENT', name: 'agent' };

describe('interaction payload builders', () => {
  it('builds the block_actions fixture byte for byte, so it signs the same', () => {
    const fixture = readJson('block-actions.json');

    const payload = buildBlockActions({
      user: agent,
      actionId: 'reload_preview',
      view: fixture.view,
      stateValues: { reload_project: { text: 'Acme Support', value: 'project:42' } },
      triggerId: fixture.trigger_id,
      at: 1767225601123.456,
    });

    const body = interactionBody(payload);
    expect(body).toBe(interactionBody(fixture));
    expect(slackSignature(secret, body, 1767225601)).toBe(
      'v0=d375a50260ce9517dbf0ae03c8fd50f5b2700aa7899d1424fd7f5e2f7e2cf9b9',
    );
  });

  it('builds the view_submission fixture from a view and the values typed', () => {
    const fixture = readJson('view-submission.json');
    const { state: _state, ...view } = fixture.view;

    const payload = buildViewSubmission(
      view,
      {
        project: { text: 'Acme Support', value: 'project:42' },
        title: 'Invoice export fails',
        assignee: 'U0AGENT',
        tags: ['tag:1', 'tag:3'],
      },
      agent,
      { triggerId: fixture.trigger_id },
    );

    expect(JSON.stringify(payload)).toBe(JSON.stringify(fixture));
  });

  it('builds the block_suggestion fixture, which carries no trigger_id', () => {
    const fixture = readJson('block-suggestion.json');

    const payload = buildBlockSuggestion({
      user: agent,
      view: fixture.view,
      actionId: 'project_select',
      value: 'acm',
    });

    expect(JSON.stringify(payload)).toBe(JSON.stringify(fixture));
    expect(payload).not.toHaveProperty('trigger_id');
  });

  it('builds the message shortcut fixture with the given response_url', () => {
    const fixture = readJson('message-action.json');

    const payload = buildMessageShortcut({
      callbackId: 'ticket_from_message',
      user: agent,
      channel: { id: 'C0SUPPORT', name: 'support' },
      message: {
        ts: fixture.message.ts,
        user: 'U0CLIENT',
        text: fixture.message.text,
        client_msg_id: fixture.message.client_msg_id,
        blocks: fixture.message.blocks,
      },
      responseUrl: fixture.response_url,
      triggerId: fixture.trigger_id,
      at: 1767225602654.321,
    });

    expect(JSON.stringify(payload)).toBe(JSON.stringify(fixture));
  });

  it('answers a pick in a message with the selected option and the response_url', () => {
    const message = {
      ts: '1767225000.000100',
      blocks: [
        {
          type: 'actions',
          block_id: 'pick',
          elements: [
            {
              type: 'static_select',
              action_id: 'stage',
              options: [{ text: { type: 'plain_text', text: 'Done' }, value: 'stage:done' }],
            },
          ],
        },
      ],
    };

    const payload = buildBlockActions({
      user: 'U0AGENT',
      actionId: 'stage',
      value: 'stage:done',
      message: { channel: 'C0SUPPORT', message, responseUrl: 'http://127.0.0.1:1/response/r1' },
    });

    expect(payload).toMatchObject({
      container: { type: 'message', message_ts: '1767225000.000100', channel_id: 'C0SUPPORT' },
      response_url: 'http://127.0.0.1:1/response/r1',
      actions: [
        {
          type: 'static_select',
          action_id: 'stage',
          block_id: 'pick',
          selected_option: { text: { type: 'plain_text', text: 'Done' }, value: 'stage:done' },
        },
      ],
    });
  });
});

describe('buildAppHomeOpened', () => {
  it('builds the app_home_opened fixture byte for byte, so it signs the same', () => {
    const fixture = readJson('app-home-opened.json');

    const envelope = buildAppHomeOpened({
      user: 'U0AGENT',
      channel: 'D0WALLET',
      view: fixture.event.view,
      eventId: 'Ev0000000001',
      at: 1767225603000.2,
    });

    const body = eventBody(envelope);
    expect(body).toBe(eventBody(fixture));
    expect(slackSignature(secret, body, 1767225603)).toBe(
      'v0=085eafd632ad22b47b49975750a41c7f3ca1c27bdd8737c6fdbe30025a464781',
    );
  });

  it('leaves the view out before any Home view was published', () => {
    const envelope = buildAppHomeOpened({ user: 'U0AGENT', view: null, at: 1767225603000 });

    expect(envelope.event).not.toHaveProperty('view');
  });
});
