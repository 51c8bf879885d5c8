import { z } from 'zod';
import {
  batchHoursRule,
  parsePlainDecimal,
  unitPriceRule,
  validBatchHours,
  validUnitPrice,
} from '../../wallet/batch-figures.js';
import { idFromValue } from '../blocks/options.js';
import { ActionId, BlockId, NEW_BATCH_VALUE, OptionPrefix } from '../ids.js';
import type { ModalMetadata } from '../metadata.js';
import { issuesByBlock, readViewState } from '../state.js';

/** A plain decimal as people type it (`20`, `20.5`, `20,5`) that passes `valid`. */
const typedFigure = (missing: string, rule: string, valid: (value: number) => boolean) =>
  z
    .string()
    .nullable()
    .transform((text, ctx) => {
      if (text === null || text.trim() === '') {
        ctx.addIssue({ code: 'custom', message: missing });
        return z.NEVER;
      }
      const value = parsePlainDecimal(text);
      if (value === null || !valid(value)) {
        ctx.addIssue({ code: 'custom', message: rule });
        return z.NEVER;
      }
      return value;
    });

const newBatchSchema = z.object({
  hours: typedFigure('Enter the hours sold, e.g. 20.', batchHoursRule, validBatchHours),
  unitPrice: typedFigure('Enter the price per hour, e.g. 95.', unitPriceRule, validUnitPrice),
});

export type ReloadForm =
  | { kind: 'line'; projectId: number; projectLabel: string; lineId: number }
  | { kind: 'new'; projectId: number; projectLabel: string; hours: number; unitPrice: number };

/** The step to show instead of errors, when the user submitted before seeing it. */
export interface ReloadStepToShow {
  project: { id: number; label: string };
  /** The batch choice to keep; the first candidate when undefined. */
  choice?: string;
}

export type ReloadFormRead =
  | { ok: true; form: ReloadForm }
  | { ok: false; errors: Record<string, string> }
  | { ok: false; next: ReloadStepToShow };

function isBlank(value: string | null): boolean {
  return value === null || value.trim() === '';
}

/**
 * Reads the reload modal. A step is validated only once the user has seen it: submitting
 * before the plan or the new batch's fields were shown (a quick "Next", or a modal that
 * changed under the click) moves on to that step instead of showing errors.
 */
export function readReloadForm(state: unknown, metadata: ModalMetadata): ReloadFormRead {
  const view = readViewState(state);
  const project = view.option(BlockId.reloadProject, ActionId.reloadProjectSelect);
  const projectId = idFromValue(project?.value, OptionPrefix.project);
  if (!projectId) return { ok: false, errors: { [BlockId.reloadProject]: 'Pick a project.' } };

  const projectLabel = project?.text ?? metadata.projectLabel ?? `project ${projectId}`;
  const shownProject = { id: projectId, label: projectLabel };
  const choice = view.option(BlockId.reloadBatch, ActionId.reloadBatchSelect)?.value ?? null;
  if (projectId !== metadata.projectId) return { ok: false, next: { project: shownProject } };

  if (choice === NEW_BATCH_VALUE) {
    const hours = view.text(BlockId.reloadHours, ActionId.hoursInput);
    const unitPrice = view.text(BlockId.reloadPrice, ActionId.priceInput);
    // Slack itself refuses an empty required input, so two blank fields mean the step was
    // submitted before it was shown.
    if (isBlank(hours) && isBlank(unitPrice))
      return { ok: false, next: { project: shownProject, choice } };

    const parsed = newBatchSchema.safeParse({ hours, unitPrice });
    if (!parsed.success) {
      const blocks = { hours: BlockId.reloadHours, unitPrice: BlockId.reloadPrice };
      return { ok: false, errors: issuesByBlock(parsed.error.issues, blocks, BlockId.reloadHours) };
    }
    return { ok: true, form: { kind: 'new', projectId, projectLabel, ...parsed.data } };
  }

  const lineId = idFromValue(choice, OptionPrefix.line);
  if (!lineId || lineId !== metadata.plannedLineId) {
    return { ok: false, next: { project: shownProject, ...(choice ? { choice } : {}) } };
  }
  return { ok: true, form: { kind: 'line', projectId, projectLabel, lineId } };
}
