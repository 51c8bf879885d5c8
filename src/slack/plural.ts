/** A count with its noun: `1 timesheet`, `3 timesheets`; `plural` for irregular nouns. */
export function plural(count: number, word: string, pluralWord = `${word}s`): string {
  return `${count} ${count === 1 ? word : pluralWord}`;
}
