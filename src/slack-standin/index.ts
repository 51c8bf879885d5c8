export * from './payloads/index.js';
export * from './signing.js';
export * from './validate/index.js';
export { workspace } from './workspace.js';
