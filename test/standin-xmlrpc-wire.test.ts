import { execFile, spawnSync } from 'node:child_process';
import { promisify } from 'node:util';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { faultOf, kw, lastLine } from './standin-rpc.js';

const TRICKY = '<!channel> & Co — Ünïcødé 🎉 "quoted" \'single\'';
const hasPython = spawnSync('python3', ['--version']).status === 0;

let odoo: OdooStandin;

beforeAll(async () => {
  odoo = await startOdooStandin({ now: new Date('2026-12-04T10:00:00Z') });
});

afterAll(async () => {
  await odoo.close();
});

async function post(body: string): Promise<string> {
  const response = await fetch(`${odoo.url}/xmlrpc/2/object`, { method: 'POST', body });
  return response.text();
}

function executeKw(model: string, method: string, args: string): string {
  return (
    "<?xml version='1.0'?>\n<methodCall>\n<methodName>execute_kw</methodName>\n<params>\n" +
    `<param><value><string>${odoo.db}</string></value></param>\n` +
    '<param><value><int>2</int></value></param>\n' +
    `<param><value><string>${odoo.apiKey}</string></value></param>\n` +
    `<param><value><string>${model}</string></value></param>\n` +
    `<param><value><string>${method}</string></value></param>\n` +
    `<param><value>${args}</value></param>\n</params>\n</methodCall>\n`
  );
}

describe('the stand-in XML-RPC wire format', () => {
  it('keeps XML specials and any UTF-8 text intact both ways', async () => {
    const id = (await kw(odoo, 'res.partner', 'create', [{ name: TRICKY }])) as number;

    const [row] = (await kw(odoo, 'res.partner', 'read', [[id]], { fields: ['name'] })) as Array<{
      name: string;
    }>;
    const raw = await post(
      executeKw(
        'res.partner',
        'read',
        '<array><data><value><array><data>' +
          `<value><int>${id}</int></value>` +
          '</data></array></value></data></array>',
      ),
    );

    expect(row?.name).toBe(TRICKY);
    expect(raw).toContain('&lt;!channel&gt; &amp; Co');
  });

  it('sends float fields as doubles even when whole, and ids as ints', async () => {
    const raw = await post(
      executeKw(
        'sale.order.line',
        'search_read',
        '<array><data><value><array><data></data></array></value><value><array><data>' +
          '<value><string>product_uom_qty</string></value></data></array></value></data></array>',
      ),
    );

    expect(raw).toMatch(/<name>product_uom_qty<\/name>\n<value><double>\d+\.\d+<\/double>/);
    expect(raw).toMatch(/<name>id<\/name>\n<value><int>\d+<\/int>/);
  });

  it('takes <nil/> in a request as Python does and clears the field with it', async () => {
    const id = (await kw(odoo, 'res.partner', 'create', [
      { name: 'Nil', email: 'x@y.z' },
    ])) as number;

    await kw(odoo, 'res.partner', 'write', [[id], { email: null }]);

    expect(odoo.engine.row('res.partner', id)?.email).toBe(false);
  });

  it('cannot send None: a method answering None gives fault 1 TypeError', async () => {
    const [task] = odoo.engine.searchIds('project.task', [], { limit: 1 });

    const fault = await faultOf(kw(odoo, 'project.task', 'action_unlink_recurrence', [[task]]));

    expect(fault.faultCode).toBe(1);
    expect(lastLine(fault.faultString)).toBe(
      'TypeError: cannot marshal None unless allow_none is enabled',
    );
  });

  it('answers a body that is not XML-RPC with fault 1', async () => {
    const raw = await post('<methodCall><methodName>execute_kw');

    expect(raw).toContain('<name>faultCode</name>\n<value><int>1</int></value>');
    expect(raw).toContain('xml.parsers.expat.ExpatError');
  });
});

// Python's standard library client is the one Odoo documents; without python3 there is none.
describe.skipIf(!hasPython)('Python xmlrpc.client against the stand-in', () => {
  it('authenticates and reads the demo support projects and their customers', async () => {
    await kw(odoo, 'res.partner', 'create', [{ name: TRICKY }]);
    const script = [
      'import json, sys, xmlrpc.client',
      'url, db, login, key = sys.argv[1:5]',
      "common = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/common')",
      "obj = xmlrpc.client.ServerProxy(url + '/xmlrpc/2/object')",
      'uid = common.authenticate(db, login, key, {})',
      "projects = obj.execute_kw(db, uid, key, 'project.project', 'search_read',",
      "    [[['tag_ids.name', '=', 'Support Tickets'], ['is_template', '=', False]]],",
      "    {'fields': ['name', 'partner_id', 'sale_line_id'], 'order': 'name'})",
      "lines = obj.execute_kw(db, uid, key, 'sale.order.line', 'search_read', [[]],",
      "    {'fields': ['product_uom_qty', 'qty_delivered']})",
      "tricky = obj.execute_kw(db, uid, key, 'res.partner', 'search_read',",
      "    [[['name', 'like', '<!channel>']]], {'fields': ['name']})",
      'print(json.dumps({"uid": uid, "projects": [p["name"] for p in projects],',
      '    "floats": all(isinstance(l["product_uom_qty"], float) for l in lines),',
      '    "tricky": tricky[0]["name"]}))',
    ].join('\n');

    const run = await promisify(execFile)(
      'python3',
      ['-c', script, odoo.url, odoo.db, odoo.login, odoo.apiKey],
      { encoding: 'utf8', timeout: 30_000 },
    );
    const answer = JSON.parse(run.stdout) as {
      uid: number;
      projects: string[];
      floats: boolean;
      tricky: string;
    };

    expect(answer.uid).toBe(2);
    expect(answer.projects).toContain('Initech - Support');
    expect(answer.projects).toHaveLength(7);
    expect(answer.floats).toBe(true);
    expect(answer.tricky).toBe(TRICKY);
  });
});
