import { workspace } from '../workspace.js';
import { asSlackView, plainWorkspace, teamRef, type UserInput, userRef } from './common.js';
import { randomTriggerId } from './slack-ids.js';
import { buildStateValues, type InputValues } from './view-state.js';

/** A conversation select with `response_url_enabled`, as listed in `response_urls`. */
export interface ResponseUrlEntry {
  block_id: string;
  action_id: string;
  channel_id: string;
  response_url: string;
}

export interface ViewSubmissionOptions {
  triggerId?: string;
  responseUrls?: ResponseUrlEntry[];
}

/**
 * The `view_submission` payload Slack sends when `user` submits `view` with `values`
 * entered (keyed by block_id; see `InputValues`). `view` may be the stored view a stand-in
 * answered views.open with, or the view the app sent.
 */
export function buildViewSubmission(
  view: Record<string, unknown>,
  values: InputValues,
  user: UserInput,
  options: ViewSubmissionOptions = {},
): Record<string, unknown> {
  const slackView = asSlackView(view);
  const state = { values: buildStateValues(slackView.blocks, values) };

  return {
    type: 'view_submission',
    team: teamRef(),
    user: userRef(user),
    api_app_id: workspace.appId,
    token: workspace.verificationToken,
    trigger_id: options.triggerId ?? randomTriggerId(),
    view: { ...slackView, state },
    response_urls: options.responseUrls ?? [],
    is_enterprise_install: false,
    enterprise: null,
  };
}

/** The `view_closed` payload Slack sends when a modal with `notify_on_close` is closed. */
export function buildViewClosed(
  view: Record<string, unknown>,
  user: UserInput,
): Record<string, unknown> {
  return {
    type: 'view_closed',
    team: teamRef(),
    user: userRef(user),
    api_app_id: workspace.appId,
    token: workspace.verificationToken,
    view: asSlackView(view),
    is_cleared: false,
    ...plainWorkspace,
  };
}
