import { workspace } from '../workspace.js';
import { asSlackView } from './common.js';
import { slackTs } from './slack-ids.js';

export interface AppHomeOpenedInput {
  user: string;
  /** The app's DM with the user (the fixtures' `D0WALLET` when left out). */
  channel?: string;
  tab?: 'home' | 'messages';
  /** The Home view published for this user; Slack sends none before the first publish. */
  view?: Record<string, unknown> | null;
  eventId?: string;
  at?: number;
}

/** The Events API envelope of `app_home_opened`, as Slack posts it (send with eventBody). */
export function buildAppHomeOpened(input: AppHomeOpenedInput): Record<string, unknown> {
  const at = input.at ?? Date.now();
  const tab = input.tab ?? 'home';
  const event: Record<string, unknown> = {
    type: 'app_home_opened',
    user: input.user,
    channel: input.channel ?? 'D0WALLET',
    tab,
    event_ts: slackTs(at),
  };
  if (tab === 'home' && input.view) event.view = asSlackView(input.view);

  return {
    token: workspace.verificationToken,
    team_id: workspace.teamId,
    context_team_id: workspace.teamId,
    context_enterprise_id: null,
    api_app_id: workspace.appId,
    event,
    type: 'event_callback',
    event_id: input.eventId ?? `Ev${at.toString(36).toUpperCase()}`,
    event_time: Math.floor(at / 1000),
    authorizations: [
      {
        enterprise_id: null,
        team_id: workspace.teamId,
        user_id: workspace.botUserId,
        is_bot: true,
        is_enterprise_install: false,
      },
    ],
    is_ext_shared_channel: false,
    event_context: '4-placeholder-event-context-0000000000000000',
  };
}
