import { z } from 'zod';
import { maxTitleLength } from '../../wallet/tickets.js';
import { idFromValue } from '../blocks/options.js';
import { ActionId, BlockId, OptionPrefix } from '../ids.js';
import { issuesByBlock, readViewState } from '../state.js';

const schema = z.object({
  projectId: z.number({ error: 'Pick a project.' }).int().positive(),
  title: z
    .string({ error: 'Give the ticket a title.' })
    .trim()
    .min(1, { error: 'Give the ticket a title.' })
    .max(maxTitleLength, {
      error: `Keep the title to ${maxTitleLength} characters; put the rest in the description.`,
    }),
  description: z.string().trim().nullable(),
  assigneeId: z.string().nullable(),
  tags: z.array(z.string()),
});

export type TicketForm = z.output<typeof schema>;

/** Where each form field (and each domain `field`) is shown in the modal. */
export const ticketBlocks: Record<string, string> = {
  projectId: BlockId.ticketProject,
  project: BlockId.ticketProject,
  title: BlockId.ticketTitle,
  name: BlockId.ticketTitle,
  description: BlockId.ticketDescription,
  assigneeId: BlockId.ticketAssignee,
  assigneeEmails: BlockId.ticketAssignee,
  assignee: BlockId.ticketAssignee,
  tags: BlockId.ticketTags,
};

/** Reads the ticket modal; errors come keyed by block_id. */
export function readTicketForm(
  state: unknown,
): { ok: true; form: TicketForm } | { ok: false; errors: Record<string, string> } {
  const view = readViewState(state);
  const project = view.option(BlockId.ticketProject, ActionId.projectSelect);

  const parsed = schema.safeParse({
    projectId: idFromValue(project?.value, OptionPrefix.project),
    title: view.text(BlockId.ticketTitle, ActionId.titleInput),
    description: view.text(BlockId.ticketDescription, ActionId.descriptionInput),
    assigneeId: view.user(BlockId.ticketAssignee, ActionId.assigneeSelect),
    tags: view
      .options(BlockId.ticketTags, ActionId.tagsSelect)
      .filter((value) => value.startsWith(OptionPrefix.tag))
      .map((value) => value.slice(OptionPrefix.tag.length)),
  });
  if (parsed.success) return { ok: true, form: parsed.data };
  return {
    ok: false,
    errors: issuesByBlock(parsed.error.issues, ticketBlocks, BlockId.ticketProject),
  };
}
