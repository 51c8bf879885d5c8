import { ServerError, ValidationError } from '../errors.js';
import type { Vals } from '../odoo/types.js';
import { loadBatch } from './batches.js';
import type { WalletDeps } from './deps.js';
import { plainTextToHtml } from './html.js';
import { taskUrl } from './links.js';
import { readProject, supportTag } from './projects.js';
import { stageFields, tagFields } from './records.js';
import type { TicketInput, TicketResult } from './types.js';
import { requireUser } from './users.js';

/** Titles longer than this are refused; Odoo would take them, but lists become unreadable. */
export const maxTitleLength = 200;

/** Ticket tags: every project tag except the one that marks support projects. */
export async function listTags(deps: WalletDeps): Promise<Array<{ id: number; name: string }>> {
  const tags = await deps.odoo.searchRead('project.tags', [['name', '!=', supportTag]], tagFields, {
    order: 'name asc',
  });
  return tags.filter((tag) => tag.name !== supportTag);
}

function checkTitle(title: string): string {
  const clean = title.replace(/\s+/g, ' ').trim();
  if (clean === '') throw new ValidationError('A ticket needs a title.', { field: 'title' });
  if (clean.length > maxTitleLength) {
    throw new ValidationError(
      `The title is ${clean.length} characters; keep it to ${maxTitleLength} and put the ` +
        'rest in the description.',
      { field: 'title' },
    );
  }
  return clean;
}

async function tagIds(deps: WalletDeps, names: string[]): Promise<number[]> {
  const wanted = [...new Set(names.map((name) => name.trim()).filter((name) => name !== ''))];
  if (wanted.length === 0) return [];

  const tags = await listTags(deps);
  const byName = new Map(tags.map((tag) => [tag.name.toLowerCase(), tag.id]));
  const unknown = wanted.filter((name) => !byName.has(name.toLowerCase()));
  if (unknown.length > 0) {
    throw new ValidationError(
      `Unknown tag ${unknown.map((n) => `"${n}"`).join(', ')}; ` +
        `the tags are ${tags.map((tag) => tag.name).join(', ')}.`,
      { field: 'tags' },
    );
  }
  return wanted.flatMap((name) => byName.get(name.toLowerCase()) ?? []);
}

async function firstStageId(deps: WalletDeps, projectId: number): Promise<number | null> {
  const stages = await deps.odoo.searchRead(
    'project.task.type',
    [['project_ids', 'in', [projectId]]],
    stageFields,
    { order: 'sequence asc, id asc', limit: 1 },
  );
  return stages[0]?.id ?? null;
}

/** Creates a task in the project's first stage, on the project's batch. */
export async function createTicket(deps: WalletDeps, input: TicketInput): Promise<TicketResult> {
  const name = checkTitle(input.title);
  const project = await readProject(deps, input.projectId);

  const assignees = [];
  for (const email of input.assigneeEmails ?? []) {
    if (email.trim() !== '') assignees.push(await requireUser(deps, email, 'assignees'));
  }
  const tags = await tagIds(deps, input.tags ?? []);
  const stageId = await firstStageId(deps, project.id);

  const values: Vals = {
    name,
    project_id: project.id,
    description: plainTextToHtml(input.description ?? ''),
    user_ids: [[6, 0, [...new Set(assignees.map((user) => user.id))]]],
    tag_ids: [[6, 0, tags]],
  };
  if (stageId !== null) values.stage_id = stageId;
  // Odoo fills this from the project too; saying it keeps the ticket on the wallet even
  // where the project's default is computed differently.
  if (project.sale_line_id) values.sale_line_id = project.sale_line_id.id;

  const [taskId] = await deps.odoo.create('project.task', [values]);
  if (taskId === undefined) throw new ServerError('Odoo created no task.');
  deps.logger.info('ticket created', { taskId, projectId: project.id });

  const batch = project.sale_line_id ? await loadBatch(deps, project.sale_line_id.id) : null;
  return { taskId, name, url: taskUrl(deps.odooUrl, taskId), batch };
}
