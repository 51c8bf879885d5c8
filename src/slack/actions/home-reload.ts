import type { AllMiddlewareArgs, BlockAction, SlackActionMiddlewareArgs } from '@slack/bolt';
import { buildNoticeModal } from '../blocks/notice.js';
import type { SlackContext } from '../context.js';
import { openReload } from '../flows/open-reload.js';
import { mayReload, reloadRefusal } from '../flows/reload-access.js';
import { openModal } from '../flows/views.js';

/** The lead's Home button "Reload a batch": the same modal as `/wallet reload`. */
export function homeReloadClicked(ctx: SlackContext) {
  return async ({
    ack,
    body,
    client,
  }: SlackActionMiddlewareArgs<BlockAction> & AllMiddlewareArgs) => {
    await ack();

    // The Home tab may predate a change of WALLET_RELOAD_USERS.
    if (!mayReload(ctx, body.user.id)) {
      await openModal(client, body.trigger_id, buildNoticeModal('Reload a batch', reloadRefusal));
      return;
    }
    await openReload(ctx, client, {
      triggerId: body.trigger_id,
      userId: body.user.id,
      channelId: null,
    });
  };
}
