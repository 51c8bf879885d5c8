import { loadBatch, loadBatches } from './batches.js';
import type { WalletDeps } from './deps.js';
import { statusFor } from './hours.js';
import { cleanLabel } from './html.js';
import { projectUrl } from './links.js';
import { readProject, readSupportProjects } from './projects.js';
import type { ProjectRecord } from './records.js';
import type { BalanceFilter, BalanceStatus, Batch, ProjectBalance } from './types.js';

// Debt first, then wallets that need a batch fixed, then low, then healthy; remaining
// ascending inside each group keeps the whole list "lowest first".
const statusRank: Record<BalanceStatus, number> = {
  debt: 0,
  no_batch: 1,
  not_prepaid: 1,
  low: 2,
  ok: 3,
};

function balanceOf(deps: WalletDeps, project: ProjectRecord, batch: Batch | null): ProjectBalance {
  const base = {
    projectId: project.id,
    projectName: cleanLabel(project.name),
    customer: project.partner_id,
    batch,
    url: projectUrl(deps.odooUrl, project.id),
  };
  if (batch === null) {
    return { ...base, ordered: 0, delivered: 0, remaining: 0, status: 'no_batch' };
  }

  const figures = {
    ordered: batch.ordered,
    delivered: batch.delivered,
    remaining: batch.remaining,
  };
  const status = batch.prepaid ? statusFor(batch.remaining, deps.lowHours) : 'not_prepaid';
  return { ...base, ...figures, status };
}

/** Lowest first: by status group, then remaining, then name. */
export function compareBalances(a: ProjectBalance, b: ProjectBalance): number {
  return (
    statusRank[a.status] - statusRank[b.status] ||
    a.remaining - b.remaining ||
    a.projectName.localeCompare(b.projectName) ||
    a.projectId - b.projectId
  );
}

function matchesFilter(balance: ProjectBalance, filter: BalanceFilter): boolean {
  const needle = filter.client?.trim().toLowerCase() ?? '';
  if (needle !== '') {
    const names = [balance.projectName, balance.customer?.name ?? ''].map((n) => n.toLowerCase());
    if (!names.some((name) => name.includes(needle))) return false;
  }
  if (filter.onlyLow && balance.status !== 'low' && balance.status !== 'debt') return false;
  if (filter.onlyNeedsReload && !needsReload(balance.status)) return false;
  return true;
}

/** Statuses where the lead has to act on the batch: in debt, none, or not prepaid hours. */
export function needsReload(status: BalanceStatus): boolean {
  return status === 'debt' || status === 'no_batch' || status === 'not_prepaid';
}

async function balancesOf(deps: WalletDeps, projects: ProjectRecord[]): Promise<ProjectBalance[]> {
  const lineIds = projects.flatMap((project) =>
    project.sale_line_id ? [project.sale_line_id.id] : [],
  );
  const batches = await loadBatches(deps, lineIds);
  return projects.map((project) =>
    balanceOf(
      deps,
      project,
      project.sale_line_id ? (batches.get(project.sale_line_id.id) ?? null) : null,
    ),
  );
}

/**
 * Every support project's wallet, lowest first. The number of Odoo calls does not grow with
 * the number of projects: projects, then all their lines, then their orders and products.
 */
export async function listBalances(
  deps: WalletDeps,
  filter: BalanceFilter = {},
): Promise<ProjectBalance[]> {
  const projects = await readSupportProjects(deps);
  const balances = await balancesOf(deps, projects);
  return balances.filter((balance) => matchesFilter(balance, filter)).sort(compareBalances);
}

/** One project's wallet, support tag or not (time may be logged on any project). */
export async function projectBalance(deps: WalletDeps, projectId: number): Promise<ProjectBalance> {
  const project = await readProject(deps, projectId);
  const batch = project.sale_line_id ? await loadBatch(deps, project.sale_line_id.id) : null;
  return balanceOf(deps, project, batch);
}
