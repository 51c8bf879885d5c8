import type { BenchRow } from './measure.js';

/** A figure in its unit, with as many digits as it is worth. */
export function formatValue(value: number | null, unit: string): string {
  if (value === null || Number.isNaN(value)) return 'n/a';
  if (unit === 'B') return formatBytes(value);
  const digits = Math.abs(value) >= 100 || Number.isInteger(value) ? 0 : 1;
  return `${value.toFixed(digits)} ${unit}`;
}

function formatBytes(bytes: number): string {
  if (bytes >= 2 ** 20) return `${(bytes / 2 ** 20).toFixed(1)} MiB`;
  if (bytes >= 2 ** 10) return `${(bytes / 2 ** 10).toFixed(1)} KiB`;
  return `${bytes} B`;
}

function verdict(row: BenchRow): string {
  if (row.value === null) return 'n/a';
  if (row.met === null) return '';
  return row.met ? 'met' : 'MISSED';
}

/** The rows as one aligned text table, a header line first. */
export function formatTable(rows: BenchRow[]): string {
  const header = ['benchmark', 'metric', 'value', 'baseline', 'ratio', 'target', '', 'runs'];
  const lines = rows.map((row) => [
    row.benchmark,
    row.metric,
    formatValue(row.value, row.unit),
    row.baselineValue === null
      ? row.baselineName
      : `${row.baselineName}: ${formatValue(row.baselineValue, row.unit)}`,
    row.ratio === null ? '' : `${row.ratio.toFixed(2)}x`,
    row.target,
    verdict(row),
    String(row.runs),
  ]);
  const widths = header.map((title, column) =>
    Math.max(title.length, ...lines.map((line) => (line[column] ?? '').length)),
  );
  const render = (cells: string[]) =>
    cells
      .map((cell, column) => cell.padEnd(widths[column] ?? 0))
      .join('  ')
      .trimEnd();
  const rule = widths.map((width) => '-'.repeat(width)).join('  ');
  const notes = rows
    .filter((row) => row.note)
    .map((row) => `* ${row.benchmark} / ${row.metric}: ${row.note}`);
  return [render(header), rule, ...lines.map(render), ...(notes.length ? ['', ...notes] : [])].join(
    '\n',
  );
}
