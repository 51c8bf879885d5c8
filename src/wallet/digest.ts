import { silentLogger } from '../logger.js';
import type { OdooCapabilities, OdooClient } from '../odoo/types.js';
import { listBalances } from './balances.js';
import { addDays, dateIn } from './dates.js';
import type { WalletDeps } from './deps.js';
import { digestWeek } from './digest-schedule.js';
import type { ClientHours, DeliveredHours, DigestData, DigestOptions } from './digest-types.js';
import { cleanHours } from './hours.js';
import type { ProjectBalance } from './types.js';

export type { DigestData, DigestOptions } from './digest-types.js';

interface Period {
  from: string;
  to: string;
}

/** Hours logged per project over a period (both days included): one grouped call. */
async function hoursByProject(
  odoo: OdooClient,
  projectIds: number[],
  period: Period,
): Promise<Map<number | null, number>> {
  if (projectIds.length === 0) return new Map();
  return odoo.sumBy(
    'account.analytic.line',
    [
      ['project_id', 'in', projectIds],
      ['date', '>=', period.from],
      ['date', '<=', period.to],
    ],
    'project_id',
    'unit_amount',
  );
}

function byClient(
  balances: ProjectBalance[],
  current: Map<number | null, number>,
  previous: Map<number | null, number>,
): ClientHours[] {
  const clients = new Map<number | null, ClientHours>();
  for (const balance of balances) {
    const key = balance.customer?.id ?? null;
    const client = clients.get(key) ?? {
      customerId: key,
      customer: balance.customer?.name ?? null,
      hours: 0,
      previousHours: 0,
    };
    client.hours += current.get(balance.projectId) ?? 0;
    client.previousHours += previous.get(balance.projectId) ?? 0;
    clients.set(key, client);
  }
  return [...clients.values()]
    .map((client) => ({
      ...client,
      hours: cleanHours(client.hours),
      previousHours: cleanHours(client.previousHours),
    }))
    .filter((client) => client.hours > 0 || client.previousHours > 0)
    .sort((a, b) => b.hours - a.hours || (a.customer ?? '').localeCompare(b.customer ?? ''));
}

const sum = (values: Iterable<number>) => cleanHours([...values].reduce((a, b) => a + b, 0));

async function deliveredHours(
  odoo: OdooClient,
  balances: ProjectBalance[],
  today: string,
): Promise<DeliveredHours> {
  // The last seven full days, so a Monday-morning digest covers Monday to Sunday.
  const period = { from: addDays(today, -7), to: addDays(today, -1) };
  const before = { from: addDays(today, -14), to: addDays(today, -8) };
  const ids = balances.map((balance) => balance.projectId);
  const [current, previous] = await Promise.all([
    hoursByProject(odoo, ids, period),
    hoursByProject(odoo, ids, before),
  ]);

  const total = sum(current.values());
  const previousTotal = sum(previous.values());
  return {
    from: period.from,
    to: period.to,
    previousFrom: before.from,
    previousTo: before.to,
    total,
    previousTotal,
    change: cleanHours(total - previousTotal),
    byClient: byClient(balances, current, previous),
  };
}

/** The digest's figures with the wallet's own dependencies (thresholds, links, logger). */
export async function digestOf(
  deps: WalletDeps,
  options: Pick<DigestOptions, 'asOf' | 'timeZone' | 'includeHealthy'>,
): Promise<DigestData> {
  const balances = await listBalances(deps);
  const delivered = await deliveredHours(
    deps.odoo,
    balances,
    dateIn(options.asOf, options.timeZone),
  );

  const lowestFirst = (status: ProjectBalance['status'][]) =>
    balances
      .filter((balance) => status.includes(balance.status))
      .sort((a, b) => a.remaining - b.remaining || a.projectName.localeCompare(b.projectName));
  const healthy = lowestFirst(['ok']);
  return {
    asOf: options.asOf.toISOString(),
    week: digestWeek(options.asOf, options.timeZone),
    timeZone: options.timeZone,
    lowHours: deps.lowHours,
    odooUrl: deps.odooUrl,
    needsReload: lowestFirst(['debt']),
    low: lowestFirst(['low']),
    healthy: { count: healthy.length, projects: options.includeHealthy ? healthy : null },
    noBatch: balances
      .filter((balance) => balance.status === 'no_batch' || balance.status === 'not_prepaid')
      .sort((a, b) => a.projectName.localeCompare(b.projectName)),
    delivered,
  };
}

/**
 * The weekly digest's figures: wallets grouped by what they need, and the hours delivered
 * in the last seven days against the seven before. The number of Odoo calls is the same for
 * five projects or five thousand: the balances' few reads, then two grouped sums.
 */
export function buildDigestData(
  odoo: OdooClient,
  capabilities: OdooCapabilities,
  options: DigestOptions,
): Promise<DigestData> {
  const deps: WalletDeps = {
    odoo,
    capabilities,
    odooUrl: options.odooUrl,
    clock: () => options.asOf,
    lowHours: options.lowHours,
    // Only time logging reads this; the digest never does.
    logWindowDays: 60,
    logger: silentLogger,
  };
  return digestOf(deps, options);
}
