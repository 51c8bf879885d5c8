export interface Column<T> {
  header: string;
  value: (row: T) => string;
  /** Numbers line up on the right. */
  align?: 'left' | 'right';
}

/** Rows as aligned text columns under a header, two spaces apart. */
export function renderTable<T>(rows: T[], columns: Column<T>[]): string {
  const cells = rows.map((row) => columns.map((column) => column.value(row)));
  const widths = columns.map((column, index) =>
    Math.max(column.header.length, ...cells.map((row) => (row[index] ?? '').length)),
  );
  const line = (values: string[]) =>
    values
      .map((value, index) => {
        const width = widths[index] ?? 0;
        return columns[index]?.align === 'right' ? value.padStart(width) : value.padEnd(width);
      })
      .join('  ')
      .trimEnd();
  return [line(columns.map((c) => c.header)), ...cells.map(line)].join('\n');
}
