import { NotFoundError } from '../errors.js';
import type { Domain } from '../odoo/types.js';
import type { WalletDeps } from './deps.js';
import { cleanLabel } from './html.js';
import { type ProjectRecord, projectFields, tagFields } from './records.js';
import type { ProjectOption } from './types.js';

/** The project tag that marks a client's support project. */
export const supportTag = 'Support Tickets';

/** The domain of support projects, or null when the server has no support tag at all. */
export async function supportProjectDomain(deps: WalletDeps): Promise<Domain | null> {
  const tags = await deps.odoo.searchRead('project.tags', [['name', '=', supportTag]], tagFields);
  if (tags.length === 0) return null;

  const domain: Domain = [
    ['tag_ids', 'in', tags.map((tag) => tag.id)],
    ['partner_id', '!=', false],
  ];
  if (deps.capabilities.hasProjectTemplates) domain.push(['is_template', '=', false]);
  return domain;
}

/** Every support project, by name. */
export async function readSupportProjects(
  deps: WalletDeps,
  extra: Domain = [],
): Promise<ProjectRecord[]> {
  const domain = await supportProjectDomain(deps);
  if (domain === null) return [];

  return deps.odoo.searchRead('project.project', [...domain, ...extra], projectFields, {
    order: 'name asc, id asc',
  });
}

/** One project by id; throws NotFoundError when it does not exist. */
export async function readProject(deps: WalletDeps, projectId: number): Promise<ProjectRecord> {
  const [project] = await deps.odoo.read('project.project', [projectId], projectFields);
  if (!project) throw new NotFoundError(`Project ${projectId} does not exist in Odoo.`);
  return project;
}

/** Type-ahead over support projects, matching project or customer name. */
export async function searchProjects(
  deps: WalletDeps,
  query: string,
  limit = 50,
): Promise<ProjectOption[]> {
  const needle = query.trim().toLowerCase();
  const projects = await readSupportProjects(deps);

  // Support projects are few (one per client), so matching here avoids relying on how a
  // server searches a many2one by name.
  const options = projects.map((project) => ({
    id: project.id,
    name: cleanLabel(project.name),
    customer: project.partner_id ? cleanLabel(project.partner_id.name) : null,
  }));
  return options
    .filter(
      (option) =>
        needle === '' ||
        option.name.toLowerCase().includes(needle) ||
        (option.customer ?? '').toLowerCase().includes(needle),
    )
    .slice(0, clampLimit(limit));
}

/** Type-ahead lists hold at most 100 entries (Slack's limit on options). */
export function clampLimit(limit: number): number {
  return Math.max(1, Math.min(100, Math.floor(limit)));
}
