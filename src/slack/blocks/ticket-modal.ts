import type { types } from '@slack/bolt';
import { maxTitleLength } from '../../wallet/tickets.js';
import { ActionId, BlockId, CallbackId } from '../ids.js';
import { encodeMetadata, type ModalMetadata } from '../metadata.js';
import { plain, viewLabel } from './kit.js';
import { projectOption, tagOptions } from './options.js';

export interface TicketModalInput {
  metadata: ModalMetadata;
  project?: { id: number; label: string } | null;
  /** Prefilled description, e.g. the text of the message the shortcut was used on. */
  description?: string;
  /** Tag names; an empty list leaves the tags input out (a select needs an option). */
  tags: string[];
}

function tagsBlock(tags: string[]): types.InputBlock[] {
  if (tags.length === 0) return [];
  return [
    {
      type: 'input',
      block_id: BlockId.ticketTags,
      optional: true,
      label: plain('Tags'),
      element: {
        type: 'multi_static_select',
        action_id: ActionId.tagsSelect,
        placeholder: plain('Bug, Feature Request...'),
        options: tagOptions(tags),
      },
    },
  ];
}

/** The new ticket modal; the batch comes from the project, so it is not asked. */
export function buildTicketModal(input: TicketModalInput): types.ModalView {
  return {
    type: 'modal',
    callback_id: CallbackId.ticket,
    title: viewLabel('New ticket'),
    submit: viewLabel('Create'),
    close: viewLabel('Cancel'),
    private_metadata: encodeMetadata(input.metadata),
    blocks: [
      {
        type: 'input',
        block_id: BlockId.ticketProject,
        label: plain('Project'),
        element: {
          type: 'external_select',
          action_id: ActionId.projectSelect,
          placeholder: plain('Type a client or project'),
          min_query_length: 0,
          ...(input.project ? { initial_option: projectOption(input.project) } : {}),
        },
      },
      {
        type: 'input',
        block_id: BlockId.ticketTitle,
        label: plain('Title'),
        hint: plain(`Up to ${maxTitleLength} characters.`),
        element: {
          type: 'plain_text_input',
          action_id: ActionId.titleInput,
          max_length: maxTitleLength,
        },
      },
      {
        type: 'input',
        block_id: BlockId.ticketDescription,
        optional: true,
        label: plain('Description'),
        element: {
          type: 'plain_text_input',
          action_id: ActionId.descriptionInput,
          multiline: true,
          max_length: 3000,
          ...(input.description ? { initial_value: input.description.slice(0, 3000) } : {}),
        },
      },
      {
        type: 'input',
        block_id: BlockId.ticketAssignee,
        optional: true,
        label: plain('Assignee'),
        element: {
          type: 'users_select',
          action_id: ActionId.assigneeSelect,
          placeholder: plain('Someone on the support team'),
        },
      },
      ...tagsBlock(input.tags),
    ],
  };
}
