import { describe, expect, it } from 'vitest';
import { dmChannelOf, Screen } from '../src/playground/screen.js';

const workspace = {
  teamId: 'T0001',
  teamDomain: 'example-support',
  appId: 'A0WALLET',
  botId: 'B0WALLET',
  botUserId: 'U0WALLETBOT',
};

function newScreen(): Screen {
  return new Screen(workspace, () => new Date('2026-01-05T09:00:00Z'));
}

const section = (text: string) => [{ type: 'section', text: { type: 'mrkdwn', text } }];

describe('Screen', () => {
  it('shows channel messages to everyone and ephemeral ones only to their user', () => {
    const screen = newScreen();

    screen.applyCall({
      method: 'chat.postMessage',
      args: { channel: 'C0SUPPORT', text: 'all', blocks: JSON.stringify(section('all')) },
      response: { ok: true, channel: 'C0SUPPORT', ts: '1767600000.000100' },
    });
    screen.applyCall({
      method: 'chat.postEphemeral',
      args: { channel: 'C0SUPPORT', user: 'U0AGENT', text: 'just you' },
      response: { ok: true },
    });

    expect(screen.log.visible('U0AGENT', 'C0SUPPORT').map((m) => m.text)).toEqual([
      'all',
      'just you',
    ]);
    expect(screen.log.visible('U0LEAD', 'C0SUPPORT').map((m) => m.text)).toEqual(['all']);
    expect(screen.log.find('1767600000.000100')?.blocks).toEqual(section('all'));
  });

  it('replaces a message on chat.update and posts to a user id into their DM', () => {
    const screen = newScreen();
    screen.applyCall({
      method: 'chat.postMessage',
      args: { channel: 'U0AGENT', text: 'Reloading…' },
      response: { ok: true, ts: '1.000001' },
    });

    screen.applyCall({
      method: 'chat.update',
      args: { channel: dmChannelOf('U0AGENT'), ts: '1.000001', text: 'Reloaded' },
      response: { ok: true },
    });

    expect(screen.log.visible('U0AGENT', dmChannelOf('U0AGENT')).map((m) => m.text)).toEqual([
      'Reloaded',
    ]);
  });

  it('opens a modal for the user the trigger id was issued to, then pushes and updates it', () => {
    const screen = newScreen();
    screen.noteTrigger('1.2.abc', 'U0AGENT');
    screen.noteTrigger('1.2.def', 'U0AGENT');

    screen.applyCall({
      method: 'views.open',
      args: { trigger_id: '1.2.abc', view: JSON.stringify({ type: 'modal', blocks: [] }) },
      response: { ok: true, view: { id: 'V0ONE' } },
    });
    screen.applyCall({
      method: 'views.push',
      args: { trigger_id: '1.2.def', view: { type: 'modal', callback_id: 'two', blocks: [] } },
      response: { ok: true, view: { id: 'V0TWO' } },
    });
    screen.applyCall({
      method: 'views.update',
      args: {
        view_id: 'V0TWO',
        view: { type: 'modal', callback_id: 'two-b', blocks: section('x') },
      },
      response: { ok: true },
    });

    const top = screen.views.top('U0AGENT');
    expect(screen.views.depth('U0AGENT')).toBe(2);
    expect(top?.id).toBe('V0TWO');
    expect(top?.view.callback_id).toBe('two-b');
    expect(top?.view.previous_view_id).toBe('V0ONE');
    expect(top?.view.blocks).toEqual([{ ...section('x')[0], block_id: 'blk0' }]);
    expect(screen.views.top('U0LEAD')).toBeUndefined();
  });

  it('routes response_url posts: ephemeral by default, in channel or over the original', () => {
    const screen = newScreen();
    screen.postAs('U0AGENT', 'C0SUPPORT', 'hello');
    const original = screen.log.visible('U0AGENT', 'C0SUPPORT')[0]?.ts ?? '';
    screen.noteResponseUrl('http://x/commands/1', {
      userId: 'U0AGENT',
      channel: 'C0SUPPORT',
      messageTs: null,
    });
    screen.noteResponseUrl('http://x/actions/2', {
      userId: 'U0AGENT',
      channel: 'C0SUPPORT',
      messageTs: original,
    });

    screen.applyResponse('http://x/commands/1', { text: 'private' });
    screen.applyResponse('http://x/commands/1', { text: 'public', response_type: 'in_channel' });
    screen.applyResponse('http://x/actions/2', { text: 'replaced', replace_original: 'true' });

    expect(screen.log.visible('U0AGENT', 'C0SUPPORT').map((m) => m.text)).toEqual([
      'replaced',
      'private',
      'public',
    ]);
    expect(screen.log.visible('U0LEAD', 'C0SUPPORT').map((m) => m.text)).toEqual([
      'replaced',
      'public',
    ]);
  });

  it('shows an uploaded file under its announced name in the channel it was shared to', () => {
    const screen = newScreen();

    screen.applyCall({
      method: 'files.getUploadURLExternal',
      args: { filename: 'wallets.xlsx', length: '10' },
      response: { ok: true, file_id: 'F0001', upload_url: 'http://x/upload/F0001' },
    });
    screen.applyCall({
      method: 'files.completeUploadExternal',
      args: { files: '[{"id":"F0001","title":"Wallets"}]', channel_id: 'C0SUPPORT' },
      response: { ok: true },
    });

    const [message] = screen.log.visible('U0AGENT', 'C0SUPPORT');
    expect(message?.files).toEqual([{ id: 'F0001', name: 'wallets.xlsx' }]);
  });

  it('tells listeners about each change', () => {
    const screen = newScreen();
    let heard = 0;
    screen.onChange(() => {
      heard += 1;
    });

    screen.postAs('U0AGENT', 'C0SUPPORT', 'one');
    screen.applyCall({ method: 'auth.test', args: {}, response: { ok: true } });

    expect(heard).toBe(1);
  });
});
