export { buildAppHomeOpened } from './app-home-opened.js';
export { buildBlockActions, buildBlockSuggestion } from './block-actions.js';
export type { UserInput } from './common.js';
export { buildMessageShortcut } from './message-shortcut.js';
export { normaliseBlocks } from './normalise.js';
export { randomTriggerId, slackTs } from './slack-ids.js';
export { buildViewObject, type SlackView } from './view-object.js';
export { buildStateValues, type InputValue, type InputValues } from './view-state.js';
export { buildViewClosed, buildViewSubmission } from './view-submission.js';
