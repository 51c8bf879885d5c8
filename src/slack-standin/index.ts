export { adoptPayload } from './adopt-payload.js';
export type { ApiAnswer } from './api-answer.js';
export { createStandinClient, quietSlackLogger } from './client.js';
export {
  createSlackRequestKit,
  type SignedSlackRequest,
  type SlackRequestKit,
  type SlackRequestKitOptions,
} from './kit.js';
export * from './payloads/index.js';
export type { ResponseTarget } from './response-urls.js';
export { type SlackStandin, type SlackStandinOptions, startSlackStandin } from './server.js';
export * from './signing.js';
export type * from './types.js';
export { demoUsers, tzOffsetSeconds } from './users.js';
export * from './validate/index.js';
export type { ViewAckOutcome } from './view-ack.js';
export { workspace } from './workspace.js';
