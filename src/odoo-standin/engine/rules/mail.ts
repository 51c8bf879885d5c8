import type { MethodCall, MethodSpec } from '../behaviour.js';
import { createRecord, existingRows } from '../crud.js';
import type { OdooEngine } from '../engine.js';
import { valueError } from '../fault.js';
import type { Row } from '../types.js';

function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

function post(call: MethodCall): number {
  const { engine, model, ids, uid, params } = call;
  if (ids.length !== 1) {
    throw valueError(
      `Expected singleton: ${model}(${ids.join(', ')}${ids.length === 1 ? ',' : ''})`,
    );
  }
  const [record] = existingRows(engine, model, ids, uid);
  const body = typeof params.body === 'string' ? params.body : '';
  const html = params.body_is_html ? body : escapeHtml(body);
  const author = engine.row('res.users', uid)?.partner_id ?? false;
  return createRecord(
    engine,
    'mail.message',
    {
      model,
      res_id: record?.id ?? 0,
      body: html,
      subject: params.subject ?? false,
      message_type: typeof params.message_type === 'string' ? params.message_type : 'notification',
      subtype_xmlid:
        typeof params.subtype_xmlid === 'string' ? params.subtype_xmlid : 'mail.mt_note',
      author_id: params.author_id ?? author,
      partner_ids: Array.isArray(params.partner_ids) ? params.partner_ids : [],
      date: engine.nowString(),
      record_name: record ? engine.displayName(model, record.id) : false,
    },
    call.context,
    uid,
  );
}

/** `mail.thread.message_post`: a note on the record's chatter; answers the message id. */
export const messagePost: MethodSpec = {
  params: [
    { name: 'body' },
    { name: 'subject' },
    { name: 'message_type' },
    { name: 'subtype_xmlid' },
  ],
  varKeywords: true,
  run: post,
};

/** The chatter of a record (`message_ids`), newest first. */
export function messageIds(model: string) {
  return (engine: OdooEngine, row: Row): number[] =>
    [...engine.table('mail.message').rows.values()]
      .filter((message) => message.model === model && message.res_id === row.id)
      .map((message) => message.id)
      .sort((a, b) => b - a);
}
