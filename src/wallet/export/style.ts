import type { Fill, Style } from 'exceljs';
import type { BalanceStatus } from '../types.js';

export const hoursFormat = '0.00';
export const dateFormat = 'yyyy-mm-dd';

/** Fill colours (ARGB) of the status cells: Excel's own light red and yellow. */
export const statusColours = { debt: 'FFFFC7CE', low: 'FFFFEB9C' } as const;

export const statusLabels: Record<BalanceStatus, string> = {
  debt: 'Needs reload',
  low: 'Low',
  ok: 'OK',
  no_batch: 'No batch',
  not_prepaid: 'Not prepaid',
};

/** The fill of a status cell, or undefined for statuses that need no attention colour. */
export function statusFill(status: BalanceStatus): Fill | undefined {
  if (status !== 'debt' && status !== 'low') return undefined;
  return { type: 'pattern', pattern: 'solid', fgColor: { argb: statusColours[status] } };
}

export const headerStyle: Partial<Style> = {
  font: { bold: true },
  fill: { type: 'pattern', pattern: 'solid', fgColor: { argb: 'FFE7E6E6' } },
};

export const totalStyle: Partial<Style> = { font: { bold: true } };
