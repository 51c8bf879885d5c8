import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { z } from 'zod';
import { NotFoundError, ValidationError } from '../../src/errors.js';
import type { OdooConnection } from '../../src/odoo/connect.js';
import { MissingModelError } from '../../src/odoo/faults.js';
import { many2one, text } from '../../src/odoo/schema.js';
import { connect, findTarget, type Protocol, uniqueName } from './real-odoo.js';

const target = await findTarget(process.env);
if ('skip' in target) console.warn(`Real Odoo client suite skipped: ${target.skip}`);
const protocols: Protocol[] = 'skip' in target ? [] : target.protocols;

const partnerSchema = z.object({
  id: z.number(),
  name: text,
  phone: text,
  parent_id: many2one,
  is_company: z.boolean(),
});

describe.skipIf('skip' in target).each(protocols)('Odoo client over %s', (protocol) => {
  let odoo: OdooConnection;
  const created: number[] = [];

  beforeAll(async () => {
    if ('skip' in target) return;
    odoo = await connect(target.settings, protocol);
  });

  afterAll(async () => {
    if (created.length === 0) return;
    await odoo.client.call(
      { model: 'res.partner', method: 'unlink', ids: created, readOnly: false },
      z.boolean(),
    );
  });

  it('connects with the protocol it was asked for', async () => {
    const uid = await odoo.client.authenticate();

    expect(odoo.protocol).toBe(protocol);
    expect(uid).toBeGreaterThan(0);
    expect(odoo.version.major).toBeGreaterThanOrEqual(17);
  });

  it('creates, finds, reads and writes its own record', async () => {
    const name = uniqueName('partner', protocol);
    const [id] = await odoo.client.create('res.partner', [{ name, is_company: true }]);
    if (id === undefined) throw new Error('no partner created');
    created.push(id);

    await odoo.client.write('res.partner', [id], { phone: '+32 2 555 01 01' });
    const found = await odoo.client.searchRead('res.partner', [['name', '=', name]], partnerSchema);
    const read = await odoo.client.read('res.partner', [id], partnerSchema);
    const count = await odoo.client.searchCount('res.partner', [['name', '=', name]]);

    expect(found).toEqual([
      { id, name, phone: '+32 2 555 01 01', parent_id: null, is_company: true },
    ]);
    expect(read).toEqual(found);
    expect(count).toBe(1);
  });

  it('answers a missing record with NotFoundError', async () => {
    const failure = odoo.client.write('res.partner', [2_000_000_000], { phone: 'x' });

    await expect(failure).rejects.toBeInstanceOf(NotFoundError);
  });

  it('answers a missing required value with ValidationError', async () => {
    const failure = odoo.client.create('sale.order', [{}]);

    await expect(failure).rejects.toBeInstanceOf(ValidationError);
  });

  it('answers an unknown model with MissingModelError', async () => {
    const failure = odoo.client.search('no.such.model', []);

    await expect(failure).rejects.toBeInstanceOf(MissingModelError);
  });
});

describe.skipIf(protocols.length < 2)('Odoo client over both protocols', () => {
  it('reads the same records identically', async () => {
    if ('skip' in target) return;
    const [xmlrpc, json2] = await Promise.all([
      connect(target.settings, 'xmlrpc'),
      connect(target.settings, 'json2'),
    ]);
    const domain: Array<[string, string, unknown]> = [['is_company', '=', true]];
    const options = { order: 'id', limit: 50 };

    const [overXmlRpc, overJson2] = await Promise.all([
      xmlrpc.client.searchRead('res.partner', domain, partnerSchema, options),
      json2.client.searchRead('res.partner', domain, partnerSchema, options),
    ]);

    expect(overJson2).toEqual(overXmlRpc);
    expect(json2.capabilities).toEqual(xmlrpc.capabilities);
  });
});
