import type { types } from '@slack/bolt';
import { ActionId, BlockId, CallbackId } from '../ids.js';
import { encodeMetadata, type ModalMetadata } from '../metadata.js';
import { context, plain, viewLabel } from './kit.js';
import { projectOption } from './options.js';

export interface LogTimeModalInput {
  metadata: ModalMetadata;
  /** The user's today; null leaves the date for the user to pick. */
  initialDate: string | null;
  /** A project to preselect, when the command named a client with one clear match. */
  project?: { id: number; label: string } | null;
}

function projectBlock(input: LogTimeModalInput): types.InputBlock {
  return {
    type: 'input',
    block_id: BlockId.logProject,
    label: plain('Project'),
    element: {
      type: 'external_select',
      action_id: ActionId.projectSelect,
      placeholder: plain('Type a client or project'),
      min_query_length: 0,
      ...(input.project ? { initial_option: projectOption(input.project) } : {}),
    },
  };
}

function taskBlock(): types.InputBlock {
  return {
    type: 'input',
    block_id: BlockId.logTask,
    optional: true,
    label: plain('Ticket'),
    hint: plain('Pick the project first. Leave empty to log on the project itself.'),
    element: {
      type: 'external_select',
      action_id: ActionId.taskSelect,
      placeholder: plain('Type a ticket title'),
      min_query_length: 0,
    },
  };
}

function dateBlock(initialDate: string | null): types.InputBlock {
  return {
    type: 'input',
    block_id: BlockId.logDate,
    label: plain('Date'),
    element: {
      type: 'datepicker',
      action_id: ActionId.datePick,
      ...(initialDate ? { initial_date: initialDate } : {}),
    },
  };
}

/** The log time modal; it opens before Odoo is asked anything, so it needs no Odoo data. */
export function buildLogTimeModal(input: LogTimeModalInput): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackId.logTime,
    title: viewLabel('Log time'),
    submit: viewLabel('Log'),
    close: viewLabel('Cancel'),
    private_metadata: encodeMetadata(input.metadata),
    blocks: [
      projectBlock(input),
      taskBlock(),
      dateBlock(input.initialDate),
      {
        type: 'input',
        block_id: BlockId.logDuration,
        label: plain('Duration'),
        hint: plain('Quarter hours, at least 15 minutes: 1:30, 1.5, 1h30 or 90m.'),
        element: {
          type: 'plain_text_input',
          action_id: ActionId.durationInput,
          placeholder: plain('1:30'),
          max_length: 20,
        },
      },
      {
        type: 'input',
        block_id: BlockId.logDescription,
        label: plain('What did you do?'),
        element: {
          type: 'plain_text_input',
          action_id: ActionId.descriptionInput,
          multiline: true,
          max_length: 2000,
        },
      },
      context('The entry is logged in Odoo as you, matched by your Slack e-mail.'),
    ],
  };
}
