/** Numbers written in digits or words, scales and ordinals. */

/**
 * A word table without Object.prototype behind it: looking up "constructor" or "toString" must
 * find nothing, not a function (both once made claims out of those words).
 */
export function wordTable<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

export const SMALL: Record<string, number> = wordTable({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70,
  eighty: 80, ninety: 90, dozen: 12, hundred: 100,
});

export const SCALES: Record<string, number> = wordTable({
  hundred: 100, thousand: 1e3, million: 1e6, billion: 1e9, trillion: 1e12, bn: 1e9, mn: 1e6, m: 1e6, k: 1e3, tn: 1e12,
  // "two dozen people" are 24.
  dozen: 12,
  // South Asian scales: "Rs 500 crore" is five billion rupees.
  lakh: 1e5, lakhs: 1e5, crore: 1e7, crores: 1e7,
});

export const ORDINAL_WORDS: Record<string, number> = wordTable({
  second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, twentieth: 20,
});

/** Parses "123", "1,200", "3.5", "six", "twenty-five"; undefined for anything else. */
export function parseNumber(tok: string): { value: number; step: number } | undefined {
  const c = tok.charCodeAt(0);
  const digit = c >= 48 && c <= 57;
  // Most tokens are words that are not numbers: decide those without a regex.
  if (!digit && !(tok.toLowerCase() in SMALL) && !tok.includes('-')) return undefined;
  // Thousands grouped in threes, or the Indian way after the first thousand ("12,00,000" is 1.2 million).
  if (digit && /^\d{1,3}(?:,\d{3})+(?:\.\d+)?$|^\d{1,2}(?:,\d{2})+,\d{3}(?:\.\d+)?$|^\d+(?:\.\d+)?$/.test(tok)) {
    const clean = tok.replace(/,/g, '');
    const dot = clean.indexOf('.');
    const step = dot < 0 ? 1 : Math.pow(10, -(clean.length - dot - 1));
    return { value: parseFloat(clean), step };
  }
  const lw = tok.toLowerCase();
  if (lw in SMALL && lw !== 'hundred') return { value: SMALL[lw], step: 1 };
  const m = /^(twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)-(one|two|three|four|five|six|seven|eight|nine)$/.exec(lw);
  if (m) return { value: SMALL[m[1]] + SMALL[m[2]], step: 1 };
  return undefined;
}
