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
const typedFigure = (message: string, valid: (value: number) => boolean) =>
  z.string({ error: message }).transform((text, ctx) => {
    const value = parsePlainDecimal(text);
    if (value === null || !valid(value)) {
      ctx.addIssue({ code: 'custom', message });
      return z.NEVER;
    }
    return value;
  });

const newBatchSchema = z.object({
  hours: typedFigure(batchHoursRule, validBatchHours),
  unitPrice: typedFigure(unitPriceRule, validUnitPrice),
});

export type ReloadForm =
  | { kind: 'line'; projectId: number; projectLabel: string; lineId: number }
  | { kind: 'new'; projectId: number; projectLabel: string; hours: number; unitPrice: number };

/** Reads the reload modal; refuses a line whose plan the user has not been shown. */
export function readReloadForm(
  state: unknown,
  metadata: ModalMetadata,
): { ok: true; form: ReloadForm } | { ok: false; errors: Record<string, string> } {
  const view = readViewState(state);
  const project = view.option(BlockId.reloadProject, ActionId.reloadProjectSelect);
  const projectId = idFromValue(project?.value, OptionPrefix.project);
  if (!projectId) return { ok: false, errors: { [BlockId.reloadProject]: 'Pick a project.' } };

  const projectLabel = project?.text ?? metadata.projectLabel ?? `project ${projectId}`;
  const choice = view.option(BlockId.reloadBatch, ActionId.reloadBatchSelect)?.value ?? null;
  const notReady = 'Wait a moment for the plan to show, then confirm.';

  if (choice === NEW_BATCH_VALUE) {
    const parsed = newBatchSchema.safeParse({
      hours: view.text(BlockId.reloadHours, ActionId.hoursInput),
      unitPrice: view.text(BlockId.reloadPrice, ActionId.priceInput),
    });
    if (!parsed.success) {
      const blocks = { hours: BlockId.reloadHours, unitPrice: BlockId.reloadPrice };
      return { ok: false, errors: issuesByBlock(parsed.error.issues, blocks, BlockId.reloadHours) };
    }
    return { ok: true, form: { kind: 'new', projectId, projectLabel, ...parsed.data } };
  }

  const lineId = idFromValue(choice, OptionPrefix.line);
  if (!lineId || lineId !== metadata.plannedLineId || projectId !== metadata.projectId) {
    const block = choice ? BlockId.reloadBatch : BlockId.reloadProject;
    return { ok: false, errors: { [block]: notReady } };
  }
  return { ok: true, form: { kind: 'line', projectId, projectLabel, lineId } };
}
