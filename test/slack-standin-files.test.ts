import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import {
  createStandinClient,
  type SlackStandin,
  startSlackStandin,
} from '../src/slack-standin/index.js';

let standin: SlackStandin;

beforeEach(async () => {
  standin = await startSlackStandin();
});

afterEach(async () => {
  await standin.close();
});

describe('files.uploadV2 through the stand-in', () => {
  it('stores the bytes and shares the file into the thread with the comment', async () => {
    const client = createStandinClient(standin);
    const parent = await client.chat.postMessage({ channel: 'C0SUPPORT', text: 'Weekly digest' });
    const bytes = Buffer.from([0x50, 0x4b, 0x03, 0x04, 0x00, 0xff]);

    const result = await client.files.uploadV2({
      channel_id: 'C0SUPPORT',
      thread_ts: parent.ts ?? '',
      file: bytes,
      filename: 'digest.xlsx',
      title: 'Digest week 3',
      initial_comment: 'This week in numbers',
    });

    const [file] = [...standin.files.values()];
    expect(result.ok).toBe(true);
    expect(file).toMatchObject({
      filename: 'digest.xlsx',
      title: 'Digest week 3',
      completed: true,
    });
    expect(file?.bytes?.equals(bytes)).toBe(true);
    expect(standin.messagesIn('C0SUPPORT')).toMatchObject([
      { text: 'Weekly digest' },
      {
        text: 'This week in numbers',
        threadTs: parent.ts,
        fileIds: [file?.id],
        via: 'file_upload',
      },
    ]);
    const thread = await client.conversations.replies({
      channel: 'C0SUPPORT',
      ts: parent.ts ?? '',
    });
    expect(thread.messages?.[1]?.files).toMatchObject([{ id: file?.id, name: 'digest.xlsx' }]);
  });

  it('records the three steps the SDK takes', async () => {
    const client = createStandinClient(standin);

    await client.files.uploadV2({
      channel_id: 'C0SUPPORT',
      content: 'a,b\n1,2\n',
      filename: 'x.csv',
    });

    expect(standin.calls.map((call) => call.method)).toEqual([
      'files.getUploadURLExternal',
      'upload',
      'files.completeUploadExternal',
    ]);
    expect(standin.callsTo('files.completeUploadExternal')[0]?.args.files).toEqual([
      { id: expect.stringMatching(/^F0/), title: 'x.csv' },
    ]);
  });

  it('answers files.info with the channel the file was shared in', async () => {
    const client = createStandinClient(standin);
    await client.files.uploadV2({ channel_id: 'C0SUPPORT', content: 'hello', filename: 'a.txt' });
    const [file] = [...standin.files.values()];

    const info = await client.files.info({ file: file?.id ?? '' });

    expect(info.file).toMatchObject({ name: 'a.txt', size: 5, channels: ['C0SUPPORT'] });
  });

  it('accepts raw bytes posted to the upload URL', async () => {
    const client = createStandinClient(standin);
    const reserved = await client.files.getUploadURLExternal({ filename: 'raw.bin', length: 3 });

    const response = await fetch(reserved.upload_url ?? '', { method: 'POST', body: 'abc' });

    expect(response.status).toBe(200);
    expect(standin.files.get(reserved.file_id ?? '')?.bytes?.toString()).toBe('abc');
  });
});

describe('files.getUploadURLExternal', () => {
  it('accepts the alt text under both alt_txt and alt_text', async () => {
    const client = createStandinClient(standin);

    await client.apiCall('files.getUploadURLExternal', {
      filename: 'a.png',
      length: 1,
      alt_txt: 'chart',
    });
    const sdk = await client.files.getUploadURLExternal({
      filename: 'b.png',
      length: 1,
      alt_text: 'pie',
    });

    const [documented, fromSdk] = [...standin.files.values()];
    expect(documented?.altText).toBe('chart');
    expect(fromSdk?.id).toBe(sdk.file_id);
    expect(fromSdk?.altText).toBe('pie');
  });

  it('requires a filename and a length', async () => {
    const client = createStandinClient(standin);

    const noName = client.apiCall('files.getUploadURLExternal', { length: 3 });
    const noLength = client.apiCall('files.getUploadURLExternal', { filename: 'a.txt' });

    await expect(noName).rejects.toMatchObject({
      data: {
        error: 'invalid_arguments',
        response_metadata: { messages: ['[ERROR] missing required field: filename'] },
      },
    });
    await expect(noLength).rejects.toMatchObject({ data: { error: 'invalid_arguments' } });
  });

  it('refuses to complete a file whose bytes never arrived', async () => {
    const client = createStandinClient(standin);
    const reserved = await client.files.getUploadURLExternal({ filename: 'a.txt', length: 3 });

    const call = client.files.completeUploadExternal({
      files: [{ id: reserved.file_id ?? '' }],
      channel_id: 'C0SUPPORT',
    });

    await expect(call).rejects.toMatchObject({ data: { error: 'file_not_found' } });
  });
});
