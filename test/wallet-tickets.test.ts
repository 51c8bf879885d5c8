import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { ValidationError } from '../src/errors.js';
import {
  type Protocol,
  protocols,
  Seeder,
  startWorld,
  type WalletWorld,
} from './support/wallet-world.js';

let world: WalletWorld;
let seed: Seeder;

/** A fresh stand-in and wallet for each test of the calling suite, over `protocol`. */
function useWorld(protocol: Protocol): void {
  beforeEach(async () => {
    world = await startWorld({ protocol });
    seed = new Seeder(world.odoo);
  });

  afterEach(async () => {
    await world.close();
  });
}

const many2one = z.union([z.tuple([z.number(), z.string()]), z.literal(false)]);
const taskFields = z.object({
  id: z.number(),
  name: z.string(),
  description: z.union([z.string(), z.literal(false)]),
  stage_id: many2one,
  sale_line_id: many2one,
  user_ids: z.array(z.number()),
  tag_ids: z.array(z.number()),
});

async function arrange() {
  const customer = await seed.customer('Acme');
  const line = await seed.batch(customer, 20);
  const project = await seed.project('Acme - Support', customer, line);
  const stages = [];
  for (const [name, sequence] of [
    ['Triaged', 2],
    ['New', 1],
    ['Done', 5],
  ] as const) {
    stages.push(
      await seed.create('project.task.type', { name, sequence, project_ids: [[6, 0, [project]]] }),
    );
  }
  const tags = {
    bug: await seed.tag('Bug'),
    feature: await seed.tag('Feature Request'),
    maintenance: await seed.tag('Maintenance'),
  };
  const bob = await seed.create('res.users', {
    name: 'Bob',
    login: 'bob@example.com',
    email: 'bob@example.com',
  });
  return { customer, line, project, newStage: stages[1], tags, bob };
}

async function refusal(promise: Promise<unknown>): Promise<ValidationError> {
  try {
    await promise;
  } catch (error) {
    expect(error).toBeInstanceOf(ValidationError);
    return error as ValidationError;
  }
  throw new Error('expected a refusal');
}

describe.each(protocols)('creating a ticket over %s', (protocol) => {
  useWorld(protocol);

  it('creates the task in the first stage, on the batch, with tags and assignees', async () => {
    const { project, line, newStage, tags, bob } = await arrange();

    const result = await world.service.createTicket({
      projectId: project,
      title: '  Login page   times out ',
      description: 'Steps:\n1. open <login>\n\nSeen by "Bob" & Ann',
      assigneeEmails: ['BOB@example.com'],
      tags: ['bug', 'Maintenance'],
    });

    const [task] = await world.odoo.read('project.task', [result.taskId], taskFields);
    expect(task).toMatchObject({
      name: 'Login page times out',
      stage_id: [newStage, 'New'],
      user_ids: [bob],
    });
    expect(task?.sale_line_id).toEqual([line, expect.any(String)]);
    expect([...(task?.tag_ids ?? [])].sort()).toEqual([tags.bug, tags.maintenance].sort());
    expect(task?.description).toBe(
      '<p>Steps:<br>1. open &lt;login&gt;</p><p>Seen by &quot;Bob&quot; &amp; Ann</p>',
    );
    expect(result.url).toBe(
      `${world.standin.url}/web#id=${result.taskId}&model=project.task&view_type=form`,
    );
    expect(result.batch?.lineId).toBe(line);
  });

  it('refuses an unknown tag, naming the valid ones and not the project tag', async () => {
    const { project } = await arrange();

    const error = await refusal(
      world.service.createTicket({ projectId: project, title: 'x', tags: ['Urgent'] }),
    );

    expect(error.field).toBe('tags');
    expect(error.message).toBe(
      'Unknown tag "Urgent"; the tags are Bug, Feature Request, Maintenance.',
    );
    expect(await world.service.listTags()).toEqual(['Bug', 'Feature Request', 'Maintenance']);
  });

  it('refuses "Support Tickets" as a ticket tag', async () => {
    const { project } = await arrange();

    const error = await refusal(
      world.service.createTicket({ projectId: project, title: 'x', tags: ['Support Tickets'] }),
    );

    expect(error.field).toBe('tags');
  });

  it('refuses an empty or overlong title', async () => {
    const { project } = await arrange();

    const empty = await refusal(world.service.createTicket({ projectId: project, title: '   ' }));
    const long = await refusal(
      world.service.createTicket({ projectId: project, title: 'x'.repeat(201) }),
    );
    const longest = await world.service.createTicket({
      projectId: project,
      title: 'y'.repeat(200),
    });

    expect([empty.field, long.field]).toEqual(['title', 'title']);
    expect(longest.name).toHaveLength(200);
  });

  it('refuses an assignee e-mail no Odoo user has', async () => {
    const { project } = await arrange();

    const error = await refusal(
      world.service.createTicket({ projectId: project, title: 'x', assigneeEmails: ['x@y.z'] }),
    );

    expect(error.field).toBe('assignees');
  });

  it('creates one task for a repeated idempotency key', async () => {
    const { project } = await arrange();
    const input = { projectId: project, title: 'Once only', idempotencyKey: 'view-123' };

    const [first, second] = await Promise.all([
      world.service.createTicket(input),
      world.service.createTicket(input),
    ]);

    expect(second.taskId).toBe(first.taskId);
    expect(await world.odoo.searchCount('project.task', [['name', '=', 'Once only']])).toBe(1);
  });
});

describe.each(protocols)('type-ahead over %s', (protocol) => {
  useWorld(protocol);

  it('finds support projects by project or customer name, within the limit', async () => {
    const { project } = await arrange();
    const other = await seed.customer('Initrode');
    await seed.project('Helpdesk', other, false);

    const byCustomer = await world.service.searchProjects('initro');
    const byProject = await world.service.searchProjects('ACME');
    const limited = await world.service.searchProjects('', 1);

    expect(byCustomer).toEqual([
      { id: expect.any(Number), name: 'Helpdesk', customer: 'Initrode' },
    ]);
    expect(byProject).toEqual([{ id: project, name: 'Acme - Support', customer: 'Acme' }]);
    expect(limited).toHaveLength(1);
  });

  it('finds open tasks by name or id, never closed ones nor the adjustment task', async () => {
    const { project } = await arrange();
    const open = await seed.task(project, 'Printer jam');
    await seed.task(project, 'Printer fire', { state: '1_done' });
    await seed.task(project, '[Adjustment] Balance carry-over');

    const byName = await world.service.searchTasks(project, 'printer');
    const byId = await world.service.searchTasks(project, String(open));
    const all = await world.service.searchTasks(project, '', 500);

    expect(byName).toEqual([{ id: open, name: 'Printer jam', projectId: project, closed: false }]);
    expect(byId.map((t) => t.id)).toEqual([open]);
    expect(all.map((t) => t.name)).toEqual(['Printer jam']);
  });
});
