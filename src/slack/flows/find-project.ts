import type { ProjectOption } from '../../wallet/types.js';
import { projectOptionText } from '../blocks/options.js';
import type { SlackContext } from '../context.js';

/** A project to preselect for what the user typed: the only match, or the exact one. */
export async function findProject(
  ctx: SlackContext,
  query: string,
): Promise<{ id: number; label: string } | null> {
  const wanted = query.trim().toLowerCase();
  if (!wanted) return null;

  const found = await ctx.wallet.searchProjects(query.trim(), 20);
  const exact = (project: ProjectOption) =>
    project.name.toLowerCase() === wanted || project.customer?.toLowerCase() === wanted;
  const exactMatches = found.filter(exact);
  const match = found.length === 1 ? found[0] : exactMatches.length === 1 ? exactMatches[0] : null;

  return match ? { id: match.id, label: projectOptionText(match) } : null;
}
