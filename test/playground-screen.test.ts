import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { Screen } from '../src/playground/screen.js';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';

let standin: SlackStandin;
let screen: Screen;

beforeEach(async () => {
  standin = await startSlackStandin();
  screen = new Screen(standin, () => new Date());
});

afterEach(async () => {
  screen.dispose();
  await standin.close();
});

const section = (text: string) => [{ type: 'section', text: { type: 'mrkdwn', text } }];

describe('Screen', () => {
  it('shows channel messages to everyone and ephemeral ones only to their user', async () => {
    const client = createStandinClient(standin);

    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'all', blocks: section('all') });
    await client.chat.postEphemeral({ channel: 'C0SUPPORT', user: 'U0AGENT', text: 'just you' });

    expect(screen.messages('U0AGENT', 'C0SUPPORT').map((m) => m.text)).toEqual(['all', 'just you']);
    expect(screen.messages('U0LEAD', 'C0SUPPORT').map((m) => m.text)).toEqual(['all']);
    expect(screen.messages('U0LEAD', 'C0SUPPORT')[0]?.fromApp).toBe(true);
  });

  it('puts what people typed between the app messages in time order', async () => {
    const client = createStandinClient(standin);

    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'first' });
    screen.postAs('U0AGENT', 'C0SUPPORT', 'second');
    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'third' });

    const shown = screen.messages('U0LEAD', 'C0SUPPORT');
    expect(shown.map((m) => m.text)).toEqual(['first', 'second', 'third']);
    expect(shown[1]).toMatchObject({ author: 'U0AGENT', fromApp: false });
    expect(screen.channels('U0LEAD')).toEqual(['C0SUPPORT']);
  });

  it('shows the modal stack of the user the trigger id was issued to', async () => {
    const client = createStandinClient(standin);
    const modal = { type: 'modal' as const, title: { type: 'plain_text' as const, text: 'A' } };

    const opened = await client.views.open({
      trigger_id: standin.issueTriggerId('U0LEAD'),
      view: { ...modal, blocks: [] },
    });
    await client.views.push({
      trigger_id: standin.issueTriggerId('U0LEAD'),
      view: { ...modal, blocks: section('pushed') },
    });

    expect(screen.modals('U0LEAD').map((view) => view.id)[0]).toBe(opened.view?.id);
    expect(screen.modals('U0LEAD')).toHaveLength(2);
    expect(screen.modals('U0AGENT')).toEqual([]);
    expect(screen.view('U0LEAD', opened.view?.id ?? '')?.title).toMatchObject({ text: 'A' });
  });

  it('names the files the app shared with a message', async () => {
    const client = createStandinClient(standin);

    await client.filesUploadV2({
      channel_id: 'C0SUPPORT',
      filename: 'wallets.xlsx',
      file: Buffer.from('PK'),
      initial_comment: 'The workbook',
    });

    const withFile = screen.messages('U0AGENT', 'C0SUPPORT').find((m) => m.files.length > 0);
    expect(withFile?.files).toEqual([{ id: expect.any(String), name: 'wallets.xlsx' }]);
  });

  it('tells listeners about every call the app makes and every local change', async () => {
    const client = createStandinClient(standin);
    let heard = 0;
    screen.onChange(() => {
      heard += 1;
    });

    await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'one' });
    screen.postAs('U0AGENT', 'C0SUPPORT', 'two');

    expect(heard).toBe(2);
  });
});
