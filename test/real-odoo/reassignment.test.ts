import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { silentLogger } from '../../src/logger.js';
import type { OdooConnection } from '../../src/odoo/connect.js';
import { createWalletService } from '../../src/wallet/index.js';
import type { WalletService } from '../../src/wallet/service.js';
import { RealOdooArranger } from './arrange.js';
import { connect, findTarget, type Protocol, runTag, uniqueName } from './real-odoo.js';

const target = await findTarget(process.env);
if ('skip' in target) console.warn(`Real Odoo reassignment suite skipped: ${target.skip}`);
const protocols: Protocol[] = 'skip' in target ? [] : target.protocols;

describe.skipIf('skip' in target).each(protocols)('batch reassignment over %s', (protocol) => {
  let odoo: OdooConnection;
  let wallet: WalletService;
  let arrange: RealOdooArranger;

  beforeAll(async () => {
    if ('skip' in target) return;
    odoo = await connect(target.settings, protocol);
    arrange = new RealOdooArranger(odoo.client, `${protocol} ${runTag}`);
    wallet = createWalletService({
      odoo: odoo.client,
      capabilities: odoo.capabilities,
      odooUrl: target.settings.url,
      clock: () => new Date(),
      logger: silentLogger,
    });
  });

  afterAll(async () => {
    const left = (await arrange?.removeAll()) ?? [];
    if (left.length > 0) console.warn(`Left on the Odoo (uniquely named):\n${left.join('\n')}`);
  });

  /** An 8 h batch with 11 h delivered (4 + 4 + 2 on a task, 1 on the project) and a new one. */
  async function overspentProject() {
    const uid = await odoo.client.authenticate();
    const customer = await arrange.create('res.partner', {
      name: uniqueName('customer', protocol),
      is_company: true,
    });
    const product = await arrange.supportProduct();
    const oldLine = await arrange.batch(customer, product, 8);
    const newLine = await arrange.batch(customer, product, 8);
    const tag = await arrange.findOrCreate('project.tags', 'Support Tickets');
    const project = await arrange.create('project.project', {
      name: `${uniqueName('project', protocol)} - Support`,
      partner_id: customer,
      allow_billable: true,
      allow_timesheets: true,
      sale_line_id: oldLine,
      tag_ids: [[4, tag]],
    });
    const task = await arrange.create('project.task', {
      name: 'Printer on fire',
      project_id: project,
    });
    const employee = await arrange.employee(uid);
    const history: number[] = [];
    for (const [hours, onTask] of [
      [4, true],
      [4, true],
      [2, true],
      [1, false],
    ] as const) {
      history.push(
        await arrange.create('account.analytic.line', {
          name: `work ${hours} h`,
          project_id: project,
          task_id: onTask ? task : false,
          employee_id: employee,
          unit_amount: hours,
        }),
      );
    }
    return { uid, oldLine, newLine, project, task, history };
  }

  it('keeps the history on the old batch and carries the debt to the new one', async () => {
    const { uid, oldLine, newLine, project, task, history } = await overspentProject();
    expect(await arrange.delivered(oldLine, newLine)).toEqual([11, 0]);

    const plan = await wallet.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'the real Odoo suite',
    });
    const result = await wallet.executeReload(plan);

    expect(plan.carryOver).toBe(3);
    expect(result.oldDelivered).toBe(11);
    expect(result.newDelivered).toBe(3);
    expect(await arrange.delivered(oldLine, newLine)).toEqual([11, 3]);
    expect(await arrange.linesOf(...history)).toEqual([oldLine, oldLine, oldLine, oldLine]);

    const email = await arrange.userEmail(uid);
    if (email === null) return;
    const later = await wallet.logTime({
      userEmail: email,
      taskId: task,
      duration: '0:30',
      description: uniqueName('after the reload', protocol),
    });
    expect(await arrange.linesOf(later.timesheetId)).toEqual([newLine]);
  });

  it('shows the plan without writing anything', async () => {
    const { oldLine, newLine, project, history } = await overspentProject();

    const plan = await wallet.planReload({
      projectId: project,
      newLineId: newLine,
      requestedBy: 'the real Odoo suite',
    });
    const projectLine = await odoo.client.read(
      'project.project',
      [project],
      z.object({ id: z.number(), sale_line_id: z.tuple([z.number(), z.string()]) }),
    );

    expect(plan.timesheetIdsToLock.sort()).toEqual([...history].sort());
    expect(projectLine[0]?.sale_line_id[0]).toBe(oldLine);
    expect(await arrange.delivered(oldLine, newLine)).toEqual([11, 0]);
  });
});
