import type { ModelSpec, OdooVersion } from '../types.js';
import { baseModels } from './base-models.js';
import { recordedModels } from './recorded.js';

/** Every model of the stand-in for one pretend version. */
export function buildSchema(version: OdooVersion): ModelSpec[] {
  return [...baseModels(version), ...recordedModels(version)];
}
