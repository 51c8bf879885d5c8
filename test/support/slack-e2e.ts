import { silentLogger } from '../../src/logger.js';
import { connectOdoo } from '../../src/odoo/index.js';
import { type OdooStandin, startOdooStandin } from '../../src/odoo-standin/index.js';
import { createWalletService } from '../../src/wallet/index.js';
import { type Harness, type HarnessOptions, startHarness } from './slack-harness.js';

export interface EndToEnd {
  odoo: OdooStandin;
  harness: Harness;
  close(): Promise<void>;
}

/**
 * The whole chain on 127.0.0.1: signed requests into the app, the real wallet domain, the
 * Odoo stand-in (demo data) behind it and the Slack stand-in in front of it.
 */
export async function startEndToEnd(
  options: Omit<HarnessOptions, 'wallet'> & { prepare?: (odoo: OdooStandin) => void } = {},
): Promise<EndToEnd> {
  const odoo = await startOdooStandin({ port: 0, data: 'demo' });
  options.prepare?.(odoo);
  const connection = await connectOdoo(odoo.settings, silentLogger);
  const wallet = createWalletService({
    odoo: connection.client,
    capabilities: connection.capabilities,
    odooUrl: odoo.url,
    clock: () => new Date(),
    logger: silentLogger,
  });
  const harness = await startHarness({ ...options, wallet });

  return {
    odoo,
    harness,
    close: async () => {
      await harness.close();
      await odoo.close();
    },
  };
}

type Vals = Record<string, unknown>;

/** Creates a record straight in the stand-in's engine (as the admin), returning its id. */
export function createRecord(odoo: OdooStandin, model: string, vals: Vals): number {
  return Number(odoo.engine.call({ uid: 2, model, method: 'create', params: { vals_list: vals } }));
}

/** Writes values straight in the stand-in's engine (as the admin). */
export function writeRecord(odoo: OdooStandin, model: string, id: number, vals: Vals): void {
  odoo.engine.call({ uid: 2, model, method: 'write', ids: [id], params: { vals } });
}
