import type { types } from '@slack/bolt';
import { BlockId, CallbackId } from '../ids.js';
import { section, viewLabel } from './kit.js';

/** A modal that only says something (a refusal, a result, an error) and can be closed. */
export function buildNoticeModal(title: string, text: string): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackId.notice,
    title: viewLabel(title),
    close: viewLabel('Close'),
    blocks: [section(text, BlockId.noticeText)],
  };
}
