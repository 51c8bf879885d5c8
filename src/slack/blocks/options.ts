import type { types } from '@slack/bolt';
import type { Batch, ProjectOption, TaskOption } from '../../wallet/types.js';
import { formatHours } from '../hours.js';
import { OptionPrefix } from '../ids.js';
import { Limits, option } from './kit.js';

/** `Project · Customer`, cut to the 75 characters an option may show. */
export function projectOptionText(project: ProjectOption): string {
  return project.customer ? `${project.name} · ${project.customer}` : project.name;
}

export function projectOption(project: { id: number; label: string }): types.PlainTextOption {
  return option(project.label, `${OptionPrefix.project}${project.id}`);
}

/** Type-ahead answer for a project select (at most 100 options). */
export function projectOptions(projects: ProjectOption[]): types.PlainTextOption[] {
  return projects
    .slice(0, Limits.options)
    .map((project) => projectOption({ id: project.id, label: projectOptionText(project) }));
}

/** Task options carry their project, so a task left from another project can be caught. */
export function taskOptions(tasks: TaskOption[]): types.PlainTextOption[] {
  return tasks
    .slice(0, Limits.options)
    .map((task) => option(task.name, `${OptionPrefix.task}${task.id}:${task.projectId}`));
}

export function tagOptions(tags: string[]): types.PlainTextOption[] {
  return tags.slice(0, Limits.options).map((tag) => option(tag, `${OptionPrefix.tag}${tag}`));
}

/** `S00045 · 20 h left of 20 h` for a batch a reload could switch to. */
export function batchOption(batch: Batch): types.PlainTextOption {
  const left = `${formatHours(batch.remaining)} left of ${formatHours(batch.ordered)}`;
  const label = `${batch.orderName} · ${left}`;
  return option(label, `${OptionPrefix.line}${batch.lineId}`);
}

/** The positive id after a prefix (`project:42` -> 42), or null for anything else. */
export function idFromValue(value: string | null | undefined, prefix: string): number | null {
  if (!value?.startsWith(prefix)) return null;

  const id = Number(value.slice(prefix.length).split(':')[0]);
  return Number.isInteger(id) && id > 0 ? id : null;
}

/** The project id a task option was listed under (`task:7:42` -> 42). */
export function taskProjectFromValue(value: string | null | undefined): number | null {
  const projectPart = value?.startsWith(OptionPrefix.task) ? value.split(':')[2] : undefined;
  const id = Number(projectPart);
  return Number.isInteger(id) && id > 0 ? id : null;
}
