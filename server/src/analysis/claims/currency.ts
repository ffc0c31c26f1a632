/** Which currency a sum is in ("HK$", "Norwegian crowns", "Rs"), and sums given per period of time. */
import { Claim } from './claim';
import { wordTable } from './numbers';
import { Tok } from './tokens';

/**
 * Currency names after a number. Names several countries use ("crowns", "francs", "pesos") are a
 * currency of their own until a nationality before them says which (NATIONAL_CURRENCY): "1.6
 * billion crowns" is compared with crowns, "NOK 1.6 billion" with Norwegian crowns.
 */
export const CURRENCY_WORDS: Record<string, string> = wordTable({
  dollar: 'USD', dollars: 'USD', euro: 'EUR', euros: 'EUR', pound: 'GBP', pounds: 'GBP', yuan: 'CNY', renminbi: 'CNY',
  yen: 'JPY', rupees: 'INR', rupee: 'INR', rubles: 'RUB', roubles: 'RUB', ruble: 'RUB', rouble: 'RUB', won: 'KRW',
  crown: 'crown', crowns: 'crown', krone: 'crown', kroner: 'crown', krona: 'crown', kronor: 'crown', franc: 'franc', francs: 'franc',
  peso: 'peso', pesos: 'peso', rand: 'ZAR', lira: 'lira', reais: 'BRL', zloty: 'PLN', zlotys: 'PLN', forint: 'HUF', forints: 'HUF',
  baht: 'THB', ringgit: 'MYR', rupiah: 'IDR', naira: 'NGN', shilling: 'shilling', shillings: 'shilling', riyal: 'riyal', riyals: 'riyal',
  dirham: 'dirham', dirhams: 'dirham', shekel: 'ILS', shekels: 'ILS', hryvnia: 'UAH', hryvnias: 'UAH',
});

/** A nationality before a currency name says whose: "Norwegian crowns", "Hong Kong dollars", "Swiss francs". */
const NATIONAL_CURRENCY: Record<string, string> = wordTable({
  norwegian: 'NOK', swedish: 'SEK', danish: 'DKK', icelandic: 'ISK', czech: 'CZK', swiss: 'CHF', canadian: 'CAD', australian: 'AUD',
  'new zealand': 'NZD', 'hong kong': 'HKD', singapore: 'SGD', singaporean: 'SGD', taiwan: 'TWD', 'new taiwan': 'TWD', chinese: 'CNY',
  japanese: 'JPY', korean: 'KRW', 'south korean': 'KRW', indian: 'INR', pakistani: 'PKR', 'sri lankan': 'LKR', mexican: 'MXN',
  brazilian: 'BRL', argentine: 'ARS', argentinian: 'ARS', chilean: 'CLP', colombian: 'COP', philippine: 'PHP', turkish: 'TRY',
  russian: 'RUB', ukrainian: 'UAH', polish: 'PLN', hungarian: 'HUF', 'south african': 'ZAR', nigerian: 'NGN', kenyan: 'KES',
  egyptian: 'EGP', israeli: 'ILS', saudi: 'SAR', emirati: 'AED', qatari: 'QAR', malaysian: 'MYR', indonesian: 'IDR', thai: 'THB',
  american: 'USD', us: 'USD', british: 'GBP',
});
export const SYMBOLS: Record<string, string> = wordTable({ $: 'USD', '\u20AC': 'EUR', '\u00A3': 'GBP', '\u00A5': 'CNY', '\u20B9': 'INR' });

/** Letters joined to a dollar sign: "HK$", "A$", "NT$". */
export const DOLLAR_PREFIXES: Record<string, string> = wordTable({ us: 'USD', a: 'AUD', c: 'CAD', hk: 'HKD', s: 'SGD', nz: 'NZD', nt: 'TWD', r: 'BRL' });

/** Currency written as letters before the number: "Rs 500 crore", "Rs. 1,200", "INR 40 lakh". */
export const CODE_BEFORE = /^(?:rs|inr)$/;

/**
 * ISO codes, in capitals, before or after a number: "NOK 1.82 billion", "CHF 300 million", "40
 * million EUR". Codes that are also other things before a number are left out: "COP 26" (a summit),
 * "PHP 8" (a language), "SAR", "ILS", "TRY".
 */
const ISO_CODES = new Set(
  'USD EUR GBP JPY CNY RMB HKD AUD CAD NZD SGD TWD CHF NOK SEK DKK ISK CZK PLN HUF ZAR INR PKR LKR BRL MXN RUB UAH KRW THB MYR IDR NGN EGP AED QAR'.split(' '),
);
export const isoCode = (t: Tok | undefined) => (t && ISO_CODES.has(t.text) ? (t.text === 'RMB' ? 'CNY' : t.text) : undefined);

