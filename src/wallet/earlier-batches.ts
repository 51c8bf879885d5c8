import { z } from 'zod';
import { id, many2one, text } from '../odoo/schema.js';
import type { WalletDeps } from './deps.js';
import { readMarkers } from './reload/markers.js';

const lockedFields = z.object({ id, so_line: many2one, name: text });

/**
 * Which of these lines the project billed to before: a reload note names them as the line
 * it left, or they hold timesheets of the project that a reload locked there. Carry-over
 * entries do not count: an interrupted reload leaves one on the line it is moving to.
 */
export async function earlierBatchLines(
  deps: WalletDeps,
  projectId: number,
  lineIds: number[],
): Promise<Set<number>> {
  if (lineIds.length === 0) return new Set();

  const wanted = new Set(lineIds);
  const markers = await readMarkers(deps, [projectId]);
  const earlier = new Set(markers.map((m) => m.oldLineId).filter((line) => wanted.has(line)));

  const locked = await deps.odoo.searchRead(
    'account.analytic.line',
    [
      ['project_id', '=', projectId],
      ['so_line', 'in', lineIds],
      ['is_so_line_edited', '=', true],
    ],
    lockedFields,
  );
  for (const timesheet of locked) {
    if (timesheet.so_line && !timesheet.name?.startsWith('Balance carry-over')) {
      earlier.add(timesheet.so_line.id);
    }
  }
  return earlier;
}
