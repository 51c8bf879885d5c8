import { readdirSync, readFileSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type OdooStandin, startOdooStandin } from '../src/odoo-standin/index.js';
import { type Fault, lastLine, xmlCall } from './standin-rpc.js';

const REFERENCE = new URL('./fixtures/odoo-reference/', import.meta.url);
const TRANSCRIPTS = new URL('transcripts/', REFERENCE);

interface Exchange {
  endpoint?: string;
  method?: string;
  args?: unknown[];
  result?: unknown;
  fault?: { faultCode: number; faultString: string };
  note?: unknown;
}

const files = readdirSync(TRANSCRIPTS)
  .filter((name) => name.endsWith('.json'))
  .sort();

function exchanges(file: string): Exchange[] {
  return JSON.parse(readFileSync(new URL(file, TRANSCRIPTS), 'utf8')) as Exchange[];
}

/**
 * The recording server's state before the transcripts ran: a template and a product already
 * existed, project 1 "Internal" held two empty timesheets, three tasks had come and gone, and
 * the hour unit's external id had a high id. The scenario files create everything else.
 */
function recreateRecordedDatabase(odoo: OdooStandin): void {
  const { engine } = odoo;
  const today = '2026-12-04';
  engine.table('product.template').bumpSequence(2);
  engine.table('product.product').bumpSequence(2);
  engine.table('project.task').bumpSequence(4);
  const hour = engine.searchIds('ir.model.data', [['name', '=', 'product_uom_hour']])[0] ?? 0;
  const xmlId = { ...engine.row('ir.model.data', hour), id: 6518 };
  engine.table('ir.model.data').delete(hour);
  engine.table('ir.model.data').insert(xmlId);
  const internal = engine.call({
    uid: 2,
    model: 'project.project',
    method: 'create',
    params: { vals_list: { name: 'Internal' } },
  });
  for (let n = 0; n < 2; n++) {
    engine.call({
      uid: 2,
      model: 'account.analytic.line',
      method: 'create',
      params: { vals_list: { name: '/', project_id: internal, unit_amount: 0, date: today } },
    });
  }
  engine.table('project.project').bumpSequence(2);
}

async function replay(odoo: OdooStandin, exchange: Exchange): Promise<unknown> {
  const path = new URL(exchange.endpoint ?? '').pathname;
  return xmlCall(`${odoo.url}${path}`, exchange.method ?? '', exchange.args ?? []);
}

let odoo: OdooStandin;

beforeAll(async () => {
  odoo = await startOdooStandin({
    data: 'empty',
    apiKey: 'admin',
    now: new Date('2026-12-04T15:19:12Z'),
  });
  recreateRecordedDatabase(odoo);
});

afterAll(async () => {
  await odoo.close();
});

describe('the stand-in replays the recorded Odoo 19 transcripts', () => {
  it.each(files)('answers %s as the real server did', async (file) => {
    for (const exchange of exchanges(file)) {
      if (exchange.note !== undefined) continue;

      const outcome = await replay(odoo, exchange).then(
        (result) => ({ result }),
        (fault: Fault) => ({ fault }),
      );

      const recordedFault = exchange.fault;
      if (recordedFault) {
        expect('fault' in outcome, `${exchange.method} ${JSON.stringify(exchange.args)}`).toBe(
          true,
        );
        const fault = 'fault' in outcome ? outcome.fault : { faultCode: 0, faultString: '' };
        expect(fault.faultCode).toBe(recordedFault.faultCode);
        if (recordedFault.faultCode === 1) {
          expect(lastLine(fault.faultString)).toBe(lastLine(recordedFault.faultString));
        } else {
          expect(fault.faultString).toBe(recordedFault.faultString);
        }
      } else {
        expect(outcome, `${exchange.method} ${JSON.stringify(exchange.args)}`).toEqual({
          result: exchange.result,
        });
      }
    }
  });
});

const RAW = new URL('raw/', REFERENCE);

/** Answers that do not depend on the records, compared byte for byte. */
const EXACT = [
  'version',
  'authenticate',
  'authenticate_wrong_key',
  'fault_unknown_model',
  'fault_missing_record',
  'fault_wrong_key',
];

async function post(path: string, body: string): Promise<string> {
  const response = await fetch(`${odoo.url}${path}`, {
    method: 'POST',
    headers: { 'Content-Type': 'text/xml' },
    body,
  });
  return response.text();
}

/** For each struct member name, the XML-RPC types its values were sent as. */
function memberTypes(xml: string): Map<string, Set<string>> {
  const types = new Map<string, Set<string>>();
  for (const match of xml.matchAll(/<member>\n<name>([^<]+)<\/name>\n<value><(\w+)/g)) {
    const [, name = '', type = ''] = match;
    types.set(name, (types.get(name) ?? new Set()).add(type));
  }
  return types;
}

describe('the stand-in answers the recorded raw XML-RPC requests', () => {
  const index = JSON.parse(readFileSync(new URL('index.json', RAW), 'utf8')) as Array<{
    name: string;
    endpoint: string;
  }>;

  it.each(index.filter((entry) => EXACT.includes(entry.name)))(
    'sends the same bytes as Odoo 19 for $name',
    async ({ name, endpoint }) => {
      const request = readFileSync(new URL(`${name}.request.xml`, RAW), 'utf8');
      const recorded = readFileSync(new URL(`${name}.response.xml`, RAW), 'utf8');

      const answer = await post(endpoint, request);

      expect(answer).toBe(recorded);
    },
  );

  it.each(index.filter((entry) => !EXACT.includes(entry.name)))(
    'sends every value of $name with the XML-RPC type Odoo 19 uses',
    async ({ name, endpoint }) => {
      const request = readFileSync(new URL(`${name}.request.xml`, RAW), 'utf8');
      const recorded = readFileSync(new URL(`${name}.response.xml`, RAW), 'utf8');

      const answer = await post(endpoint, request);

      expect(answer.includes('<fault>')).toBe(recorded.includes('<fault>'));
      const ours = memberTypes(answer);
      for (const [member, types] of memberTypes(recorded)) {
        const sent = [...(ours.get(member) ?? [])];
        // An empty relation is <boolean>0</boolean> where the recording had a filled one.
        const allowed = (type: string) =>
          types.has(type) || (type === 'boolean' && types.has('array'));
        expect(sent.length, `${name}: ${member} missing`).toBeGreaterThan(0);
        expect(
          sent.filter((type) => !allowed(type)),
          `${name}: ${member}`,
        ).toEqual([]);
      }
    },
  );
});
