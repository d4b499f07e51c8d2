/** "Did you mean…?" suggestions, shared by every rule that meets an unknown name. */

/** The candidate closest to `word`, when it is close enough to be a plausible typo. */
export function closest(word: string, candidates: Iterable<string>): string | undefined {
  const lowered = word.toLowerCase();
  let best: string | undefined;
  let bestDistance = Infinity;
  for (const candidate of candidates) {
    if (candidate === word) continue;
    const distance = editDistance(lowered, candidate.toLowerCase());
    if (distance < bestDistance) {
      best = candidate;
      bestDistance = distance;
    }
  }
  return best !== undefined && bestDistance <= tolerance(word) ? best : undefined;
}

/**
 * Whether `suggestion` is the only candidate that close to `word`: with a tie, picking one is a
 * choice for the author, never a fix to apply unasked.
 */
export function isOnlyClosest(word: string, suggestion: string, candidates: Iterable<string>): boolean {
  const lowered = word.toLowerCase();
  const distance = editDistance(lowered, suggestion.toLowerCase());
  for (const candidate of candidates) {
    if (candidate === suggestion || candidate === word) continue;
    if (editDistance(lowered, candidate.toLowerCase()) <= distance) return false;
  }
  return true;
}

/** One edit for short words, then one more for every four letters, at most three. */
function tolerance(word: string): number {
  return Math.min(3, 1 + Math.floor(word.length / 4));
}

/**
 * Optimal string alignment distance: insertions, deletions, substitutions and swaps of neighbours.
 * Three rows of the table are enough (a swap looks two rows back); a file of 100,000 unknown keys
 * spent 1.8 s allocating whole tables.
 */
export function editDistance(a: string, b: string): number {
  if (Math.abs(a.length - b.length) > 3) return Math.abs(a.length - b.length);
  const columns = b.length + 1;
  let twoBack = new Int32Array(columns);
  let previous = Int32Array.from({ length: columns }, (_, column) => column);
  let current = new Int32Array(columns);
  for (let row = 1; row <= a.length; row++) {
    current[0] = row;
    for (let column = 1; column < columns; column++) {
      const cost = a[row - 1] === b[column - 1] ? 0 : 1;
      let value = Math.min(previous[column] + 1, current[column - 1] + 1, previous[column - 1] + cost);
      if (row > 1 && column > 1 && a[row - 1] === b[column - 2] && a[row - 2] === b[column - 1])
        value = Math.min(value, twoBack[column - 2] + 1);
      current[column] = value;
    }
    [twoBack, previous, current] = [previous, current, twoBack];
  }
  return previous[columns - 1];
}