/** National codes of the currency names several countries use: the family each code belongs to. */
const CURRENCY_FAMILY: Record<string, string> = wordTable({
  SEK: 'crown', NOK: 'crown', DKK: 'crown', ISK: 'crown', CZK: 'crown', CHF: 'franc', MXN: 'peso', PHP: 'peso', ARS: 'peso', CLP: 'peso', COP: 'peso',
  TRY: 'lira', KES: 'shilling', SAR: 'riyal', QAR: 'riyal', AED: 'dirham',
});

/**
 * A file that names one country's crowns ("4.2 billion Swedish crowns", "SEK 4.2 billion") means
 * those crowns where it says just "crowns" ("beating the 3.9 billion crowns expected"); with two
 * countries' crowns, or none, bare crowns stay crowns. Likewise francs, pesos, lira and the rest.
 */
export function settleCurrencies(claims: Claim[]): void {
  // A sum per year keeps its "/year" (see ratePerYear): the currency is the unit before it.
  const currencyOf = (c: Claim) => (c.unit.endsWith('/year') ? c.unit.slice(0, -5) : c.unit);
  const named = new Map<string, string | null>();
  for (const c of claims) {
    if (c.kind !== 'money') continue;
    const code = currencyOf(c);
    const family = CURRENCY_FAMILY[code];
    if (family) named.set(family, named.has(family) && named.get(family) !== code ? null : code);
  }
  if (named.size === 0) return;
  for (const c of claims) {
    if (c.kind !== 'money') continue;
    const code = named.get(currencyOf(c));
    if (code) c.unit = code + c.unit.slice(currencyOf(c).length);
  }
}

/** The currency named from toks[j] on ("crowns", "Norwegian crowns", "Hong Kong dollars", "EUR") and the index of its last token. */
export function currencyAfter(toks: Tok[], j: number): { unit: string; last: number } | undefined {
  const t = toks[j];
  if (!t) return undefined;
  const code = isoCode(t);
  if (code) return { unit: code, last: j };
  if (CURRENCY_WORDS[t.lower]) return { unit: CURRENCY_WORDS[t.lower], last: j };
  // A nationality of one or two words, then a currency name: most numbers have neither.
  if (t.text[0] === t.lower[0]) return undefined;
  const one = toks[j + 1];
  if (one && CURRENCY_WORDS[one.lower] && NATIONAL_CURRENCY[t.lower]) return { unit: NATIONAL_CURRENCY[t.lower], last: j + 1 };
  const two = toks[j + 2];
  const name = two && CURRENCY_WORDS[two.lower] ? `${t.lower} ${one.lower}` : undefined;
  return name && NATIONAL_CURRENCY[name] ? { unit: NATIONAL_CURRENCY[name], last: j + 2 } : undefined;
}

/** "between $28,000 and $60,000 a year": the rate named after a range's second sum is the first's too. */
export function ratesOfRanges(claims: Claim[], rates: Map<Claim, number>, sentence: string, base: number): void {
  for (let n = claims.length - 2; n >= 0; n--) {
    const a = claims[n];
    const perYear = rates.get(claims[n + 1]);
    if (perYear === undefined || a.kind !== 'money' || rates.has(a) || claims[n + 1].unit !== `${a.unit}/year`) continue;
    if (!/^\s?(?:and|to|-|\u2013)\s?$/.test(sentence.slice(a.end - base, claims[n + 1].start - base))) continue;
    a.unit = claims[n + 1].unit;
    a.low *= perYear;
    a.high *= perYear;
    rates.set(a, perYear);
  }
}

/** How many of a period fit in a year, for the words that make a sum a rate. */
const PER_YEAR: Record<string, number> = wordTable({ year: 1, annum: 1, month: 12, week: 52, day: 365, annually: 1, yearly: 1, monthly: 12, weekly: 52, daily: 365 });

/**
 * Periods per year when the sum ending before toks[j] is a rate: "a month", "per year", "each
 * week", "annually". The caller starts after a currency named after the number ("40 NOK a month");
 * a currency word left over after a sign ("£20 pounds a week") is passed over.
 */
export function ratePerYear(toks: Tok[], j: number): number | undefined {
  let k = j;
  if (toks[k] && CURRENCY_WORDS[toks[k].lower]) k++;
  const w = toks[k]?.lower;
  if (w === undefined) return undefined;
  if (w === 'annually' || w === 'yearly' || w === 'monthly' || w === 'weekly' || w === 'daily') return PER_YEAR[w];
  if (w !== 'a' && w !== 'an' && w !== 'per' && w !== 'each' && w !== 'every') return undefined;
  const unit = toks[k + 1]?.lower;
  // "£30 a year earlier", "a year ago": when, not how often.
  if (unit === undefined || (unit === 'year' && (toks[k + 2]?.lower === 'earlier' || toks[k + 2]?.lower === 'ago'))) return undefined;
  return PER_YEAR[unit];
}
