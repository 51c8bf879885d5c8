/** Levenshtein distance between two short strings. */
export function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, j) => j);

  for (let i = 1; i <= a.length; i += 1) {
    const current = [i];
    for (let j = 1; j <= b.length; j += 1) {
      const substitution = (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1);
      current.push(Math.min((previous[j] ?? 0) + 1, (current[j - 1] ?? 0) + 1, substitution));
    }
    previous = current;
  }
  return previous[b.length] ?? 0;
}

/** The closest known word to `typed`, or null when nothing is close enough to be a typo. */
export function nearestWord(typed: string, words: readonly string[]): string | null {
  const word = typed.toLowerCase();
  let best: { word: string; distance: number } | null = null;

  for (const candidate of words) {
    const distance = candidate.startsWith(word) ? 0 : editDistance(word, candidate);
    if (!best || distance < best.distance) best = { word: candidate, distance };
  }

  // Allow about one edit per three letters: `blance` -> balance, `xyz` -> nothing.
  const tolerance = Math.max(1, Math.floor(word.length / 3));
  return best && best.distance <= tolerance ? best.word : null;
}
