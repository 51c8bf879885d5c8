import { type ApiAnswer, errorAnswer, missingArgument, okAnswer } from '../api-answer.js';
import { type ApiArgs, numberArg, stringArg } from '../api-args.js';
import { fileObject } from '../file-store.js';
import type { MethodHandler, StandinState } from '../state.js';
import type { StoredFile } from '../types.js';
import { isRecord } from '../validate/report.js';
import { workspace } from '../workspace.js';
import { readMessageBlocks } from './message-args.js';

const getUploadUrl: MethodHandler = (args, state) => {
  const filename = stringArg(args, 'filename');
  if (!filename) return missingArgument('filename');
  const length = numberArg(args, 'length');
  if (length === undefined) return missingArgument('length');
  if (length <= 0) return errorAnswer('missing_argument');

  // Slack documents `alt_txt`; @slack/web-api sends `alt_text`.
  const altText = stringArg(args, 'alt_txt') ?? stringArg(args, 'alt_text');
  if (altText !== undefined && altText.length > 1000) return errorAnswer('alt_txt_too_large');

  const { file, uploadKey } = state.files.reserve({
    filename,
    length,
    altText,
    snippetType: stringArg(args, 'snippet_type'),
  });
  return okAnswer({ upload_url: `${state.baseUrl}upload/v1/${uploadKey}`, file_id: file.id });
};

type FileList = { files: { file: StoredFile; title?: string }[] } | { refusal: ApiAnswer };

function readFileList(args: ApiArgs, state: StandinState): FileList {
  if (args.files === undefined || args.files === '') return { refusal: missingArgument('files') };
  if (!Array.isArray(args.files) || args.files.length === 0) {
    return { refusal: errorAnswer('invalid_arguments') };
  }

  const files: { file: StoredFile; title?: string }[] = [];
  for (const entry of args.files) {
    const id = isRecord(entry) && typeof entry.id === 'string' ? entry.id : '';
    const file = state.files.files.get(id);
    // A file whose bytes never reached the upload URL cannot be completed either.
    if (!file || file.bytes === null || file.completed)
      return { refusal: errorAnswer('file_not_found') };
    const title = isRecord(entry) && typeof entry.title === 'string' ? entry.title : undefined;
    files.push({ file, title });
  }
  return { files };
}

const completeUpload: MethodHandler = (args, state) => {
  const list = readFileList(args, state);
  if ('refusal' in list) return list.refusal;
  const channelId = stringArg(args, 'channel_id') ?? stringArg(args, 'channels');
  const channel = channelId === undefined ? null : state.messages.resolve(channelId);
  if (channelId !== undefined && !channel) return errorAnswer('channel_not_found');
  const blocks = readMessageBlocks(args);
  if ('refusal' in blocks) return blocks.refusal;

  const threadTs = stringArg(args, 'thread_ts');
  const comment = stringArg(args, 'initial_comment');
  for (const { file, title } of list.files) {
    file.completed = true;
    if (title) file.title = title;
    if (channel) file.channels.push(channel.id);
    if (channel && threadTs) file.threadTs = threadTs;
  }

  if (channel) {
    const message = state.messages.add({
      channel: channel.id,
      text: comment ?? '',
      user: workspace.botUserId,
      botId: workspace.botId,
      via: 'file_upload',
      fileIds: list.files.map(({ file }) => file.id),
      // Slack ignores blocks when an initial comment is given.
      ...(comment === undefined ? blocks : {}),
      ...(threadTs ? { threadTs } : {}),
    });
    for (const { file } of list.files) file.messageTs = message.ts;
  }
  return okAnswer({ files: list.files.map(({ file }) => ({ id: file.id, title: file.title })) });
};

const info: MethodHandler = (args, state) => {
  const fileId = stringArg(args, 'file');
  if (!fileId) return missingArgument('file');

  const file = state.files.files.get(fileId);
  if (!file) return errorAnswer('file_not_found');
  return okAnswer({ file: fileObject(file, state.baseUrl), comments: [] });
};

/** files.* methods of the three-step upload. */
export const fileMethods: Record<string, MethodHandler> = {
  'files.getUploadURLExternal': getUploadUrl,
  'files.completeUploadExternal': completeUpload,
  'files.info': info,
};
