import { z } from 'zod';
import { idFromValue, taskProjectFromValue } from '../blocks/options.js';
import { ActionId, BlockId, OptionPrefix } from '../ids.js';
import { issuesByBlock, readViewState } from '../state.js';
import { escapeMrkdwn, truncate } from '../text.js';

const schema = z
  .object({
    projectId: z.number({ error: 'Pick a project.' }).int().positive(),
    projectLabel: z.string(),
    taskId: z.number().int().positive().nullable(),
    taskProjectId: z.number().nullable(),
    taskLabel: z.string().nullable(),
    date: z
      .string({ error: 'Pick a date.' })
      .regex(/^\d{4}-\d{2}-\d{2}$/, { error: 'Pick a date.' }),
    duration: z
      .string({ error: 'Enter how long, e.g. 1:30.' })
      .trim()
      .min(1, { error: 'Enter how long, e.g. 1:30.' }),
    description: z
      .string({ error: 'Say what you did; it becomes the timesheet line.' })
      .trim()
      .min(1, { error: 'Say what you did; it becomes the timesheet line.' }),
  })
  .refine((form) => form.taskProjectId === null || form.taskProjectId === form.projectId, {
    path: ['taskId'],
    error: 'This ticket is from another project. Pick the ticket again.',
  });

export type LogTimeForm = z.output<typeof schema>;

/** Where each form field (and each domain `field`) is shown in the modal. */
export const logTimeBlocks: Record<string, string> = {
  projectId: BlockId.logProject,
  project: BlockId.logProject,
  taskId: BlockId.logTask,
  task: BlockId.logTask,
  date: BlockId.logDate,
  duration: BlockId.logDuration,
  hours: BlockId.logDuration,
  description: BlockId.logDescription,
};

/** Reads the log time modal; errors come keyed by block_id, ready for `response_action`. */
export function readLogTimeForm(
  state: unknown,
): { ok: true; form: LogTimeForm } | { ok: false; errors: Record<string, string> } {
  const view = readViewState(state);
  const project = view.option(BlockId.logProject, ActionId.projectSelect);
  const task = view.option(BlockId.logTask, ActionId.taskSelect);

  const parsed = schema.safeParse({
    projectId: idFromValue(project?.value, OptionPrefix.project),
    projectLabel: project?.text ?? '',
    taskId: idFromValue(task?.value, OptionPrefix.task),
    taskProjectId: taskProjectFromValue(task?.value),
    taskLabel: task?.text ?? null,
    date: view.date(BlockId.logDate, ActionId.datePick),
    duration: view.text(BlockId.logDuration, ActionId.durationInput),
    description: view.text(BlockId.logDescription, ActionId.descriptionInput),
  });
  if (parsed.success) return { ok: true, form: parsed.data };
  return {
    ok: false,
    errors: issuesByBlock(parsed.error.issues, logTimeBlocks, BlockId.logProject),
  };
}

/** What the user entered, for a message that has to say the entry was not logged. */
export function logTimeSummary(form: LogTimeForm): string {
  const task = form.taskLabel ? ` · ${escapeMrkdwn(form.taskLabel)}` : '';
  return (
    `${escapeMrkdwn(form.projectLabel)}${task}, ${form.date}, ${escapeMrkdwn(form.duration)}: ` +
    escapeMrkdwn(truncate(form.description, 500))
  );
}
