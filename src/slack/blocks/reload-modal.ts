import type { types } from '@slack/bolt';
import type { Batch, ReloadPlan } from '../../wallet/types.js';
import { ActionId, BlockId, CallbackId, NEW_BATCH_VALUE } from '../ids.js';
import { encodeMetadata, type ModalMetadata } from '../metadata.js';
import { context, option, plain, section, viewLabel } from './kit.js';
import { batchOption, projectOption } from './options.js';
import { planText } from './reload-plan.js';

export interface ReloadModalInput {
  metadata: ModalMetadata;
  project?: { id: number; label: string } | null;
  /** Lines the project could switch to; undefined until they are read. */
  candidates?: Batch[];
  /** `line:<id>` or NEW_BATCH_VALUE. */
  choice?: string;
  plan?: ReloadPlan | null;
  /** Shown in place of the plan when the choice is a new batch. */
  newBatchText?: string;
  /** A sentence when Odoo refused the plan (conflict, validation) or failed. */
  problem?: string | null;
  loading?: boolean;
}

const newBatchOption = () => option('Sell a new batch', NEW_BATCH_VALUE);

function projectBlock(input: ReloadModalInput): types.InputBlock {
  return {
    type: 'input',
    block_id: BlockId.reloadProject,
    dispatch_action: true,
    label: plain('Project'),
    element: {
      type: 'external_select',
      action_id: ActionId.reloadProjectSelect,
      placeholder: plain('Type a client or project'),
      min_query_length: 0,
      ...(input.project ? { initial_option: projectOption(input.project) } : {}),
    },
  };
}

function batchBlock(candidates: Batch[], choice: string | undefined): types.InputBlock {
  const options = [...candidates.map(batchOption), newBatchOption()];
  const initial = options.find((candidate) => candidate.value === choice);
  return {
    type: 'input',
    block_id: BlockId.reloadBatch,
    dispatch_action: true,
    label: plain('New batch'),
    element: {
      type: 'static_select',
      action_id: ActionId.reloadBatchSelect,
      options,
      ...(initial ? { initial_option: initial } : {}),
    },
  };
}

function newBatchInputs(): types.InputBlock[] {
  const input = (blockId: string, actionId: string, label: string, hint: string) => ({
    type: 'input' as const,
    block_id: blockId,
    label: plain(label),
    hint: plain(hint),
    element: { type: 'plain_text_input' as const, action_id: actionId, max_length: 20 },
  });
  return [
    input(BlockId.reloadHours, ActionId.hoursInput, 'Hours sold', 'e.g. 20'),
    input(BlockId.reloadPrice, ActionId.priceInput, 'Unit price per hour', 'e.g. 95; 0 is free'),
  ];
}

function detailBlocks(input: ReloadModalInput): types.KnownBlock[] {
  if (input.loading) return [context(':hourglass_flowing_sand: Reading the project from Odoo…')];
  if (input.problem) return [section(`:warning: ${input.problem}`, BlockId.reloadPlan)];
  if (input.plan) return [section(planText(input.plan, input.metadata.sold), BlockId.reloadPlan)];
  if (input.newBatchText) return [section(input.newBatchText, BlockId.reloadPlan)];
  return [];
}

function submitLabel(input: ReloadModalInput): string {
  if (input.choice === NEW_BATCH_VALUE) return 'Sell batch';
  return input.plan ? 'Run reload' : 'Next';
}

/** The guarded reload modal: pick a project, pick the new batch, read the plan, confirm. */
export function buildReloadModal(input: ReloadModalInput): types.ModalView {
  const blocks: types.KnownBlock[] = [projectBlock(input)];
  if (input.candidates && !input.loading) blocks.push(batchBlock(input.candidates, input.choice));
  if (input.choice === NEW_BATCH_VALUE && !input.loading) blocks.push(...newBatchInputs());
  blocks.push(...detailBlocks(input));

  return {
    type: 'modal',
    callback_id: CallbackId.reload,
    title: viewLabel('Reload a batch'),
    submit: viewLabel(submitLabel(input)),
    close: viewLabel('Cancel'),
    // Once a batch is sold, closing the modal must tell the user it stays confirmed.
    ...(input.metadata.sold ? { notify_on_close: true } : {}),
    private_metadata: encodeMetadata(input.metadata),
    blocks,
  };
}
