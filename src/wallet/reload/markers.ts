import { z } from 'zod';
import { id, text } from '../../odoo/schema.js';
import type { WalletDeps } from '../deps.js';

// A reload leaves a note on the project's chatter before its first write and another after
// it is verified. The machine-readable token in each lets a later run tell an interrupted
// reload from a finished one, even from a fresh process. Tokens avoid `<`, `>` and `&` so
// they read the same whether Odoo stores the body escaped or not.

export type MarkerKind = 'start' | 'done';

export interface ReloadMarker {
  messageId: number;
  projectId: number;
  kind: MarkerKind;
  oldLineId: number;
  newLineId: number;
}

const tokenPrefix = 'wallet-reload:';
const tokenPattern = /wallet-reload:(start|done):(\d+):(\d+)/g;

/** The token a chatter note carries. */
export function markerToken(kind: MarkerKind, oldLineId: number, newLineId: number): string {
  return `[${tokenPrefix}${kind}:${oldLineId}:${newLineId}]`;
}

function asKind(value: string | undefined): MarkerKind {
  return value === 'done' ? 'done' : 'start';
}

const messageFields = z.object({ id, res_id: z.number().int(), body: text });

/** Reload markers left on these projects' chatter, oldest first. */
export async function readMarkers(deps: WalletDeps, projectIds: number[]): Promise<ReloadMarker[]> {
  if (projectIds.length === 0) return [];

  const messages = await deps.odoo.searchRead(
    'mail.message',
    [
      ['model', '=', 'project.project'],
      ['res_id', 'in', projectIds],
      ['body', 'ilike', tokenPrefix],
    ],
    messageFields,
    { order: 'id asc' },
  );
  return messages.flatMap((message) =>
    [...(message.body ?? '').matchAll(tokenPattern)].map((match) => ({
      messageId: message.id,
      projectId: message.res_id,
      kind: asKind(match[1]),
      oldLineId: Number(match[2]),
      newLineId: Number(match[3]),
    })),
  );
}

/** Reloads of a project that were started and never recorded as done. */
export function unfinishedReloads(markers: ReloadMarker[], projectId: number): ReloadMarker[] {
  const open = new Map<string, ReloadMarker>();
  for (const marker of markers.filter((m) => m.projectId === projectId)) {
    const pair = `${marker.oldLineId}:${marker.newLineId}`;
    if (marker.kind === 'start') open.set(pair, marker);
    else open.delete(pair);
  }
  return [...open.values()];
}

/** Posts an HTML note (not a message to followers) on a project's chatter. */
export async function postProjectNote(
  deps: WalletDeps,
  projectId: number,
  body: string,
): Promise<void> {
  await deps.odoo.call(
    {
      model: 'project.project',
      method: 'message_post',
      ids: [projectId],
      // Without the flag Odoo escapes the body, so the markup would show as text.
      params: { body, body_is_html: true, message_type: 'comment', subtype_xmlid: 'mail.mt_note' },
      readOnly: false,
    },
    z.unknown(),
  );
}
