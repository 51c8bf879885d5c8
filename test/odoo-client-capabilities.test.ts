import { afterEach, describe, expect, it } from 'vitest';
import type { OdooSettings } from '../src/config.js';
import { ConfigError, type WalletError } from '../src/errors.js';
import { createLogger } from '../src/logger.js';
import { detectCapabilities } from '../src/odoo/capabilities.js';
import { createOdooClient } from '../src/odoo/client.js';
import { connectOdoo } from '../src/odoo/connect.js';
import { createXmlRpcTransport } from '../src/odoo/xmlrpc-transport.js';
import { executeCall, executeCalls } from './support/fake-odoo.js';
import { recordedResponse } from './support/odoo-fixtures.js';
import { pickFields, recordedFields } from './support/recorded-fields.js';
import {
  answerXml,
  faultXml,
  type Responder,
  startXmlRpcServer,
  type XmlRpcTestServer,
} from './support/xmlrpc-server.js';

const servers: XmlRpcTestServer[] = [];

afterEach(async () => {
  await Promise.all(servers.splice(0).map((server) => server.close()));
});

/** Changes a model's recorded fields; `missing` drops the whole model. */
type Tamper = (
  model: string,
  fields: Record<string, unknown>,
) => Record<string, unknown> | 'missing';

/** An Odoo of the given version answering `fields_get` from its recorded fields. */
function recordedOdoo(version: 16 | 17 | 19, tamper: Tamper = (_model, fields) => fields) {
  const respond: Responder = (call) => {
    if (call.method === 'version' && version === 16) {
      const info = [16, 0, 0, 'final', 0, ''];
      return {
        xml: answerXml({ server_version: '16.0', server_serie: '16.0', server_version_info: info }),
      };
    }
    if (call.method === 'version')
      return { xml: recordedResponse(version === 17 ? 'raw-17/version' : 'raw/version') };
    if (call.method === 'authenticate') return { xml: answerXml(2) };
    const { model, kwargs } = executeCall(call);
    const fields = tamper(model, recordedFields(version === 17 ? 17 : 19, model));
    if (fields === 'missing') return { xml: faultXml(2, `Object ${model} doesn't exist`) };
    return { xml: answerXml(pickFields(fields, kwargs.allfields)) };
  };
  return respond;
}

async function capabilitiesOf(respond: Responder) {
  const server = await startXmlRpcServer(respond);
  servers.push(server);
  const transport = createXmlRpcTransport({
    url: server.url,
    db: 'wallet',
    login: 'admin',
    apiKey: 'k',
  });
  return { server, result: detectCapabilities(createOdooClient(transport)) };
}

async function failure(promise: Promise<unknown>): Promise<WalletError> {
  try {
    await promise;
  } catch (error) {
    return error as WalletError;
  }
  throw new Error('expected a failure');
}

describe('detectCapabilities', () => {
  it('reads Odoo 19 names with one small fields_get per model', async () => {
    const { server, result } = await capabilitiesOf(recordedOdoo(19));

    const capabilities = await result;

    expect(capabilities).toMatchObject({
      saleLineUomField: 'product_uom_id',
      hasProjectTemplates: true,
      hasTaskIsClosed: true,
      groupMethod: 'formatted_read_group',
    });
    const calls = executeCalls(server.calls);
    expect(calls.map((call) => call.model).sort()).toEqual([
      'account.analytic.line',
      'project.project',
      'project.task',
      'sale.order.line',
    ]);
    for (const call of calls) expect((call.kwargs.allfields as string[]).length).toBeLessThan(5);
  });

  it('adapts to Odoo 17: product_uom, no templates, no is_closed, read_group', async () => {
    const { result } = await capabilitiesOf(recordedOdoo(17));

    const capabilities = await result;

    expect(capabilities).toMatchObject({
      version: { major: 17, serverSerie: '17.0' },
      saleLineUomField: 'product_uom',
      hasProjectTemplates: false,
      hasTaskIsClosed: false,
      groupMethod: 'read_group',
    });
  });

  it('asks for Sales Timesheet when timesheets have no sale line', async () => {
    const withoutSoLine: Tamper = (model, fields) => {
      if (model !== 'account.analytic.line') return fields;
      const { so_line: _dropped, ...rest } = fields;
      return rest;
    };
    const { result } = await capabilitiesOf(recordedOdoo(19, withoutSoLine));

    const error = await failure(result);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/account\.analytic\.line lacks so_line: .*sale_timesheet/);
  });

  it('names the module to install when a model is missing', async () => {
    const noProject: Tamper = (model, fields) => (model === 'project.task' ? 'missing' : fields);
    const { result } = await capabilitiesOf(recordedOdoo(19, noProject));

    const error = await failure(result);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/no model project\.task: install Sales Timesheet/);
  });

  it('refuses an Odoo older than 17', async () => {
    const { result } = await capabilitiesOf(recordedOdoo(16));

    const error = await failure(result);

    expect(error).toBeInstanceOf(ConfigError);
    expect(error.message).toMatch(/Odoo 16\.0 is not supported: .*17 or later/);
  });
});

describe('connectOdoo', () => {
  const settings = (url: string, protocol: OdooSettings['protocol']): OdooSettings => ({
    url,
    db: 'wallet',
    login: 'admin',
    apiKey: 'very-secret-key',
    protocol,
    timeoutMs: 5000,
  });

  it('logs in, reads the capabilities and logs one line without the key', async () => {
    const server = await startXmlRpcServer(recordedOdoo(19));
    servers.push(server);
    const lines: string[] = [];

    const connection = await connectOdoo(
      settings(server.url, 'auto'),
      createLogger('info', (line) => lines.push(line)),
    );

    expect(connection.protocol).toBe('xmlrpc');
    expect(connection.version.major).toBe(19);
    expect(connection.capabilities.hasTaskIsClosed).toBe(true);
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Connected to Odoo protocol=xmlrpc version=19\.0 url=http/);
    expect(lines[0]).toContain('database=wallet');
    expect(lines.join('\n')).not.toContain('very-secret-key');
  });
});
