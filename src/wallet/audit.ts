import { z } from 'zod';
import { date, id, many2one } from '../odoo/schema.js';
import { loadBatches } from './batches.js';
import type { WalletDeps } from './deps.js';
import { displayHours, tolerance } from './hours.js';
import { readProject, readSupportProjects } from './projects.js';
import type { ProjectRecord } from './records.js';
import { type ReloadMarker, readMarkers } from './reload/markers.js';
import { hasServerLockModule } from './reload/records.js';
import { openTaskDomain } from './tasks.js';
import type { AuditFinding, AuditReport, Batch } from './types.js';

const auditTimesheetFields = z.object({ id, project_id: many2one, date, so_line: many2one });
type AuditTimesheet = z.output<typeof auditTimesheetFields>;

const auditTaskFields = z.object({
  id,
  name: z.string(),
  project_id: many2one,
  sale_line_id: many2one,
});
type AuditTask = z.output<typeof auditTaskFields>;

interface Facts {
  projects: ProjectRecord[];
  timesheets: AuditTimesheet[];
  tasks: AuditTask[];
  markers: ReloadMarker[];
  batches: Map<number, Batch>;
  sums: Map<number | null, number>;
}

function groupBy<T>(items: T[], key: (item: T) => string): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) groups.set(key(item), [...(groups.get(key(item)) ?? []), item]);
  return groups;
}

function batchName(facts: Facts, lineId: number): string {
  return facts.batches.get(lineId)?.orderName ?? `line ${lineId}`;
}

function timesheetsBeforeBatch(facts: Facts): AuditFinding[] {
  const early = facts.timesheets.filter((t) => {
    const confirmedAt = t.so_line ? facts.batches.get(t.so_line.id)?.confirmedAt : null;
    return t.date !== null && confirmedAt && t.date < confirmedAt.slice(0, 10);
  });
  const groups = groupBy(early, (t) => `${t.project_id?.id}:${t.so_line?.id}`);
  return [...groups.values()].flatMap((group) => {
    const [first] = group;
    if (!first?.project_id || !first.so_line) return [];
    const batch = facts.batches.get(first.so_line.id);
    return [
      {
        kind: 'timesheet_before_batch' as const,
        projectId: first.project_id.id,
        message:
          `${group.length} timesheet(s) dated before ${batchName(facts, first.so_line.id)} was ` +
          `confirmed (${batch?.confirmedAt?.slice(0, 10)}) count against it.`,
        recordIds: group.map((t) => t.id),
      },
    ];
  });
}

function knownLines(facts: Facts, project: ProjectRecord): Set<number> | null {
  const markers = facts.markers.filter((m) => m.projectId === project.id);
  if (markers.length === 0) return null;

  const lines = markers.flatMap((m) => [m.oldLineId, m.newLineId]);
  if (project.sale_line_id) lines.push(project.sale_line_id.id);
  return new Set(lines);
}

function timesheetsOnForeignBatch(facts: Facts): AuditFinding[] {
  return facts.projects.flatMap((project) => {
    const known = knownLines(facts, project);
    if (known === null) return [];

    const foreign = facts.timesheets.filter(
      (t) => t.project_id?.id === project.id && t.so_line !== null && !known.has(t.so_line.id),
    );
    return [...groupBy(foreign, (t) => String(t.so_line?.id)).entries()].map(([line, group]) => ({
      kind: 'timesheet_on_foreign_batch' as const,
      projectId: project.id,
      message:
        `${group.length} timesheet(s) are on ${batchName(facts, Number(line))}, a batch this ` +
        'project never pointed at according to its reload notes.',
      recordIds: group.map((t) => t.id),
    }));
  });
}

function batchesOverDelivered(facts: Facts): AuditFinding[] {
  return facts.projects.flatMap((project) => {
    const batch = project.sale_line_id ? facts.batches.get(project.sale_line_id.id) : undefined;
    if (!batch) return [];

    const logged = facts.sums.get(batch.lineId) ?? 0;
    if (batch.delivered <= logged + tolerance) return [];
    return [
      {
        kind: 'batch_over_delivered' as const,
        projectId: project.id,
        message:
          `${batch.orderName} shows ${displayHours(batch.delivered)} h delivered but its own ` +
          `timesheets add up to ${displayHours(logged)} h.`,
        recordIds: [batch.lineId],
      },
    ];
  });
}

function openTasksOnOldBatch(facts: Facts): AuditFinding[] {
  return facts.projects.flatMap((project) => {
    const current = project.sale_line_id?.id;
    if (current === undefined) return [];

    const stale = facts.tasks.filter(
      (t) => t.project_id?.id === project.id && t.sale_line_id && t.sale_line_id.id !== current,
    );
    if (stale.length === 0) return [];
    return [
      {
        kind: 'open_task_on_old_batch' as const,
        projectId: project.id,
        message:
          `${stale.length} open task(s) still bill to another batch than the project's ` +
          `${batchName(facts, current)}.`,
        recordIds: stale.map((t) => t.id),
      },
    ];
  });
}

async function gatherFacts(deps: WalletDeps, projects: ProjectRecord[]): Promise<Facts> {
  const projectIds = projects.map((p) => p.id);
  const [timesheets, tasks, markers] = await Promise.all([
    deps.odoo.searchRead(
      'account.analytic.line',
      [['project_id', 'in', projectIds]],
      auditTimesheetFields,
    ),
    deps.odoo.searchRead(
      'project.task',
      [['project_id', 'in', projectIds], ...openTaskDomain],
      auditTaskFields,
    ),
    readMarkers(deps, projectIds),
  ]);

  const lineIds = [
    ...projects.flatMap((p) => (p.sale_line_id ? [p.sale_line_id.id] : [])),
    ...timesheets.flatMap((t) => (t.so_line ? [t.so_line.id] : [])),
    ...tasks.flatMap((t) => (t.sale_line_id ? [t.sale_line_id.id] : [])),
    ...markers.flatMap((m) => [m.oldLineId, m.newLineId]),
  ];
  const unique = [...new Set(lineIds)];
  const [batches, sums] = await Promise.all([
    loadBatches(deps, unique),
    unique.length === 0
      ? new Map<number | null, number>()
      : deps.odoo.sumBy(
          'account.analytic.line',
          [['so_line', 'in', unique]],
          'so_line',
          'unit_amount',
        ),
  ]);
  return { projects, timesheets, tasks, markers, batches, sums };
}

/** Read only: timesheets and batches that look wrong, and whether the server lock is there. */
export async function audit(deps: WalletDeps, projectId?: number): Promise<AuditReport> {
  const projects =
    projectId === undefined
      ? await readSupportProjects(deps)
      : [await readProject(deps, projectId)];
  const [facts, serverLockModule] = await Promise.all([
    gatherFacts(deps, projects),
    hasServerLockModule(deps),
  ]);

  const findings = [
    ...timesheetsBeforeBatch(facts),
    ...timesheetsOnForeignBatch(facts),
    ...batchesOverDelivered(facts),
    ...openTasksOnOldBatch(facts),
  ];
  return { serverLockModule, findings };
}
