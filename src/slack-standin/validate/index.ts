export { blockLimits, validateBlocks } from './blocks.js';
export { type BlockError, formatBlockError, type Surface } from './report.js';
export { isViewTooLarge, maxViewBytes, validateView } from './view.js';
