/**
 * Typed claims in a sentence: money, percentages, counts with their noun, durations, ordinals,
 * years, dates and weekdays, with qualifiers ("about", "more than", "up to") turned into intervals.
 * Numbers inside a period expression ("first 11 months", "January-November") are not claims: they
 * describe which period the other claims are about, and are kept as the sentence's period.
 */
import { LETTER, charOfKindAt } from '../text/chars';
import { ORDINAL_WORDS, SCALES, SMALL, parseNumber, wordTable } from './numbers';
import { STOPWORDS } from '../text/segment';
import { NAMED_DAY, RELATIVE_AHEAD, announcesToll, attributionAside, confirmsOn, datedWord, weekdayRoles } from './weekday-roles';

export type ClaimKind = 'money' | 'percent' | 'count' | 'duration' | 'ordinal' | 'year' | 'date' | 'weekday' | 'age' | 'tally' | 'time';

export interface Claim {
  kind: ClaimKind;
  /** Currency, noun or time unit the value is in: "USD", "manufacturer", "minute". */
  unit: string;
  /** Interval of values the text allows; equal ends for exact values (weekday and date are encoded as numbers). */
  low: number;
  high: number;
  /** The text of the value as written ("US$123 billion", "Tuesday"). */
  text: string;
  /** The word the value is said of, just before it ("turnout" in "a turnout of 61 per cent"), when there is one. */
  anchor?: string;
  /** The place a distance is measured from: "bhubaneswar" in "170 km north of Bhubaneswar". Distances from two places are not compared. */
  from?: string;
  /** Said to be approximate ("about 30%"): its interval is the figure give or take 15%. */
  approx?: boolean;
  /** "About" a figure of three significant digits or more ("about 14,200"): give or take 3%. */
  nearFigure?: boolean;
  /** An age given after a full name ("Jonas Ekberg, 58,"): the name in lower case, "jonas ekberg". */
  person?: string;
  /**
   * A weekday of the closing "…, officials said on Monday", or the date of a dateline ("NEW DELHI,
   * April 27 (IANS) –"): the day of the report, not of the event.
   */
  reported?: boolean;
  /** An average ("averaging 20.8 points, 5.4 rebounds and five assists", "28 points per game"): compared only with averages. */
  average?: boolean;
  /**
   * A day after "since": when a state began ("at his beach house since July 17", "closed since
   * Monday"), not the day of the story's event; compared only with such days. A year after it ("a
   * record since 1990") is the year a superlative is measured from.
   */
  since?: boolean;
  /** What a possessive weekday names by its day: ["vendor-caused", "issue"] in "Friday morning's vendor-caused issue". */
  dayOf?: string[];
  /** The date a weekday is written with ("Monday, April 28"), as a date claim's value, and its year when given: the day's calendar date. */
  onDate?: number;
  onYear?: number;
  /** Stem of the word a weekday dates, the nearest before it: "manhu" of "joined a manhunt Thursday", "rampa" of "rampaged across Lewiston on Wednesday". */
  dates?: string;
  /** A weekday of something still to come: "is due to visit Valna on Friday", "talks will resume on Monday". */
  planned?: boolean;
  /** The value before it restated in another unit, in brackets: the "225 km/h" of "140 mph (225 km/h)". */
  conversion?: boolean;
  /** One share of a count split by place or group: the "241 people" of "241 people onboard and dozens on the ground". */
  share?: boolean;
  /** A year naming an event, "the 2002 Air China crash", "the 1997 election": which event the sentence is about. */
  label?: boolean;
  /**
   * A sum or a share on a company's adjusted basis ("non-GAAP earnings per share of $2.18",
   * "excluding items, it earned $2.18 a share", "core inflation"): another measure than the one
   * reported under the accounting rules ("diluted earnings per share was $0.99").
   */
  adjusted?: boolean;
  /**
   * Counts of the people a plane, ship, train or bus carried: "carrying 174 passengers", "with 171
   * passengers and six crew members on board". A story states it once (see STORY_MEASURES).
   */
  aboard?: boolean;
  /**
   * An amount asked for, not the one given: "the company that had sought $1.6 billion", "less than
   * the $1.6 billion in damages Dominion had been seeking", "prosecutors had sought a sentence of up
   * to 50 years". Compared only with other amounts asked for.
   */
  sought?: boolean;
  /**
   * An amount on top of another: "a further €30.9m in add-ons", "an additional $5 million", "another
   * 20 people". Not the total: compared only with other such amounts.
   */
  added?: boolean;
  /**
   * A figure analysts or a consensus expected, not the one reported: "beating analysts' estimates
   * of $24.88 billion", "Analysts had expected earnings of 83 cents a share", "the $24.88 billion
   * analysts had forecast". Compared only with other expected figures.
   */
  forecast?: boolean;
  /** The size of a whole a part is given of: the 150 of "37 out of 150 seats". Compared only with other totals. */
  total?: boolean;
  /**
   * Said of the earlier event a superlative measures against: the 20 children of "the deadliest
   * shooting at a U.S. grade school since a gunman killed 20 children … at Sandy Hook". Compared
   * only with other such figures.
   */
  reference?: boolean;
  /** A state a change reached, "weakened to a Category 1 storm": not the state at another moment ("made landfall as a Category 3"). */
  reached?: boolean;
  /**
   * A sum of another thing than the story's, said so before it: "a follow-up $3.5 trillion spending
   * package", "a separate, even more ambitious $3.5 trillion social policy bill". Compared only with
   * other such sums.
   */
  separate?: boolean;
  /**
   * Time left on a game's clock, "a field goal with 23 seconds left", "with six minutes remaining",
   * or minutes gone after "after" ("2-0 down after 80 minutes"): a moment of the game, one of many,
   * not a duration of the story. Compared only with such, in near copies.
   */
  remaining?: boolean;
  /**
   * What a duration measures, by the word after it: the length of something ("14 years of
   * Conservative rule": 'of') or the time between two events ("five years after the party's loss",
   * "two years ago": 'gap'). One of each is not compared.
   */
  span?: 'of' | 'gap';
  /**
   * A figure an earlier report gave, which the sentence says was replaced: "the sheriff's
   * department initially said five people were on board", "had earlier reported at least 70
   * deaths". Compared only with such figures, and stating no story measure.
   */
  superseded?: boolean;
  /** What befell what a count counts, when the sentence says: "dead", "missing", "rescued" ("the remains of two people … have been recovered", "six people are missing"). */
  fate?: string;
  /** The kind of event a fate's count is of, named before it in its sentence: "quake" of "the earthquake that struck on Monday, killing 48 people". */
  eventOf?: string;
  /** A percentage's sum, right beside it: the $24.9 billion of "services revenue of $24.9 billion, up 12 per cent" (its low and high). */
  ofSum?: [number, number];
  start: number;
  end: number;
}

export interface Tok {
  text: string;
  lower: string;
  start: number;
  end: number;
}

export const WEEKDAYS = ['monday', 'tuesday', 'wednesday', 'thursday', 'friday', 'saturday', 'sunday'];
const MONTHS = ['january', 'february', 'march', 'april', 'may', 'june', 'july', 'august', 'september', 'october', 'november', 'december'];
const MONTH_ABBR: Record<string, number> = wordTable({ jan: 0, feb: 1, mar: 2, apr: 3, jun: 5, jul: 6, aug: 7, sep: 8, sept: 8, oct: 9, nov: 10, dec: 11 });
/**
 * Currency names after a number. Names several countries use ("crowns", "francs", "pesos") are a
 * currency of their own until a nationality before them says which (NATIONAL_CURRENCY): "1.6
 * billion crowns" is compared with crowns, "NOK 1.6 billion" with Norwegian crowns.
 */
const CURRENCY_WORDS: Record<string, string> = wordTable({
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
const SYMBOLS: Record<string, string> = wordTable({ $: 'USD', '\u20AC': 'EUR', '\u00A3': 'GBP', '\u00A5': 'CNY', '\u20B9': 'INR' });
/** Letters joined to a dollar sign: "HK$", "A$", "NT$". */
const DOLLAR_PREFIXES: Record<string, string> = wordTable({ us: 'USD', a: 'AUD', c: 'CAD', hk: 'HKD', s: 'SGD', nz: 'NZD', nt: 'TWD', r: 'BRL' });
/** Currency written as letters before the number: "Rs 500 crore", "Rs. 1,200", "INR 40 lakh". */
const CODE_BEFORE = /^(?:rs|inr)$/;
/**
 * ISO codes, in capitals, before or after a number: "NOK 1.82 billion", "CHF 300 million", "40
 * million EUR". Codes that are also other things before a number are left out: "COP 26" (a summit),
 * "PHP 8" (a language), "SAR", "ILS", "TRY".
 */
const ISO_CODES = new Set(
  'USD EUR GBP JPY CNY RMB HKD AUD CAD NZD SGD TWD CHF NOK SEK DKK ISK CZK PLN HUF ZAR INR PKR LKR BRL MXN RUB UAH KRW THB MYR IDR NGN EGP AED QAR'.split(' '),
);
const isoCode = (t: Tok | undefined) => (t && ISO_CODES.has(t.text) ? (t.text === 'RMB' ? 'CNY' : t.text) : undefined);

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
function currencyAfter(toks: Tok[], j: number): { unit: string; last: number } | undefined {
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
const TIME_UNITS: Record<string, [string, number]> = wordTable({
  second: ['minute', 1 / 60], seconds: ['minute', 1 / 60], minute: ['minute', 1], minutes: ['minute', 1], hour: ['minute', 60],
  hours: ['minute', 60], day: ['day', 1], days: ['day', 1], week: ['day', 7], weeks: ['day', 7], month: ['month', 1],
  months: ['month', 1], year: ['month', 12], years: ['month', 12], decade: ['month', 120], decades: ['month', 120],
});
/**
 * Units of measure, each to its dimension's base unit, so that "30cm" and "30 centimetres" (or
 * "12 inches") are one quantity. Abbreviations count attached or after one space; "m" alone is
 * read as metres only where it cannot be millions (isMetres).
 */
const MEASURES: Record<string, [string, number]> = wordTable({
  mm: ['metre', 0.001], millimetre: ['metre', 0.001], millimetres: ['metre', 0.001], millimeter: ['metre', 0.001], millimeters: ['metre', 0.001],
  cm: ['metre', 0.01], centimetre: ['metre', 0.01], centimetres: ['metre', 0.01], centimeter: ['metre', 0.01], centimeters: ['metre', 0.01],
  metre: ['metre', 1], metres: ['metre', 1], meter: ['metre', 1], meters: ['metre', 1],
  km: ['metre', 1000], kilometre: ['metre', 1000], kilometres: ['metre', 1000], kilometer: ['metre', 1000], kilometers: ['metre', 1000],
  mile: ['metre', 1609.344], miles: ['metre', 1609.344], foot: ['metre', 0.3048], feet: ['metre', 0.3048], ft: ['metre', 0.3048],
  inch: ['metre', 0.0254], inches: ['metre', 0.0254], yard: ['metre', 0.9144], yards: ['metre', 0.9144],
  g: ['kilogram', 0.001], gram: ['kilogram', 0.001], grams: ['kilogram', 0.001], kg: ['kilogram', 1], kilogram: ['kilogram', 1], kilograms: ['kilogram', 1],
  kilo: ['kilogram', 1], kilos: ['kilogram', 1], tonne: ['kilogram', 1000], tonnes: ['kilogram', 1000],
  ml: ['litre', 0.001], millilitre: ['litre', 0.001], millilitres: ['litre', 0.001], milliliter: ['litre', 0.001], milliliters: ['litre', 0.001],
  litre: ['litre', 1], litres: ['litre', 1], liter: ['litre', 1], liters: ['litre', 1],
  mph: ['km/h', 1.609344], kph: ['km/h', 1], kmh: ['km/h', 1],
  hectare: ['hectare', 1], hectares: ['hectare', 1], acre: ['hectare', 0.4047], acres: ['hectare', 0.4047],
});
/** Abbreviations, read only right after the number (attached or one space on): as words they mean other things ("g", "ft"). */
const ABBREVIATED = new Set(['mm', 'cm', 'km', 'ft', 'g', 'kg', 'ml', 'mph', 'kph', 'kmh']);
/** After "4.2m", words that make it a length: "1.5m higher", "2m deep" (millions are of something). */
const LENGTH_WORDS = new Set('higher lower high low deep deeper tall taller long longer wide wider above below across'.split(' '));

/** Parts of the day after a weekday ("on Sunday afternoon"): what the weekday is said of. */
export const DAY_PARTS = new Set(['morning', 'afternoon', 'evening', 'night']);
const APPROX = new Set(['about', 'around', 'approximately', 'roughly', 'some', 'nearly', 'almost', 'estimated', 'an', 'circa', 'approx']);
const ABOVE = new Set(['over', 'above', 'exceed', 'exceeding', 'exceeds', 'surpass', 'top', 'topping', 'beyond', 'upwards']);
const BELOW = new Set(['under', 'below', 'fewer', 'less', 'to']);
export const NOUN_STOP = new Set(['of', 'and', 'or', 'versus', 'vs', 'in', 'on', 'at', 'to', 'the', 'a', 'an', 'for', 'from', 'by', 'with', 'per', 'cent', 'percent', 'than', 'as', 'this', 'that', 'more', 'times', 'is', 'was', 'were', 'are', 'since', 'after', 'before', 'during', 'between', 'among', 'over', 'under', 'into', 'who', 'which', 'had', 'have', 'has', 'been', 'will', 'would', 'could', 'not', 'also', 'ago', 'earlier', 'later', 'year', 'years', 'times', 'each', 'other', 'said', 'says', 'are', 'be',
  // Conjunctions and adverbs: "scored 19681 while others lost" counts nothing.
  'while', 'when', 'where', 'whereas', 'because', 'though', 'although', 'unless', 'but', 'yet', 'then', 'there', 'here', 'all', 'both', 'now', 'still', 'just', 'only', 'even', 'again', 'too', 'very', 'against', 'through', 'until', 'within', 'without', 'about', 'around', 'across', 'via', 'out', 'off', 'down',
  // Pronouns: "aged 35-44 backed him" counts nothing ("it" and "us" read as "IT" and "US").
  'him', 'her', 'them', 'me', 'you', 'his', 'its', 'their', 'our', 'my', 'your']);
// "The next 10 years" is no period: a plan's horizon, stated alike in every report of it, is a
// duration compared like any other ("first 11 months" grows with the date of the report).
const PERIOD_RE = /\b(?:(?:first|last|past|previous)\s(?:\d{1,3}|[a-z]+)\s(?:months?|quarters?|weeks?|years?|days?|halves)|(?:first|second|third|fourth|1st|2nd|3rd|4th)[-\s](?:quarter|half)|(?:january|february|march|april|may|june|july|august|september|october|november|december)\s?[-\u2013]\s?(?:january|february|march|april|may|june|july|august|september|october|november|december)|[Qq][1-4]|H[12](?![-\u2013]?B\b)|year[-\s]on[-\s]year|a\syear\s(?:earlier|ago)|last\syear|this\syear|next\syear)\b/gi;

/**
 * Tokens: a number in digits with thousands commas and decimals, a word of letters joined by
 * apostrophes or hyphens, or a currency or percent sign; what the Unicode regex
 * \d+(?:,\d{3})*(?:\.\d+)?|\p{L}+(?:['\u2019-]\p{L}+)*|[$\u20AC\u00A3\u00A5%] finds, by a loop over char
 * codes (the regex was the largest single cost of claim extraction).
 */
export function tokenize(s: string, base: number): Tok[] {
  const out: Tok[] = [];
  const n = s.length;
  const digit = (j: number) => j < n && s.charCodeAt(j) >= 48 && s.charCodeAt(j) <= 57;
  const letters = (j: number) => {
    let k: number;
    while (j < n && (k = charOfKindAt(s, j, LETTER)) > 0) j += k;
    return j;
  };
  for (let i = 0; i < n; ) {
    const c = s.charCodeAt(i);
    let end = i;
    if (c >= 48 && c <= 57) {
      end = i + 1;
      while (digit(end)) end++;
      // "12,00,000": groups of two before the last three (Indian grouping).
      if (end - i <= 2) {
        let k = end;
        while (s.charCodeAt(k) === 44 && digit(k + 1) && digit(k + 2) && s.charCodeAt(k + 3) === 44) k += 3;
        if (k > end && digit(k + 1) && digit(k + 2) && digit(k + 3) && !digit(k + 4)) end = k;
      }
      while (s.charCodeAt(end) === 44 && digit(end + 1) && digit(end + 2) && digit(end + 3)) end += 4;
      if (s.charCodeAt(end) === 46 && digit(end + 1)) for (end += 2; digit(end); ) end++;
    } else if (charOfKindAt(s, i, LETTER) > 0) {
      end = letters(i);
      while (end + 1 < n && (s.charCodeAt(end) === 39 || s.charCodeAt(end) === 0x2019 || s.charCodeAt(end) === 45) && charOfKindAt(s, end + 1, LETTER) > 0) end = letters(end + 1);
    } else if (c === 36 || c === 0x20ac || c === 0xa3 || c === 0xa5 || c === 0x20b9 || c === 37) end = i + 1;
    if (end === i) {
      i++;
      continue;
    }
    const text = s.slice(i, end);
    out.push({ text, lower: text.toLowerCase(), start: base + i, end: base + end });
    i = end;
  }
  return out;
}

const NUMBER_WORD_UNIT = /^([a-z]+(?:-[a-z]+)?)-(second|minute|hour|day|week|month|year|decade)$/;

/** "should last two years": "last" is the verb, and "two years" a duration, not a period. */
const LAST_AS_VERB = /\b(?:will|would|should|could|can|may|might|must|to|did|does|do|not)\s+$/i;

/** Words before a bare month name that make it the period of the figure before them: "3.1% in October", "5,000 since March". */
const MONTH_PERIOD_WORDS = new Set('in during for since from until through'.split(' '));
/** The last token of a figure: its number, or a percent's sign or word. */
const FIGURE_END = /^(?:\d[\d,.]*|%|percent|cent|pct|pc|points?)$/;

const ORDINAL_SPELLED: Record<string, string> = { '1st': 'first', '2nd': 'second', '3rd': 'third', '4th': 'fourth' };
/** Month ranges that are a quarter or a half of the year: "in the July-September period" is the third quarter; so are "Q3" and "H2". */
const RANGE_PERIODS: Record<string, string> = wordTable({
  'january march': 'first quarter', 'april june': 'second quarter', 'july september': 'third quarter', 'october december': 'fourth quarter',
  'january june': 'first half', 'july december': 'second half',
  q1: 'first quarter', q2: 'second quarter', q3: 'third quarter', q4: 'fourth quarter', h1: 'first half', h2: 'second half',
});

/** The sentence's period expressions, normalised, and the offsets they cover. */
function periodsOf(sentence: string, base: number): { periods: string[]; covered: Array<[number, number]> } {
  const periods: string[] = [];
  const covered: Array<[number, number]> = [];
  PERIOD_RE.lastIndex = 0;
  for (let m = PERIOD_RE.exec(sentence); m; m = PERIOD_RE.exec(sentence)) {
    // "third-quarter profit" is the third quarter, "year-on-year" is "year on year", "3rd" is "third",
    // "July-September" the third quarter.
    const spelt = m[0].toLowerCase().replace(/\s*[-\u2013]\s*|\s+/g, ' ').replace(/\b(?:1st|2nd|3rd|4th)\b/, (o) => ORDINAL_SPELLED[o]);
    const norm = RANGE_PERIODS[spelt] ?? spelt;
    if (norm.startsWith('last ') && norm !== 'last year' && LAST_AS_VERB.test(sentence.slice(Math.max(0, m.index - 12), m.index))) continue;
    // "this year" and "last year" alone qualify too little to separate claims from each other.
    if (!/^(?:this|last|next) year$/.test(norm)) periods.push(norm);
    covered.push([base + m.index, base + m.index + m[0].length]);
  }
  // "With 95% of votes counted": results at one stage of a count, which outlets report at others.
  if (sentence.includes(' of ')) {
    COUNT_STAGE.lastIndex = 0;
    for (let m = COUNT_STAGE.exec(sentence); m; m = COUNT_STAGE.exec(sentence)) {
      periods.push(`${m[1]}% counted`);
      covered.push([base + m.index, base + m.index + m[0].length]);
    }
  }
  // "The previous UK record of 38.7C", "his previous best": a record the story's new one replaced.
  if (PREVIOUS_HINTS.some((h) => sentence.includes(h)) && PREVIOUS_RECORD.test(sentence)) periods.push('previous record');
  return { periods, covered };
}

/** Letters of the words naming a record as earlier, in either case: most sentences have none. */
const PREVIOUS_HINTS = ['revious', 'ormer', 'rior', 'old ', 'Old '];
/** A record before the one the story reports: "the previous UK record temperature", "the former world record", "her previous best". */
const PREVIOUS_RECORD = /\b(?:previous|former|old|prior)\s(?:[a-z-]+\s){0,3}?(?:records?|highs?|best|peak)\b/i;

/** How far a count had got: "95% of votes counted", "99 percent of precincts reporting", "98% of ballots were counted". */
const COUNT_STAGE = /\b(\d{1,3}(?:\.\d{1,2})?) ?(?:%|per ?cent|percent) of (?:the |all )?(?:votes?|ballots?|precincts?|polling stations|constituencies|districts|results)(?: cast)?(?: (?:were|have been|had been))? (?:counted|reporting|tallied|declared|processed|reported|in(?=[,;.)]|$))\b/gi;

/**
 * Every claim starts at a digit or at one of these words; a sentence with neither holds no claim
 * and is not tokenised (most sentences of an article).
 */
const CLAIM_HINT = new RegExp(
  `\\d|\\b(?:${[...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBR), ...Object.keys(ORDINAL_WORDS), ...Object.keys(SMALL), 'long'].join('|')})\\b`,
  'i',
);

/**
 * Words a claim can start at besides numbers in digits and hyphenated words ("hour-long",
 * "twenty-five"): any other token is passed over without the per-token tests below.
 */
const HEAD_WORDS = new Set([...WEEKDAYS, ...MONTHS, ...Object.keys(MONTH_ABBR), ...Object.keys(ORDINAL_WORDS), ...Object.keys(SMALL)]);

function canStartClaim(t: Tok): boolean {
  const c = t.lower.charCodeAt(0);
  return (c >= 48 && c <= 57) || HEAD_WORDS.has(t.lower) || t.lower.includes('-') || weekdayOf(t) >= 0;
}

/**
 * The weekday a capitalised token names, 0 for Monday, else -1; possessives too: "Thursday's
 * by-election" says when as "the by-election on Thursday" does.
 */
function weekdayOf(t: Tok): number {
  if (t.text[0] === t.lower[0]) return -1;
  const possessive = t.lower.length >= 8 && t.lower.charCodeAt(t.lower.length - 1) === 115 && (t.lower[t.lower.length - 2] === "'" || t.lower[t.lower.length - 2] === '\u2019');
  return WEEKDAYS.indexOf(possessive ? t.lower.slice(0, -2) : t.lower);
}

/** The sentence's claims, and its period expressions (found anyway, so not looked for twice). */
export function extractClaims(sentence: string, base: number): { claims: Claim[]; periods: string[] } {
  if (!CLAIM_HINT.test(sentence)) return { claims: [], periods: [] };
  const toks = tokenize(sentence, base);
  const { covered, periods } = periodsOf(sentence, base);
  const inPeriod = (t: Tok) => covered.some(([a, b]) => t.start >= a && t.end <= b);
  const claims: Claim[] = [];
  let rates: Map<Claim, number> | undefined; // sums per period, and how many periods a year holds
  let asking: boolean | undefined; // the sentence holds an asking verb (found once, when a claim needs it)
  let exitPolled: boolean | undefined; // the sentence names an exit poll (found once)
  let forecasting: boolean | undefined; // the sentence names analysts' or a consensus's expectations (found once)
  let roles: ReturnType<typeof weekdayRoles> | undefined; // what a weekday dates besides the event, once per sentence
  let reporting: boolean | undefined; // the sentence holds a word of an earlier report, "initially", "earlier" (found once)
  let datelineEnd: number | undefined; // length of the sentence's opening dateline, 0 for none (found once, when a date needs it)
  const joined = (a: Tok, b: Tok) => b.start - a.end === 1 && sentence[a.end - base] === '-';

  for (let i = 0; i < toks.length; i++) {
    const t = toks[i];
    if (!canStartClaim(t) || inPeriod(t)) continue;
    const wd = weekdayOf(t);
    // "Black Friday", "Cyber Monday", "Good Friday", "Super Tuesday": a day's name, not the story's weekday.
    if (wd >= 0 && NAMED_DAY.has(toks[i - 1]?.text ?? '')) continue;
    if (wd >= 0) {
      // The day's name alone, so that a fix keeps the "'s" of "Wednesday's".
      const end = t.start + WEEKDAYS[wd].length;
      const claim = exact('weekday', 'weekday', wd, t.text.slice(0, end - t.start), t.start, end);
      // "on Sunday afternoon" and "on Monday afternoon": the part of the day pairs two weekdays when
      // one sentence names more days than the other (see anchoredPartner).
      const part = toks[i + 1]?.lower;
      if (part && DAY_PARTS.has(part)) claim.anchor = part;
      const named = dayNamed(toks, i);
      if (named) claim.dayOf = named;
      const dated = datedWord(toks, i);
      if (dated) claim.dates = dated;
      if (toks[i - 1]?.lower === 'since') claim.since = true;
      roles ??= weekdayRoles(toks, sentence, base);
      if ((roles.reportFrom >= 0 && i >= roles.reportFrom) || confirmsOn(toks, i) || attributionAside(toks, i, sentence, base) || announcesToll(toks, i)) claim.reported = true;
      else if (roles.planned[i] || RELATIVE_AHEAD.has(toks[i - 1]?.lower ?? '')) claim.planned = true; // "Tomorrow, Thursday, 15 June", "next Tuesday"
      claims.push(claim);
      continue;
    }
    const month = monthOf(t);
    if (month >= 0) {
      const next = toks[i + 1];
      const prev = toks[i - 1];
      const dayAfter = next && /^\d{1,2}$/.test(next.text) && +next.text <= 31 ? next : undefined;
      const dayBefore = prev && /^\d{1,2}$/.test(prev.text) && +prev.text <= 31 && !claims.some((c) => c.end >= prev.end) ? prev : undefined;
      const day = dayAfter ?? dayBefore;
      if (day) {
        const v = month * 100 + +day.text;
        let s = Math.min(day.start, t.start);
        let e = Math.max(day.end, t.end);
        // "June 24-25", "24-25 June": a range of days, any of which another file may name.
        const other = dayAfter ? toks[i + 2] : toks[i - 2];
        const dash = other && /^\d{1,2}$/.test(other.text) && +other.text <= 31 && DAY_RANGE_DASH.test(dayAfter ? sentence.slice(day.end - base, other.start - base) : sentence.slice(other.end - base, day.start - base));
        if (dash) {
          const d = month * 100 + +other.text;
          s = Math.min(s, other.start);
          e = Math.max(e, other.end);
          if (d > v === !!dayAfter) claims.push({ kind: 'date', unit: 'date', low: Math.min(v, d), high: Math.max(v, d), text: sentence.slice(s - base, e - base), start: s, end: e });
          else claims.push(exact('date', 'date', v, sentence.slice(s - base, e - base), s, e));
          if (dayAfter) i += 2;
        } else {
          claims.push(exact('date', 'date', v, sentence.slice(s - base, e - base), s, e));
          if (dayAfter) i++;
        }
        if (e - base <= (datelineEnd ??= datelineLength(sentence))) claims[claims.length - 1].reported = true;
        if (sinceBefore(toks, i, s)) claims[claims.length - 1].since = true;
      } else if (next && /^\d{4}$/.test(next.text) && +next.text >= 1900 && +next.text <= 2099 && next.start - t.end <= 2) {
        // "in February 2023": a month of a year (and, read next, the year on its own).
        claims.push(exact('date', 'month', +next.text * 12 + month, sentence.slice(t.start - base, next.end - base), t.start, next.end));
      } else if (prev && MONTH_PERIOD_WORDS.has(prev.lower) && toks[i - 2] && (FIGURE_END.test(toks[i - 2].lower) || (toks[i - 3] && /^\d/.test(toks[i - 3].text) && /^\p{Ll}+$/u.test(toks[i - 2].text)))) {
        // "fell to 3.1% in October from 3.4% in September": a month right after a figure is its
        // period, so last month's release ("3.4% in September from 3.8% in August") is not compared
        // with it. Elsewhere ("met in July, when they signed 16 documents") a month says when, and a
        // changed month must not hide the sentence's other figures.
        periods.push(`month ${MONTHS[month]}`);
      }
      continue;
    }
    // "hour-long", "year-long": a duration with no digits.
    const longM = t.lower.endsWith('-long') ? /^(hour|day|week|month|year|decade)-long$/.exec(t.lower) : null;
    if (longM) {
      const [unit, f] = TIME_UNITS[longM[1]];
      claims.push({ kind: 'duration', unit, low: f * 0.75, high: f * 1.5, text: t.text, start: t.start, end: t.end });
      continue;
    }
    // "a thirty-four-year-old man": an age in one word; "a nine-month-old baby" in months (or weeks, days).
    const ageWord = t.lower.endsWith('-old') ? /^(.+)-(year|month|week|day)s?-old$/.exec(t.lower) : null;
    const ageN = ageWord ? parseNumber(ageWord[1]) : undefined;
    if (ageN) {
      claims.push(exact('age', ageWord![2] === 'year' ? 'age' : `age in ${ageWord![2]}s`, ageN.value, t.text, t.start, t.end));
      continue;
    }
    // "a six-week closure", "a two-year project": a number word joined to a time unit ("10-day" is two tokens, below).
    const adjM = t.lower.includes('-') ? NUMBER_WORD_UNIT.exec(t.lower) : null;
    const adjN = adjM ? parseNumber(adjM[1]) : undefined;
    if (adjM && adjN) {
      const [unit, f] = TIME_UNITS[adjM[2]];
      const { low, high } = qualify(toks, i, i, adjN.value * f, adjN.step * f);
      claims.push({ kind: 'duration', unit, low, high, text: t.text, start: t.start, end: t.end });
      continue;
    }
    const ordWord = ORDINAL_WORDS[t.lower] ?? rankWord(t.lower);
    const num = ordWord === undefined ? parseNumber(t.text) : undefined;
    if (ordWord !== undefined || (num && toks[i + 1] && /^(?:st|nd|rd|th)$/.test(toks[i + 1].lower) && toks[i + 1].start === t.end)) {
      const skip = ordWord === undefined ? 1 : 0;
      const day = dayOrdinalDate(toks, i, num);
      if (day) {
        claims.push(exact('date', 'date', day.value, sentence.slice(t.start - base, toks[day.last].end - base), t.start, toks[day.last].end));
        i = day.last;
        continue;
      }
      const noun = nounAfter(toks, i + 1 + skip, true);
      if (noun) {
        const v = ordWord ?? num!.value;
        const claim = exact('ordinal', noun.lower.replace(/s$/, ''), v, sentence.slice(t.start - base, toks[i + skip].end - base), t.start, toks[i + skip].end);
        const anchor = ordinalAnchor(toks, i);
        if (anchor) claim.anchor = anchor;
        claims.push(claim);
      }
      i += skip;
      continue;
    }
    if (!num || t.text.replace(/\D/g, '').length > 12) continue; // IDs and phone numbers are not claims
    // "2022-12-19": a date written as a stamp writes it, no year and score; a page's stamp, not the story's.
    const iso = /^\d{4}$/.test(t.text) ? ISO_DATE_REST.exec(sentence.slice(t.end - base, t.end - base + 6)) : null;
    if (iso) {
      const isoEnd = t.end + iso[0].length;
      while (i + 1 < toks.length && toks[i + 1].start < isoEnd) i++;
      continue;
    }
    // "1,5 million": a decimal comma; the "5" alone would be five million (and the "1" counts nothing).
    if (t.start - base >= 2 && sentence[t.start - base - 1] === ',' && /\d/.test(sentence[t.start - base - 2])) continue;
    if (rankLabelBefore(toks, i, sentence, base)) continue; // "World No. 3 Carlos Alcaraz", "No 10 Downing Street"
    const time = timeAt(toks, i, sentence, base);
    if (time) {
      const timed = timedWord(toks, i);
      if (timed) time.claim.anchor = timed;
      claims.push(time.claim);
      i = time.last;
      continue;
    }
    const age = num.step === 1 ? ageAt(toks, i, sentence, base) : undefined;
    if (age) {
      const claim = exact('age', age.unit ?? 'age', num.value, sentence.slice(t.start - base, age.end - base), t.start, age.end);
      if (age.person) claim.person = age.person;
      claims.push(claim);
      i = age.last;
      continue;
    }
    const tiebreak = tiebreakAt(toks, i, sentence, base);
    if (tiebreak !== undefined) {
      i = tiebreak; // "7-6 (7-4)", "7-6(4)": the set's tiebreak, part of its score
      continue;
    }
    const tally = num.step === 1 ? tallyAt(toks, i, sentence, base) ?? percentSplitAt(toks, i, sentence, base) : undefined;
    if (tally) {
      claims.push(tally.claim);
      i = tally.last;
      continue;
    }
    if (toks[i + 1] && monthOf(toks[i + 1]) >= 0 && /^\d{1,2}$/.test(t.text)) continue; // "15 December": the month makes it a date
    if (/^\d{2,4}$/.test(t.text) && isDecade(toks, i, sentence, base)) continue; // "the 1960s", "mid-2020s", "the '90s": a decade, not a year
    if (/[.,]\d/.test(sentence.slice(t.end - base, t.end - base + 2)) || sentence[t.start - base - 1] === '/') continue;
    const measure = measureAfter(toks, i);
    if (partOfName(toks, i, sentence, base, measure)) continue;
    // Scale and unit after the number.
    let j = i + 1;
    let value = num.value;
    let step = num.step;
    const scale = !measure && toks[j] && SCALES[toks[j].lower] !== undefined && !(toks[j].lower === 'm' && toks[j].start !== t.end) ? SCALES[toks[j].lower] : undefined;
    if (scale !== undefined) {
      value *= scale;
      step *= scale;
      j++;
    } else if (toks[j]?.lower === 'and' && toks[j + 1]?.lower === 'a' && toks[j + 2]?.lower === 'half' && TIME_UNITS[toks[j + 3]?.lower ?? '']) {
      // "six and a half years": a sentence's length or a wait, to the half.
      value += 0.5;
      step = 0.5;
      j += 3;
    }
    let start = t.start;
    let end = toks[j - 1].end;
    let kind: ClaimKind | undefined;
    let unit = '';
    let named: string | undefined;
    let total: string | undefined;
    let group: Tok | undefined;
    let gapped: Claim | undefined;
    let spanEnd: number | undefined; // the token ending a span of years ("1998/99")
    let temp: { fahrenheit: boolean; end: number } | undefined;
    let point: { factor: number; end: number } | undefined;
    let currency: { unit: string; last: number } | undefined;
    let afterPercent: number | undefined;
    const prev = toks[i - 1];
    const prev2 = toks[i - 2];
    if (prev && SYMBOLS[prev.text] && t.start - prev.end <= 1) {
      kind = 'money';
      unit = SYMBOLS[prev.text];
      const prefix = prev2 && prev.start === prev2.end ? DOLLAR_PREFIXES[prev2.lower] : undefined;
      if (prefix && unit === 'USD') {
        start = prev2.start;
        unit = prefix;
      } else start = prev.start;
    } else if (prev && CODE_BEFORE.test(prev.lower) && t.start - prev.end <= 2 && /^[ .]{0,2}$/.test(sentence.slice(prev.end - base, t.start - base))) {
      kind = 'money';
      unit = 'INR';
      start = prev.start;
    } else if (isoCode(prev) && t.start - prev.end <= 1) {
      kind = 'money';
      unit = isoCode(prev)!;
      start = prev.start;
    } else if ((currency = currencyAfter(toks, j))) {
      kind = 'money';
      unit = currency.unit;
      end = toks[currency.last].end;
    } else if ((afterPercent = percentEnd(toks, j)) !== undefined) {
      kind = 'percent';
      unit = toks[j + 2]?.lower === 'points' || toks[j + 1]?.lower === 'points' ? 'point' : '%';
      end = toks[afterPercent - 1].end;
    } else if ((point = percentagePointsAt(toks, j))) {
      kind = 'percent'; // "1.5 percentage points", "25 basis points", "25bp"
      unit = 'point';
      value *= point.factor;
      step *= point.factor;
      end = point.end;
    } else if (measure) {
      // "30cm", "30 centimetres", "12 inches", "4.2m at the gauge": one dimension in its base unit.
      kind = 'count';
      unit = measure[0];
      value *= measure[1];
      step *= measure[1];
      end = unit === 'km/h' && toks[j].lower === 'km' ? toks[j + 1].end : toks[j].end;
      const of = measuredStuff(sentence, end - base);
      if (of) unit += ` of ${of}`;
    } else if (toks[j] && TIME_UNITS[toks[j].lower]) {
      // "Two days ago" counts from the day it was written: files written on other days differ rightly.
      if (toks[j + 1]?.lower === 'ago') continue;
      kind = 'duration';
      const [u, f] = TIME_UNITS[toks[j].lower];
      unit = u;
      value *= f;
      step *= f;
      end = toks[j].end;
      // "22 years and six months", "two hours and 15 minutes": one duration in two units.
      const more = toks[j + 1]?.lower === 'and' && toks[j + 2] ? parseNumber(toks[j + 2].text) : undefined;
      const moreUnit = more && toks[j + 3] ? TIME_UNITS[toks[j + 3].lower] : undefined;
      if (more && moreUnit && moreUnit[0] === u && moreUnit[1] < f) {
        value += more.value * moreUnit[1];
        step = more.step * moreUnit[1];
        j += 3;
        end = toks[j].end;
      }
    } else if ((temp = temperatureAfter(toks, i, sentence, base))) {
      // "41C", "41°C", "106F", "41 degrees Celsius": one scale, Celsius; "-5C" is below zero.
      kind = 'count';
      unit = '\u00B0C';
      const sign = belowZero(sentence, t.start - base) ? -1 : 1;
      value = temp.fahrenheit ? ((sign * value - 32) * 5) / 9 : sign * value;
      step = temp.fahrenheit ? (step * 5) / 9 : step;
      if (sign < 0 && /[-\u2212]/.test(sentence[t.start - base - 1])) start = t.start - 1;
      end = temp.end;
    } else if (toks[j] && isUnitSymbol(toks[j], toks[j - 1])) {
      kind = 'count'; // "2.6GHz", "512 GB", "96W": the unit itself, not the noun after it
      unit = toks[j].lower;
      end = toks[j].end;
    } else if (scale === undefined && num.step === 1 && value >= 1 && value <= 5 && (toks[i - 1]?.lower === 'category' || toks[i - 1]?.lower === 'cat')) {
      kind = 'count'; // "a Category 3 storm": the storm's category, not three storms
      unit = 'storm category';
      start = toks[i - 1].start;
    } else if (scale === undefined && (named = measureBefore(toks, i))) {
      // "magnitude 6.4", "a death toll of 23": the measure is named before the number.
      kind = 'count';
      unit = named === 'magnitude' ? magnitudeOf(toks, i, i) : named;
    } else if (scale === undefined && toks[j]?.lower === 'magnitude') {
      kind = 'count'; // "a 6.4-magnitude quake", "a 6.4 magnitude quake"
      unit = magnitudeOf(toks, i, j);
      end = toks[j].end;
    } else if (scale === undefined && num.step === 1 && value >= 1900 && value <= 2099 && /^\d{4}$/.test(t.text)) {
      kind = 'year';
      unit = 'year';
      spanEnd = yearSpanEnd(toks, i, value, sentence, base);
      if (spanEnd !== undefined) {
        unit = 'year span'; // "the 1998/99 season" is neither 1998 nor 1999: compared only with spans
        end = toks[spanEnd].end;
      }
    } else if (scale === undefined && (total = partOfTotal(toks, i))) {
      kind = 'count'; // "19 of the council's 31 seats": 19 seats (the 31 is a claim of its own)
      unit = total;
    } else {
      const noun = nounAfter(toks, j);
      // "614, Gyeonggam-ro": a comma or colon between the number and the word, so it counts nothing.
      if (noun && !(noun.lower in SCALES) && !/[,;:)]/.test(sentence.slice(toks[j - 1].end - base, noun.start - base))) {
        kind = 'count';
        unit = singular(noun.lower);
        end = noun.end;
        // "242 passengers and crew": everyone aboard, not the passengers alone.
        const n = unit === 'passenger' ? toks.indexOf(noun) : -1;
        if (n >= 0 && toks[n + 1]?.lower === 'and' && toks[n + 2]?.lower.startsWith('crew')) {
          unit = 'people';
          end = toks[n + 2].end;
        }
      } else if (scale === undefined && value >= 2 && (group = groupAfterOf(toks, j))) {
        kind = 'count'; // "two of the injured", "three of its engines": a count of them
        unit = singular(group.lower);
        end = group.end;
      } else if (value >= 2 && (group = fateAfter(toks, j)) && !/[,;:]/.test(sentence.slice(toks[j - 1].end - base, group.start - base))) {
        kind = 'count'; // "866 were diagnosed", "four of them were killed": a count of people by their fate
        unit = group.lower;
        end = group.end;
      } else if (scale === undefined && (gapped = gappedCountOf(claims, toks, i, sentence, base))) {
        kind = 'count'; // "Labour won 412 seats, the Conservatives 121": the noun said once for both
        unit = gapped.unit;
      }
    }
    if (!kind) continue;
    if (kind === 'count' && ENGAGEMENT.has(unit)) continue; // "54 views", "10 comments": counters that grow by the minute
    // "20-member": an adjective, not a count. Measures too: "the 16-inch MacBook Pro" and "a 6.4-inch
    // screen" name a model as often as they measure it (read as lengths, reviews comparing the 15-
    // and 16-inch models conflicted).
    if (kind === 'count' && !unit.endsWith('magnitude') && toks[i + 1] && joined(t, toks[i + 1])) continue;
    if (kind === 'count' && secondOfPair(toks, i, sentence, base)) continue;
    // The claim's first token: the currency sign (and its "US") before a sum's number.
    const first = kind === 'money' && start < t.start ? (start === prev.start ? i - 1 : i - 2) : i;
    const range = qualify(toks, i, first, value, step);
    let { low, high } = range;
    // "£3.20 a month" and "£38 a year" are one charge: a sum per period is compared per year, and
    // only with other sums per period.
    const perYear = kind === 'money' ? ratePerYear(toks, currency ? currency.last + 1 : j) : undefined;
    if (perYear !== undefined) {
      unit += '/year';
      low *= perYear;
      high *= perYear;
    }
    // A left-out noun leaves out its verb too: "secured" is said of the 121 of "secured 412 seats, the Conservatives 121".
    const anchor = gapped ? gapped.anchor : anchorBefore(toks, first);
    const text = sentence.slice(start - base, end - base);
    const made: Claim = anchor === undefined ? { kind, unit, low, high, text, start, end } : { kind, unit, low, high, text, start, end, anchor };
    claims.push(made);
    if (range.approx) made.approx = true;
    if (range.nearFigure) made.nearFigure = true;
    if (kind === 'count' && splitCountAfter(toks, i, end, sentence, base)) made.share = true;
    if (kind === 'year' && namesEvent(toks, i, sentence, base)) made.label = true;
    else if (kind === 'year') {
      const name = eventNameBefore(toks, i, sentence, base);
      if (name) Object.assign(made, { label: true, anchor: name });
    }
    if (kind !== 'year' && (asking ??= ASKING_HINTS.some((h) => sentence.includes(h))) && askedFor(toks, first, i, end, sentence, base)) made.sought = true;
    if ((kind === 'money' || kind === 'count') && ADDED.has(toks[first - 1]?.lower ?? '')) made.added = true;
    if (kind === 'money' && separateBefore(toks, first, sentence, base)) made.separate = true;
    if (kind === 'count' && totalOfPart(toks, i)) made.total = true;
    if ((kind === 'count' || kind === 'percent') && averaged(toks, first, end)) made.average = true;
    if ((kind === 'money' || kind === 'percent' || kind === 'count') && (forecasting ??= FORECAST_HINTS.some((h) => sentence.includes(h))) && expectedFigure(toks, first, i, end, sentence, base)) made.forecast = true;
    // "Exit polls … confirm that the AfD has achieved 19.5%": a poll's figures, not the count's.
    if ((kind === 'percent' || kind === 'count') && (exitPolled ??= EXIT_POLL.test(sentence))) made.forecast = true;
    if (kind === 'duration' && clockLeft(toks, i, end)) made.remaining = true;
    if (kind === 'duration') {
      const span = durationSpan(toks, i, end);
      if (span) made.span = span;
    }
    if (unit === 'storm category' && CHANGE_VERBS.has(toks[i - 2]?.lower === 'a' ? toks[i - 4]?.lower ?? '' : toks[i - 3]?.lower ?? '')) made.reached = true;
    const fate = kind === 'count' ? fateOf(toks, first, i, end, sentence, base) : undefined;
    if (fate) {
      made.fate = fate;
      const event = eventBefore(toks, first);
      if (event) made.eventOf = event;
    } else if (kind === 'count' && ABOARD_UNITS.has(unit) && saysAboard(toks, first, end, sentence, base, unit)) made.aboard = true;
    if ((reporting ??= SUPERSEDED_WORDS.test(sentence)) && supersededReport(sentence, start - base)) made.superseded = true;
    // "a record since 1990", "the highest turnout since 1987": a year something is measured from, not the event's.
    if (kind === 'year' && prev?.lower === 'since') made.since = true;
    if (unit === 'metre') {
      const place = placeMeasuredFrom(toks, tokenAfter(toks, j, end));
      if (place) made.from = place;
    }
    if (perYear !== undefined) (rates ??= new Map()).set(made, perYear);
    i = Math.max(i, j - 1, spanEnd ?? -1);
    // "cut freight times from nine days to three": the change's end, its unit left out, is a second
    // value of the same kind, so the sentence is not compared as if it gave one.
    if ((kind === 'duration' || kind === 'count') && !temp && prev?.lower === 'from' && num.value !== 0) {
      const to = elidedChangeEnd(toks, i, end, sentence, base);
      if (to) {
        const factor = value / num.value;
        const r = qualify(toks, to.index, to.index, to.value * factor, to.step * factor);
        const t2 = toks[to.index];
        claims.push({ kind, unit, low: r.low, high: r.high, text: t2.text, start: t2.start, end: t2.end });
        i = to.index;
      }
    }
  }
  if (rates) ratesOfRanges(claims, rates, sentence, base);
  markAdjusted(claims, sentence, base);
  markReference(claims, sentence, base);
  markCalendarDays(claims, sentence, base);
  markSumsOfShares(claims, sentence, base);
  return { claims: markConversions(claims, sentence, base), periods };
}

/** Words that may say a figure was an earlier report's: the cheap test before SUPERSEDED_HINT. */
const SUPERSEDED_WORDS = /\b(?:initially|originally|at first|earlier|previously)\b/i;
/**
 * An earlier report's verb: "initially said", "had earlier reported", "were originally believed";
 * or the sentence opening "Previously, …" ("Previously, 113 casualties were reported"). Not "TMZ
 * first reported …": the first to report, not an earlier figure.
 */
const SUPERSEDED_HINT = /\b(?:initially|originally|at first|earlier|previously) (?:said|reported|put|gave|estimated|announced|listed|told|stated|counted|believed|thought|confirmed|recorded|feared)\b|^(?:previously|initially|originally|at first),/gi;
/** What ends an earlier report's clause before the figure: "initially said five, but later nine". */
const REPORT_REPLACED = /\bbut\b|;|\blater\b|\bnow\b|\bsince\b|\brevised\b|\braised\b/i;
/** How far back from a figure an earlier report's verb is looked for. */
const SUPERSEDED_LOOKBACK = 120;

/** The figure at `at` in the sentence is an earlier report's, replaced since (see Claim.superseded). */
function supersededReport(sentence: string, at: number): boolean {
  const from = Math.max(0, at - SUPERSEDED_LOOKBACK);
  const before = sentence.slice(from, at);
  let end = -1;
  SUPERSEDED_HINT.lastIndex = 0;
  for (let m = SUPERSEDED_HINT.exec(before); m; m = SUPERSEDED_HINT.exec(before)) {
    if (m[0].endsWith(',') && from > 0) continue; // "Previously," opens the sentence only
    end = m.index + m[0].length;
  }
  return end >= 0 && !REPORT_REPLACED.test(before.slice(end));
}

/** How far a percentage and its sum may stand apart: ", up 12 per cent", "a 5.5% increase", "up 6% YoY to". */
const SUM_SHARE_GAP = 24;

/**
 * Gives each percentage the sum right beside it in its clause: "services revenue of $24.9 billion,
 * up 12 per cent", "iPhone sales that hit $46.22 billion, a 5.5% increase", "up 6% YoY to $46.22
 * billion". A change of one sum is no change of another (see claim-conflict).
 */
function markSumsOfShares(claims: Claim[], sentence: string, base: number): void {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.kind !== 'percent') continue;
    let best: Claim | undefined;
    let gap = SUM_SHARE_GAP + 1;
    for (const n of [claims[k - 1], claims[k + 1]]) {
      if (n?.kind !== 'money' || n.conversion) continue;
      const between = n.end <= c.start ? sentence.slice(n.end - base, c.start - base) : sentence.slice(c.end - base, n.start - base);
      if (between.length < gap && !/[.;:()]/.test(between)) {
        gap = between.length;
        best = n;
      }
    }
    if (best) c.ofSum = [best.low, best.high];
  }
}

/** A superlative (or "first") and, after it, "since" opening the earlier event it is measured against. */
const SINCE_REFERENCE = /\b(?:deadliest|worst|biggest|largest|highest|lowest|strongest|heaviest|first)\b[^;]{0,80}?\bsince (?=(?:a|an|the) )/iu;

/**
 * Figures after "since" in "the deadliest shooting … since a gunman killed 20 children and six
 * adults at Sandy Hook" are the earlier event's, not this one's. Only "since a/an/the …": "since
 * 2012" and "since June" are dates, read as they are.
 */
function markReference(claims: Claim[], sentence: string, base: number): void {
  if (claims.length === 0 || !sentence.includes('since ')) return;
  const m = SINCE_REFERENCE.exec(sentence);
  if (!m) return;
  const from = base + m.index + m[0].length;
  for (const c of claims) if (c.start >= from) c.reference = true;
}

/**
 * Words that put the sums and shares after them on an adjusted basis ("non-GAAP", "adjusted",
 * "excluding items", "core" and "underlying" before a measure, prices "less food and energy"),
 * and words that put them back on the reported one ("GAAP", "reported", "statutory", "headline")
 * or start a measure never adjusted (revenue, sales, turnover). "Seasonally adjusted" is the usual
 * basis of a rate, said or not.
 */
const BASIS_WORDS = /\b(?:([Nn]on-GAAP|[Aa]djusted|[Ee]xcluding (?:(?:certain|special|one-time|one-off|exceptional|some|other) ){0,2}(?:items|charges|costs)|[Pp]ro forma|(?:[Cc]ore|[Uu]nderlying) (?=inflation|prices|PCE|CPI|earnings|profits?|income|operating|margins?|rate)|(?:[Ee]xcluding|less|ex) (?:the )?(?:(?:more )?volatile )?food and energy)|(GAAP|reported|statutory|headline|[Rr]evenues?|[Ss]ales|[Tt]urnover))\b/g;
/** After a sum, words that put it on an adjusted basis: "$2.18 a share on an adjusted basis", "$2.18 a share, excluding items". */
const ADJUSTED_AFTER = /^[^.;]{0,30}?\b(?:on an adjusted basis|excluding (?:(?:certain|special|one-time|one-off|exceptional|some|other) ){0,2}items|before (?:exceptional|one-off|one-time) items)\b/;

/** Letters any adjusting phrase holds, in either case of its first letter: most sentences have none and are passed over. */
const ADJUSTING_HINTS = ['djusted', 'GAAP', 'xcluding', 'core', 'Core', 'nderlying', 'ro forma', 'food and energy', 'items'];
/** After a sum, words that put it on the reported basis: "58.2% under GAAP", "on a reported basis". */
const REPORTED_AFTER = /^[^.;]{0,12}?\b(?:under (?:U\.S\. )?GAAP|on a (?:GAAP|reported|statutory) basis)\b/;

/**
 * Marks the sums and shares of a sentence said on an adjusted basis: after an adjusting word with
 * no reported-basis word or revenue between ("Excluding items, it earned $2.18 a share on revenue
 * of $3.87 billion": the $2.18 only), or followed by one ("$2.18 a share on an adjusted basis"),
 * unless "under GAAP" follows it.
 * Outlets give both bases of one quarter; compared across bases, every earnings story conflicted.
 */
function markAdjusted(claims: Claim[], sentence: string, base: number): void {
  if (!claims.some((c) => c.kind === 'money' || c.kind === 'percent') || !ADJUSTING_HINTS.some((h) => sentence.includes(h))) return;
  const switches: { at: number; adjusted: boolean }[] = [];
  for (const m of sentence.matchAll(BASIS_WORDS)) {
    const before = sentence.slice(Math.max(0, m.index! - 40), m.index);
    if (m[1] && /^[Aa]djusted$/.test(m[1]) && /seasonally\s$/i.test(before)) continue;
    if (m[2] === 'GAAP' && /\bnot\b[^;]{0,30}$/.test(before)) continue; // "(not in accordance with U.S. GAAP)"
    switches.push({ at: m.index! + m[0].length, adjusted: m[1] !== undefined });
  }
  for (const c of claims) {
    if (c.kind !== 'money' && c.kind !== 'percent') continue;
    let adjusted = false;
    for (const s of switches) if (s.at <= c.start - base) adjusted = s.adjusted;
    const after = sentence.slice(c.end - base, c.end - base + 60);
    if ((adjusted || ADJUSTED_AFTER.test(after)) && !REPORTED_AFTER.test(after)) c.adjusted = true;
  }
}

/** Between a weekday and the date it names: "Monday, April 28", "Monday 28 April", "Sunday (April 27)". */
const DAY_TO_DATE = /^(?:, ?| | ?\()$/;
/** Between a date and its year: "April 28, 2025", "28 April 2025". */
const DATE_TO_YEAR = /^,? $/;

/**
 * Gives a weekday written with its date ("on Monday, April 28", "Monday 28 April 2025") that date,
 * and the year when it follows: the calendar fixes the day, whatever the sentences are about.
 */
function markCalendarDays(claims: Claim[], sentence: string, base: number): void {
  for (let k = 0; k + 1 < claims.length; k++) {
    const day = claims[k];
    const date = claims[k + 1];
    if (day.kind !== 'weekday' || date.kind !== 'date' || date.low !== date.high || !DAY_TO_DATE.test(sentence.slice(day.end - base, date.start - base))) continue;
    day.onDate = date.low;
    const year = claims[k + 2];
    if (year?.kind === 'year' && DATE_TO_YEAR.test(sentence.slice(date.end - base, year.start - base))) day.onYear = (year.low + year.high) / 2;
  }
}

/**
 * "140 mph (225 km/h)", "20 inches (50 centimeters)", "41C (106F)": a bracketed value in another unit
 * of the same quantity restates the one before it. Marked, so a sentence giving a value and its
 * conversion is compared value with value and conversion with conversion, not as one giving two
 * values. Whether the two agree is not asked: a draft that changed the conversion is warned on it.
 */
function markConversions(claims: Claim[], sentence: string, base: number): Claim[] {
  if (claims.length < 2 || !sentence.includes('(')) return claims;
  for (let k = 1; k < claims.length; k++) {
    const before = claims[k - 1];
    const c = claims[k];
    if (before.kind !== c.kind || before.unit !== c.unit || before.conversion) continue;
    if (/^\s?\($/.test(sentence.slice(before.end - base, c.start - base)) && unitWords(before.text) !== unitWords(c.text)) c.conversion = true;
  }
  return claims;
}

/** The words of a value's text without its number: "mph" of "140 mph", "km/h" of "225 km/h". */
const unitWords = (text: string) => text.replace(/[\d.,\s]+/g, ' ').trim().toLowerCase();

/**
 * The scale a measure is written in, by its unit word: 1.609344 for "185 mph", 1 for "295 km/h",
 * 0.3048 for "13 feet"; "F" and "C" for temperatures. Undefined for other values. Two measures
 * written in different scales are one converted into the other, rounded as outlets round.
 */
export function writtenScale(text: string): string | undefined {
  const words = unitWords(text).split(' ');
  const w = words[words.length - 1].replace(/^\u00B0/, '');
  if (w === 'km/h') return '1';
  if (w === 'c' || w === 'celsius' || w === 'centigrade') return 'C';
  if (w === 'f' || w === 'fahrenheit') return 'F';
  const m = MEASURES[w];
  return m ? String(m[1]) : undefined;
}

/** A possessive's "'s" (or "s'"), straight or curly. */
export const POSSESSIVE_END = /['\u2019]s$/i;
/** Most words read after a possessive weekday for what it names. */
const DAY_NAMED_WORDS = 2;

/**
 * What a possessive weekday names by its day: "vendor-caused issue" in "Friday morning's
 * vendor-caused issue", "by-election" in "Thursday's by-election". The words after it, up to a
 * stop word or a comma.
 */
function dayNamed(toks: Tok[], i: number): string[] | undefined {
  let k = i;
  if (!POSSESSIVE_END.test(toks[k].text)) {
    if (!DAY_PARTS.has(toks[k + 1]?.lower.replace(POSSESSIVE_END, '') ?? '') || !POSSESSIVE_END.test(toks[k + 1].text)) return undefined;
    k++;
  }
  const out: string[] = [];
  for (let j = k + 1; j < toks.length && out.length < DAY_NAMED_WORDS && toks[j].start - toks[j - 1].end <= 1; j++) {
    if (NOUN_STOP.has(toks[j].lower) || !/^\p{L}/u.test(toks[j].text)) break;
    out.push(toks[j].lower);
  }
  return out.length ? out : undefined;
}

/** Words naming kinds of deadly event, by kind: a quake, a fire, a storm, a crash, a shooting, an attack, a flood. */
const EVENT_KINDS: Record<string, string> = wordTable({
  earthquake: 'quake', earthquakes: 'quake', quake: 'quake', quakes: 'quake', tremor: 'quake', temblor: 'quake',
  fire: 'fire', fires: 'fire', blaze: 'fire', wildfire: 'fire', wildfires: 'fire', inferno: 'fire',
  storm: 'storm', hurricane: 'storm', typhoon: 'storm', cyclone: 'storm', tornado: 'storm',
  flood: 'flood', floods: 'flood', flooding: 'flood', landslide: 'flood', landslides: 'flood', tsunami: 'flood',
  crash: 'crash', crashed: 'crash', collision: 'crash', collided: 'crash', derailment: 'crash', derailed: 'crash', capsized: 'crash', shipwreck: 'crash', sank: 'crash',
  shooting: 'shooting', shootings: 'shooting', gunman: 'shooting', rampage: 'shooting', rampaged: 'shooting',
  attack: 'attack', attacks: 'attack', bombing: 'attack', blast: 'attack', explosion: 'attack', airstrike: 'attack', airstrikes: 'attack',
  war: 'war', fighting: 'war', pandemic: 'disease', outbreak: 'disease', epidemic: 'disease',
});

/** How far back from a fate's count its event is looked for (a sentence of many counts stays linear). */
const EVENT_LOOKBACK = 40;

/** The kind of the event named nearest before a fate's count in its sentence: "the powerful earthquake that struck …, killing 48 people". */
function eventBefore(toks: Tok[], first: number): string | undefined {
  for (let k = first - 1; k >= 0 && k >= first - EVENT_LOOKBACK; k--) {
    const kind = eventKind(toks[k - 1]?.lower ?? '', toks[k].lower, toks[k + 1]?.lower ?? '');
    if (kind) return kind;
  }
  return undefined;
}

/** The kind of event a lower-case word names between its neighbours: "opened fire" is a shooting, "the fire department" no fire. */
export function eventKind(before: string, word: string, after: string): string | undefined {
  const kind = EVENT_KINDS[word];
  if (kind !== 'fire') return kind;
  if (OPENED.has(before)) return 'shooting';
  return FIRE_SERVICE.has(after) ? undefined : kind;
}
const OPENED = new Set(['open', 'opened', 'opening', 'opens']);
const FIRE_SERVICE = new Set('department service services brigade chief chiefs officials official crews crew fighters station truck trucks engines agency authority marshal'.split(' '));

/** The bare number in "… to three" right after a value ending at `end` (its tokens from `from` on): a change's end with its unit left out. */
function elidedChangeEnd(toks: Tok[], from: number, end: number, sentence: string, base: number): { index: number; value: number; step: number } | undefined {
  const k = tokenAfter(toks, from, end);
  if (toks[k]?.lower !== 'to' || sentence.slice(end - base, toks[k].start - base) !== ' ') return undefined;
  const n = toks[k + 1] ? parseNumber(toks[k + 1].text) : undefined;
  const after = toks[k + 2];
  // A unit, scale or noun after it makes it a value of its own ("to 12 people", "to 3 million").
  if (!n || (after && !NOUN_STOP.has(after.lower))) return undefined;
  return { index: k + 1, value: n.value, step: n.step };
}

/** Percentage points after a number, in any spelling: "1.5 percentage points", "25 basis points" and "25bp" (hundredths). */
function percentagePointsAt(toks: Tok[], j: number): { factor: number; end: number } | undefined {
  const u = toks[j];
  if (!u) return undefined;
  const points = /^points?$/.test(toks[j + 1]?.lower ?? '');
  if (u.lower === 'percentage' && points) return { factor: 1, end: toks[j + 1].end };
  if (u.lower === 'basis' && points) return { factor: 0.01, end: toks[j + 1].end };
  if (u.lower === 'bps' || u.lower === 'bp') return { factor: 0.01, end: u.end };
  return undefined;
}

/** Units written glued to their number that the measures above leave as counts ("2.6GHz", "512GB", "96W", "60fps"). */
const GLUED_UNITS = new Set(['hz', 'khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'w', 'kw', 'mw', 'gw', 'wh', 'kwh', 'mwh', 'gwh', 'mah', 'v', 'ms', 'fps', 'ppi', 'dpi', 'mp', 'rpm', 'db', 'nm']);

/**
 * A temperature right after the number toks[i]: "41C" or "106F" glued, "41°C", "41 °C", "41 degrees
 * Celsius", "41 degrees C". Bare "degrees" is left: an angle as often.
 */
function temperatureAfter(toks: Tok[], i: number, sentence: string, base: number): { fahrenheit: boolean; end: number } | undefined {
  const t = toks[i];
  const u = toks[i + 1];
  if (!u || (u.text !== 'C' && u.text !== 'F' && u.lower !== 'degrees' && u.lower !== 'degree')) return undefined; // most numbers leave here
  const between = sentence.slice(t.end - base, u.start - base);
  // "iPhone 5C" is a model: a glued letter after a capitalised name is no scale. So is a code that
  // goes on past the letter, "flight 7C2216", or follows "flight": "Jeju Air flight 7C 2216".
  const model = (i > 0 && /\p{Lu}/u.test(toks[i - 1].text) && toks[i - 1].end === t.start - 1) || /^[\p{L}\p{N}]/u.test(sentence.slice(u.end - base, u.end - base + 1)) || (i > 0 && toks[i - 1].lower === 'flight');
  if ((u.text === 'C' || u.text === 'F') && ((between === '' && !model) || /^ ?\u00B0$/.test(between))) return { fahrenheit: u.text === 'F', end: u.end };
  const d = toks[i + 2];
  if (between === ' ' && (u.lower === 'degrees' || u.lower === 'degree') && d && d.start === u.end + 1 && (d.text === 'C' || d.text === 'F' || d.lower === 'celsius' || d.lower === 'fahrenheit' || d.lower === 'centigrade')) return { fahrenheit: d.text === 'F' || d.lower === 'fahrenheit', end: d.end };
  return undefined;
}

/** A minus sign (or "minus") right before the number at `at`: "-5C", "minus 5C", not "12-5". */
function belowZero(sentence: string, at: number): boolean {
  if (/^(?:\s|\()?[-\u2212]$/.test(sentence.slice(Math.max(0, at - 2), at))) return true;
  return /\bminus $/i.test(sentence.slice(Math.max(0, at - 6), at));
}

/** Of those, the ones also written after a space ("512 GB"), in their capitals. */
const SPACED_UNITS = new Set(['khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'kwh', 'mwh', 'gwh', 'mah']);

/** A unit symbol right after the number token `before`: glued to it, or after a space in its usual capitals. */
function isUnitSymbol(t: Tok, before: Tok): boolean {
  if (t.start === before.end) return GLUED_UNITS.has(t.lower);
  return t.start === before.end + 1 && SPACED_UNITS.has(t.lower) && t.text !== t.lower;
}

/** Prefixes a year takes with a hyphen ("mid-2020", "Post-1945"): no model name. */
const YEAR_PREFIXES = new Set(['mid', 'pre', 'post', 'early', 'late', 'ex', 'anti', 'non', 'circa']);

/**
 * A number that is part of a name, not a figure: glued to a letter before it ("G7", "A320"), after a
 * capitalised word and a hyphen ("F-35", "COVID-19"), glued to letters that are no unit after it
 * ("5G", "3D"), or a file name's ("1409.jpeg").
 */
function partOfName(toks: Tok[], i: number, sentence: string, base: number, measure: [string, number] | undefined): boolean {
  const t = toks[i];
  const at = t.start - base;
  if (at > 0 && charOfKindAt(sentence, at - 1, LETTER) > 0) return true;
  const prev = toks[i - 1];
  if (prev && sentence[at - 1] === '-' && prev.end === t.start - 1 && /^\p{Lu}/u.test(prev.text) && !YEAR_PREFIXES.has(prev.lower)) return true;
  if (sentence[t.end - base] === '.' && charOfKindAt(sentence, t.end - base + 1, LETTER) > 0) return true;
  const next = toks[i + 1];
  if (!next || next.start !== t.end || !/^\p{L}/u.test(next.text)) return false;
  // Glued letters that the branches of extractClaims read as a unit, scale or ordinal ("12ª temporada").
  if (measure || isUnitSymbol(next, t) || /^[\u00AA\u00BA]/.test(next.text) || temperatureAfter(toks, i, sentence, base)) return false;
  return SCALES[next.lower] === undefined && TIME_UNITS[next.lower] === undefined && next.lower !== 'bp' && next.lower !== 'bps' && next.text !== 'pc';
}

/** "between $28,000 and $60,000 a year": the rate named after a range's second sum is the first's too. */
function ratesOfRanges(claims: Claim[], rates: Map<Claim, number>, sentence: string, base: number): void {
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

/** The unit of measure right after the number toks[i], if any; "m" only where it is metres. */
function measureAfter(toks: Tok[], i: number): [string, number] | undefined {
  const t = toks[i];
  const u = toks[i + 1];
  if (!u || u.start - t.end > 1) return undefined;
  if (u.lower === 'm') return isMetres(toks, i) ? ['metre', 1] : undefined;
  const h = toks[i + 2];
  if (u.lower === 'km' && h?.lower === 'h' && h.start === u.end + 1) return ['km/h', 1]; // "80 km/h"
  const m = MEASURES[u.lower];
  if (!m || (ABBREVIATED.has(u.lower) && u.text !== u.lower)) return undefined; // "5 G" or "3 KM" in a headline: not sure enough
  const prev = toks[i - 1];
  if (prev && SYMBOLS[prev.text]) return undefined;
  return m;
}

/** Words after "of" that name no stuff: "13 feet of the wall" is a part of something, not rain or snow. */
const NOT_STUFF = new Set('the a an its their his her our this that these those each every'.split(' '));

/**
 * What a length measures when the text says so right after its unit: "20 inches of rain", "3 feet
 * of snow" (rain, snow). A storm's rain and its surge, both lengths, were compared in one real
 * story's sentences ("up to 20 inches of rain and a significant storm surge" against "a storm surge
 * of up to 13 feet"); stated, the stuff keeps them apart.
 */
function measuredStuff(sentence: string, at: number): string | undefined {
  const m = STUFF_AFTER.exec(sentence.slice(at, at + 80));
  return m && !NOT_STUFF.has(m[1]) ? singular(m[1]) : undefined;
}

/** "of rain" after a length, also past its conversion: "20 inches (50 centimeters) of rain", and after the conversion itself. */
const STUFF_AFTER = /^\s*(?:\([^()]{1,40}\)\s*|\)\s*)?of\s(\p{Ll}{3,})(?!\p{L})/u;

/**
 * "4.2m" is metres, not millions, when it is attached, has no currency before it, and no noun
 * after it to count: "reached 4.2m at the gauge", "1.5m higher", "a 2m-deep trench" ("4.2m
 * people", "£4m" and "sales of 4.2m units" are millions).
 */
function isMetres(toks: Tok[], i: number): boolean {
  const t = toks[i];
  const m = toks[i + 1];
  if (m.start !== t.end || m.text !== 'm') return false;
  const prev = toks[i - 1];
  if (prev && (SYMBOLS[prev.text] || CURRENCY_WORDS[prev.lower])) return false;
  const next = toks[i + 2];
  if (!next) return false; // "sales reached 4.2m.": millions as often as metres
  return LENGTH_WORDS.has(next.lower) || (NOUN_STOP.has(next.lower) && next.lower !== 'of' && next.lower !== 'in');
}

/** Words after a duration that make it the time between two events: "five years after the loss", "two years ago". */
const GAP_WORDS = new Set(['after', 'since', 'before', 'ago', 'later', 'earlier', 'prior']);

/** What the duration ending at `end` (its number at toks[i]) measures, by the word right after it (see Claim.span). */
function durationSpan(toks: Tok[], i: number, end: number): 'of' | 'gap' | undefined {
  const next = toks[tokenAfter(toks, i, end)]?.lower;
  return next === 'of' ? 'of' : next !== undefined && GAP_WORDS.has(next) ? 'gap' : undefined;
}

/** How far back from a figure "averaging" may govern it: "averaging 20.8 points, 5.4 rebounds and five assists". */
const AVERAGE_LOOKBACK = 9;

/**
 * The figure is an average, not a total: a list's figures after "averaging", "averaged", "an
 * average of", or a figure "per game" / "a game". Compared only with averages ("averaging 20.8
 * points, 5.4 rebounds and five assists" is not the game's "21 points, eight rebounds and six assists").
 */
function averaged(toks: Tok[], first: number, end: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - AVERAGE_LOOKBACK; k--) if (toks[k].lower.startsWith('averag')) return true;
  const k = tokenAfter(toks, first, end);
  if (toks[k]?.lower === 'per' || (toks[k]?.lower === 'a' && PER_UNITS.has(toks[k + 1]?.lower ?? ''))) return PER_UNITS.has(toks[k + 1]?.lower ?? '');
  return false;
}
const PER_UNITS = new Set(['game', 'match', 'night', 'outing', 'contest', 'start']);

/** "since" right before the value starting at `start` (a token at or before i): "at his beach house since July 17". */
function sinceBefore(toks: Tok[], i: number, start: number): boolean {
  let k = i;
  while (k > 0 && toks[k].start > start) k--;
  return toks[k - 1]?.lower === 'since';
}

/** Words of a distance restated in brackets, passed over before its place: "72 kilometres (45 miles) southwest of Marrakesh". */
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'mi', 'metres', 'meters', 'm', 'feet', 'ft', 'yards']);
/** A compass direction: "north", "southwest", "north-east". */
const DIRECTION = /^(?:north|south|east|west)(?:-?(?:east|west))?$/;

/**
 * The place a distance is measured from, after it: "bhubaneswar" in "170 km north of Bhubaneswar",
 * "kolkata" in "250 km from Kolkata". Two distances from two places are two facts ("about 250 km
 * south of Kolkata", "approximately 170 km north of Bhubaneswar").
 */
function placeMeasuredFrom(toks: Tok[], k: number): string | undefined {
  for (let n = 0; n < 2 && k < toks.length && (/^\d/.test(toks[k].text) || DISTANCE_UNITS.has(toks[k].lower)); n++) k++;
  const direction = DIRECTION.test(toks[k]?.lower ?? '');
  if (direction || toks[k]?.lower === 'away') k++;
  if (direction && DIRECTION.test(toks[k]?.lower ?? '')) k++; // "north-east", read as two words
  const link = toks[k]?.lower;
  if (!(link === 'from' || (link === 'of' && direction))) return undefined;
  if (toks[k + 1]?.lower === 'the') k++;
  const w = toks[k + 1];
  return w && /^\p{Lu}/u.test(w.text) ? w.lower : undefined;
}

/** Qualifiers passed over, looking back from a value for what it is said of: "a turnout of just over 61 per cent". */
const ANCHOR_QUALIFIERS = new Set([...APPROX, ...ABOVE, ...BELOW, 'just', 'only', 'least', 'most', 'more', 'than', 'nearly', 'some', 'at']);
/** Words that say a value is the measure of the word before them ("turnout of", "turnout at", "rate was", "rose to"); not "on", "for", "in". */
const ANCHOR_LINKS = new Set('of at was is were are stood stands reached hit rose fell to'.split(' '));

/**
 * The word a value is said of: "turnout" in "a turnout of just over 61 per cent", "turnout at
 * 61.3%", "Turnout 61.3 per cent". Qualifiers, then at most one linking word, then a word of four
 * letters or more that is not itself a stop word.
 */
function anchorBefore(toks: Tok[], first: number): string | undefined {
  let k = first - 1;
  while (k >= 0 && k >= first - 4 && ANCHOR_QUALIFIERS.has(toks[k].lower) && !ANCHOR_LINKS.has(toks[k].lower)) k--;
  if (k >= 0 && ANCHOR_LINKS.has(toks[k].lower)) k--;
  const w = toks[k];
  if (k >= 0 && turnoutBefore(toks, k)) return 'turnout';
  return w && w.lower.length >= 4 && !NOUN_STOP.has(w.lower) && !ANCHOR_QUALIFIERS.has(w.lower) && /^\p{L}/u.test(w.text) ? w.lower : undefined;
}

/** How far back a turnout may stand before its verb, past what it is of: "Turnout in this year's parliamentary elections reached". */
const TURNOUT_SPAN = 6;

/** "Turnout in/at/for …" ends at toks[k], the word before the verb: the value is the turnout, not the elections'. */
function turnoutBefore(toks: Tok[], k: number): boolean {
  for (let b = k - 1; b >= 0 && b >= k - TURNOUT_SPAN; b--) {
    if (toks[b].lower === 'turnout') return /^(?:in|at|for)$/.test(toks[b + 1].lower);
  }
  return false;
}

/**
 * The number at toks[i] is the second of a pair that is no range: the seconds of a clock ("with
 * 1:57 left": no count of 57 "left") or the losing side of a score, which runs downward ("a 19-16
 * lead", "a 10-0 first-half lead", "a 439-247 edge"). A range runs upward ("10-20 people" reads up
 * to 20), and so does no model's variant ("Boeing's 787-9 Dreamliner").
 */
function secondOfPair(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  if (!prev || prev.end !== toks[i].start - 1 || !/^\d+$/.test(prev.text) || !/^\d+$/.test(toks[i].text)) return false;
  const sep = sentence[prev.end - base];
  if (sep === ':') return true;
  // "787-9", "787-10": a model's variant, its number shorter than the model's, stays a count (a changed variant is found).
  const variant = prev.text.length >= 3 && toks[i].text.length < prev.text.length;
  return (sep === '-' || sep === '\u2013') && +prev.text >= +toks[i].text && !variant;
}

/** Words between an ordinal and what it is said of: "equalised in the 38th minute", "won his third title". */
const ORDINAL_LEAD = new Set(['the', 'in', 'on', 'at', 'a', 'an', 'his', 'her', 'its', 'their', 'for']);

/**
 * The word an ordinal is said of, before it: "equalised" in "equalised in the 38th minute". With
 * more ordinals of one noun on one side ("ahead in the 12th minute … equalised in the 38th minute"
 * against "equalised in the 37th minute"), it pairs them (see anchoredPartner).
 */
function ordinalAnchor(toks: Tok[], i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && k >= i - 3 && ORDINAL_LEAD.has(toks[k].lower)) k--;
  const w = toks[k];
  return w && k < i - 1 && w.lower.length >= 4 && !NOUN_STOP.has(w.lower) && /^\p{Ll}/u.test(w.text) ? w.lower : undefined;
}

/** How many of a period fit in a year, for the words that make a sum a rate. */
const PER_YEAR: Record<string, number> = wordTable({ year: 1, annum: 1, month: 12, week: 52, day: 365, annually: 1, yearly: 1, monthly: 12, weekly: 52, daily: 365 });

/**
 * Periods per year when the sum ending before toks[j] is a rate: "a month", "per year", "each
 * week", "annually". The caller starts after a currency named after the number ("40 NOK a month");
 * a currency word left over after a sign ("£20 pounds a week") is passed over.
 */
function ratePerYear(toks: Tok[], j: number): number | undefined {
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

/** The number is followed by "s" or "'s" with nothing between: a decade ("1960s", "1960's"). */
function isDecade(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const next = toks[i + 1];
  if (next === undefined || next.lower !== 's') return false;
  const gap = next.start - toks[i].end;
  return gap === 0 || (gap === 1 && /['\u2019]/.test(sentence[toks[i].end - base]));
}

function monthOf(t: Tok): number {
  const full = MONTHS.indexOf(t.lower);
  if (full >= 0) return t.lower === 'may' && t.text === 'may' ? -1 : full;
  if (t.text[0] !== t.lower[0] && t.lower in MONTH_ABBR) return MONTH_ABBR[t.lower];
  return -1;
}

/** The nouns a magnitude is given for: the quake itself, or one of its aftershocks. */
const SHOCKS = new Set('quake quakes earthquake earthquakes tremor tremors temblor temblors shock shocks aftershock aftershocks'.split(' '));

/**
 * Whose magnitude the number at toks[i] is ("magnitude" at toks[j], or i): the shock named right
 * after it, else the nearest one in the 30 words before it. An aftershock's ("followed by a strong
 * 6.4 magnitude aftershock", "Aftershocks followed, with the strongest measuring 6.4 magnitude") is
 * compared only with aftershocks': paired with the quake's 7.7 in a sentence on the same epicentre,
 * it was a false alarm in real coverage of one quake.
 */
function magnitudeOf(toks: Tok[], i: number, j: number): string {
  for (let k = j + 1; k <= j + 2 && k < toks.length; k++) if (SHOCKS.has(toks[k].lower)) return toks[k].lower.startsWith('aftershock') ? 'aftershock magnitude' : 'magnitude';
  for (let k = i - 1; k >= Math.max(0, i - 30); k--) if (SHOCKS.has(toks[k].lower)) return toks[k].lower.startsWith('aftershock') ? 'aftershock magnitude' : 'magnitude';
  return 'magnitude';
}

/**
 * A measure named just before its number: "magnitude 6.4", "a magnitude of 6.4", "the death toll rose
 * to 23", "a toll of 23", "a crowd of 8,412", "attendance was 8,412". The number must end its
 * phrase (no noun of its own after it).
 */
function measureBefore(toks: Tok[], i: number): string | undefined {
  const w1 = toks[i - 1]?.lower;
  const w2 = toks[i - 2]?.lower;
  if (w1 === 'magnitude' || (w1 === 'of' && w2 === 'magnitude')) return 'magnitude';
  let head = -1;
  for (let k = i - 1; k >= Math.max(0, i - 7) && head < 0; k--) if (toks[k].lower in MEASURE_HEADS) head = k;
  if (head < 0 || nounAfter(toks, i + 1)) return undefined;
  // Only linking words between the measure and the number: "rose to", "stood at", "of", "has climbed to".
  for (let k = head + 1; k < i; k++) if (!TOLL_LINKS.has(toks[k].lower)) return undefined;
  return MEASURE_HEADS[toks[head].lower];
}

/**
 * A dateline opening the sentence: a place of up to four capitalised words (and its state or
 * country), a comma, the report's date, an agency in brackets, then a dash or the story: "NEW
 * DELHI, April 27 (IANS) The toll …", "WASHINGTON, Nov. 3 (Reuters) - …", "LAS VEGAS, Feb. 11 (UPI)
 * -- …". Anchored, each part bounded, words split at spaces only (a hyphen stays inside its word).
 */
const DATELINE = /^\s*\p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*){0,3},(?: \p{Lu}[\p{L}.'\u2019-]*(?: \p{Lu}[\p{L}.'\u2019-]*)?,)? (?:\p{L}{3,9}\.? \d{1,2}|\d{1,2} \p{L}{3,9})(?:,? \d{4})?(?: \([\p{L}][\p{L} .&-]{0,30}\))?(?=\s?[-\u2013\u2014]|\s\p{Lu})/u;

/** The length of the dateline opening this sentence, 0 when it has none. Its place is in capitals or an agency follows the date ("Ana Ruiz, April 27 - the day she won" is no dateline). */
function datelineLength(sentence: string): number {
  const m = DATELINE.exec(sentence);
  return m && (m[0].includes('(') || /^\s*\p{Lu}{2,}\b/u.test(m[0])) ? m[0].length : 0;
}

/** The dash between the days of a range: "June 24-25", "24–25 June". */
const DAY_RANGE_DASH = /^\s?[-\u2013]\s?$/;

/** Determiners before a year that names an event: "the 2002 … crash", "its 2019 election". */
const EVENT_DETERMINERS = new Set('the a its their his her this that'.split(' '));

/** A year between a determiner and a word, "the 2002 Air China crash": it names the event. */
function namesEvent(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  const next = toks[i + 1];
  return !!prev && !!next && EVENT_DETERMINERS.has(prev.lower) && /^\p{L}/u.test(next.text) && /^\s+$/.test(sentence.slice(toks[i].end - base, next.start - base));
}

/**
 * The name a year follows, "World Cup 2023", "Euro 2022", "Vision 2030": the year names that event
 * or plan, and the name's last word says which. A capital opening the sentence ("In 2023") is no
 * name, nor is a title-cased small word ("Sales Rise In 2023"), a word with digits ("Q3 2023") or
 * a time of year ("March 2023", "Fall 2019", "Mid 2024").
 */
function eventNameBefore(toks: Tok[], i: number, sentence: string, base: number): string | undefined {
  const prev = toks[i - 1];
  if (i < 2 || !CAPITALISED_WORD.test(prev.text) || STOPWORDS.has(prev.lower) || TIMES_OF_YEAR.has(prev.lower) || monthOf(prev) >= 0 || weekdayOf(prev) >= 0) return undefined;
  return /^ $/.test(sentence.slice(prev.end - base, toks[i].start - base)) ? prev.lower : undefined;
}
const CAPITALISED_WORD = /^\p{Lu}\p{L}*$/u;
const TIMES_OF_YEAR = new Set('spring summer autumn fall winter mid early late end start christmas easter'.split(' '));

/** What befell people or things, by the words that say it, in one class each: "killed", "dead" and "died" are one fate. */
const FATES: Record<string, string> = wordTable({
  killed: 'dead', dead: 'dead', died: 'dead', perished: 'dead', drowned: 'dead',
  injured: 'injured', wounded: 'injured', hurt: 'injured',
  missing: 'missing', unaccounted: 'missing',
  rescued: 'rescued', saved: 'rescued',
  evacuated: 'evacuated', displaced: 'displaced', arrested: 'arrested', detained: 'arrested',
  hospitalised: 'hospitalised', hospitalized: 'hospitalised', recovered: 'recovered', destroyed: 'destroyed', damaged: 'damaged',
});
/** The verbs before a count that say its fate: "killing 241 people", "injuring 22". */
const FATE_VERBS: Record<string, string> = wordTable({
  killing: 'dead', killed: 'dead', kills: 'dead', kill: 'dead', injuring: 'injured', injured: 'injured', wounding: 'injured', wounded: 'injured',
  rescuing: 'rescued', rescued: 'rescued', evacuating: 'evacuated', evacuated: 'evacuated', arresting: 'arrested', arrested: 'arrested', detaining: 'arrested', detained: 'arrested',
  destroying: 'destroyed', destroyed: 'destroyed', damaging: 'damaged', damaged: 'damaged',
});
/** Words between a count and its fate: "six people are missing", "two workers who were rescued", "six presumed dead". */
const FATE_LINKS = new Set('who that which are were is was have has had been being remain remained remains still now reported confirmed feared believed presumed thought known to be all'.split(' '));
/** Words between a fate's verb and the count: "killing at least 265 people". */
const COUNT_QUALIFIERS = new Set('at least about around some nearly almost more than over up to an estimated another'.split(' '));

/**
 * What befell the things a count counts, when its clause says: by a verb before it ("killing at
 * least 265 people") or a word after it, past links ("six people are missing", "the remains of two
 * people who were killed"). Two counts of one noun with different fates are different numbers:
 * real coverage of one bridge collapse set "two people" whose remains were recovered against "six
 * people are missing". Within the clause: no punctuation between.
 */
function fateOf(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): string | undefined {
  let b = first - 1;
  while (b >= 0 && COUNT_QUALIFIERS.has(toks[b].lower) && first - b <= 3) b--;
  if (b >= 0 && FATE_VERBS[toks[b].lower] && /^\s+$/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) return FATE_VERBS[toks[b].lower];
  const k = tokenAfter(toks, i, end);
  for (let n = 0; n < 6 && k + n < toks.length; n++) {
    const w = toks[k + n];
    if (/[^\s]/.test(sentence.slice((n === 0 ? end : toks[k + n - 1].end) - base, w.start - base))) return undefined;
    if (FATES[w.lower]) return FATES[w.lower];
    if (!FATE_LINKS.has(w.lower)) return undefined;
  }
  return undefined;
}

/** Words before an amount that put it on top of another: "a further €30.9m", "an additional $5 million", "another 20 people". */
const ADDED = new Set(['further', 'additional', 'another', 'extra']);
/** Words before a sum that make it another thing's: "a follow-up $3.5 trillion spending package", "a separate … bill". */
const SEPARATE = new Set(['follow-up', 'separate', 'rival', 'companion', 'competing']);
/** How far before a sum such a word is looked for: "a separate, even more ambitious $3.5 trillion …". */
const SEPARATE_WORDS = 4;

/** One of SEPARATE within four words before the sum at toks[first], in its clause but for commas between adjectives. */
function separateBefore(toks: Tok[], first: number, sentence: string, base: number): boolean {
  for (let k = first - 1; k >= 0 && k >= first - SEPARATE_WORDS; k--) {
    if (SEPARATE.has(toks[k].lower)) return true;
    if (/[.;:!?()\u2014]/.test(sentence.slice(toks[k].end - base, toks[k + 1].start - base))) return false;
  }
  return false;
}

/** Auxiliaries before a verb in a clause of its own: "Dominion had been seeking", "the union was demanding". */
const AUXILIARIES = new Set('had has have was were is are been be'.split(' '));
/** Letters of the asking verbs below, in either case: a sentence without one has no amount asked for. */
const ASKING_HINTS = ['ought', 'eek', 'emand', 'equest', 'sked for'];
/** Verbs of asking for an amount: what a plaintiff sought, a prosecutor demanded, a union asked for. */
const ASKING = new Set('sought seek seeks seeking demanded demand demands demanding requested request requests requesting'.split(' '));
/** Words between an asking verb and the amount: "sought a sentence of up to 50 years", "demanded damages of $2 million". */
const ASKED_LINKS = new Set('a an the of up to at least about around some nearly more than over as much many just only sentence sentences damages compensation payment payments pay rise raise fine fines total sum award term terms prison jail in'.split(' '));

/**
 * The amount at toks[first] is one asked for: an asking verb before it, past linking words only
 * ("had sought $1.6 billion", "sought a sentence of up to 50 years"), or one after it in a clause
 * of its own ("the $1.6 billion in damages Dominion had been seeking"). "Asked for" counts too.
 */
function askedFor(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): boolean {
  for (let b = first - 1; b >= 0 && first - b <= 8; b--) {
    const w = toks[b].lower;
    if (/[^\s$\u00A3\u20AC.-]/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) break;
    if (ASKING.has(w) || (w === 'for' && toks[b - 1]?.lower === 'asked')) return true;
    if (!ASKED_LINKS.has(w) && !/^\d/.test(w)) break; // "sought 40 to 50 years": the range's other end too
  }
  // After it, a clause with its own subject and an auxiliary: "the $1.6 billion … Dominion had been
  // seeking" (not "four candidates seeking the White House", "three ways to seek enforcement").
  const k = tokenAfter(toks, i, end);
  for (let n = 1; n < 7 && k + n < toks.length; n++) {
    const w = toks[k + n];
    if (/[^\s]/.test(sentence.slice(toks[k + n - 1].end - base, w.start - base))) return false;
    if (ASKING.has(w.lower)) return n >= 2 && AUXILIARIES.has(toks[k + n - 1].lower);
  }
  return false;
}

/** Verbs of a change, before "to (a) Category 1": "weakened to a Category 1", "was upgraded to Category 5". */
const CHANGE_VERBS = new Set('weakened weakening strengthened strengthening intensified intensifying downgraded upgraded diminished dropped fell grew rose'.split(' '));

/** A sentence giving an exit poll's figures: compared only with expected figures (another poll's, a projection's), not with the count. */
const EXIT_POLL = /\bexit[- ]polls?\b/i;

/** Letters of the words below, in either case: a sentence without one has no expected figure. */
const FORECAST_HINTS = ['nalyst', 'onsensus', 'stimate', 'orecast', 'xpect', 'rojected', 'redicted', 'conomists'];
/** Words that make a figure linked to them one expected: "estimates of", "analysts had expected", "the consensus EPS estimate is". */
const FORECAST_WORDS = new Set("analyst analysts analysts' consensus estimate estimates estimated forecast forecasts forecasted expected expecting expectations projected predicted anticipated economists".split(' '));
/** Words between such a word and its figure: verbs, articles and the measure ("analysts had expected revenue of", "estimates for earnings of"). */
const FORECAST_LINKS = new Set('a an the and of for at to be is was were are had have has been about around some nearly roughly just only on average polled by zacks lseg refinitiv factset wall street eps revenue revenues sales earnings profit profits income loss losses margin margins per share quarterly annual full-year net gross operating adjusted diluted'.split(' '));

/** Tokens read back from a figure for a forecast word: "expected revenue of $24.88 billion and earnings of 83 cents". */
const FORECAST_REACH = 10;

/**
 * The figure at toks[first] is one analysts or a consensus expected: a forecast word before it in its
 * clause, past linking words only ("beating analysts' estimates of $24.88 billion", "Analysts had
 * expected earnings of 83 cents a share"), or right after it ("the $24.88 billion analysts had
 * expected", "versus 444,569 estimated by seven analysts"). "Beat expectations with revenue of $24.93
 * billion" is the reported figure: "with" links nothing.
 */
function expectedFigure(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): boolean {
  for (let b = first - 1; b >= 0 && first - b <= FORECAST_REACH; b--) {
    if (/[^\s$\u00A3\u20AC.'\u2019-]/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) break;
    const w = toks[b].lower;
    // "An estimated 300 people" is an approximation; "as expected, revenue rose" the reported figure.
    if (FORECAST_WORDS.has(w)) return w !== 'estimated' && !(w === 'expected' && toks[b - 1]?.lower === 'as');
    if (!FORECAST_LINKS.has(w) && !/^[\d$\u00A3\u20AC\u00A5]/.test(w) && !(w in SCALES)) break; // "expected revenue of $24.88 billion and earnings of 83 cents": the list goes on
  }
  for (let k = tokenAfter(toks, i, end), n = 0; k < toks.length && n < 4; k++, n++) {
    if (/[^\s]/.test(sentence.slice(toks[k - 1].end - base, toks[k].start - base))) return false;
    const w = toks[k].lower;
    if (FORECAST_WORDS.has(w) && w !== 'estimate' && w !== 'estimates') return true;
    if (!FORECAST_LINKS.has(w)) return false;
  }
  return false;
}

/** Words between "and" and the second share of a split count: "and at least five in the south", "and another 24 on the ground". */
const SHARE_QUALIFIERS = new Set('at least about around some nearly almost another more than over up to'.split(' '));
/** Counts without a figure that a second share may be: "and dozens on the ground". */
const VAGUE_COUNTS = new Set('dozens scores hundreds thousands several many few dozen'.split(' '));
/** How far after a count its second share's "and" is looked for, and a list's comma ("… were injured in the earthquake in Valna, 35 in …"). */
const SPLIT_AND_WORDS = 6;
const SPLIT_LIST_WORDS = 8;

/** A number in digits or words: "35", "1,200", "nine". */
const isCountWord = (t: Tok) => /^\d[\d,]*$/.test(t.text) || t.lower in SMALL;

/** What follows a second share whose noun is left out: a place or group ("in the south", "on the ground") or "others". */
const SHARE_FOLLOWERS = new Set('in on at from inside outside near across aboard among elsewhere others more'.split(' '));
/** Prepositions of place a second share with its own noun is followed by: "four fatalities in Haiti". */
const SHARE_PLACES = new Set('in on at inside outside near across aboard among'.split(' '));

/**
 * A count split in two, its second share's noun left out: "killing 241 people onboard and dozens on
 * the ground", "12 workers inside the plant and three on the road outside", or given with a place:
 * "three deaths in Jamaica … and at least four fatalities in Haiti", or listed by place after a comma:
 * "175 people were injured in Bihar, 35 in West Bengal, …". The first share is
 * not the whole: against another file's total it is no conflict (it is still compared with shares).
 * "And" within six words of the count's end, a list's comma within eight, and no punctuation before them but a comma.
 */
function splitCountAfter(toks: Tok[], i: number, end: number, sentence: string, base: number): boolean {
  const k = tokenAfter(toks, i, end);
  for (let n = 0; n < SPLIT_LIST_WORDS && k + n < toks.length; n++) {
    const w = toks[k + n];
    const gap = sentence.slice((n === 0 ? end : toks[k + n - 1].end) - base, w.start - base);
    // A list by place after a comma, the first count's place given too: "175 people were injured
    // in Bihar, 35 in West Bengal, …" ("12 people were arrested, 3 in the city" counts them all).
    if (/^,\s+$/.test(gap) && isCountWord(w) && SHARE_PLACES.has(toks[k + n + 1]?.lower ?? '')) return toks.slice(k, k + n).some((t) => SHARE_PLACES.has(t.lower));
    if (w.lower !== 'and' ? /[^\s]/.test(gap) : /[^\s,]/.test(gap)) return false;
    if (w.lower !== 'and' || n >= SPLIT_AND_WORDS) continue;
    let q = k + n + 1;
    while (q < toks.length && SHARE_QUALIFIERS.has(toks[q].lower) && q < k + n + 3) q++;
    const share = toks[q];
    if (!share || !(isCountWord(share) || VAGUE_COUNTS.has(share.lower))) return false;
    const after = toks[q + 1];
    // "and at least four fatalities in Haiti": a noun of its own, then the place, is a share too.
    if (after && /^\p{Ll}{3,}$/u.test(after.text) && !SHARE_FOLLOWERS.has(after.lower) && SHARE_PLACES.has(toks[q + 2]?.lower ?? '')) return true;
    // The share ends its clause ("and dozens."), or a place or group follows it ("and dozens on the ground").
    if (after === undefined || /[^\s]/.test(sentence.slice(share.end - base, after.start - base))) return /^\s*(?:[,;.:)!?\u2014-]|$)/.test(sentence.slice(share.end - base));
    return SHARE_FOLLOWERS.has(after.lower);
  }
  return false;
}

/** Nouns of the people a vehicle carries. */
const ABOARD_UNITS = new Set(['passenger', 'people', 'person', 'crew']);
/** After the count, words saying they were aboard: "171 passengers and six crew members on board". */
const ABOARD_AFTER = /^[^.;:!?\d]{0,30}?\b(?:on board|on-board|onboard|aboard|boarded)\b/i;

/**
 * The count of people at toks[first] is of those a vehicle carried: "a plane carrying 174
 * passengers", "… passengers aboard", "… and six crew members on board", a later count of a list
 * after "carrying" ("carrying two pilots, ten crew members, and 230 passengers"). "Carried" is enough
 * only after a vehicle ("The plane … carried 230 passengers"; "the airline carried 40 million
 * passengers last year" is a year's traffic).
 */
function saysAboard(toks: Tok[], first: number, end: number, sentence: string, base: number, unit: string): boolean {
  // Back over a list of the people carried ("carrying two pilots, ten crew members, and 230
  // passengers"); not to a crew, which one list counts with its pilots and another without.
  const reach = unit === 'crew' ? 1 : ABOARD_LIST_REACH;
  for (let b = first - 1; b >= 0 && first - b <= reach + (APPROX.has(toks[first - 1]?.lower ?? '') ? 1 : 0); b--) {
    if (/[.;:!?\u2013\u2014]/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) break;
    const w = toks[b].lower;
    // "Carried" says so when a vehicle did the carrying: "The plane … carried 230 passengers".
    if (w === 'carrying' || ((w === 'carried' || w === 'carries') && VEHICLE.test(sentence.slice(0, toks[b].start - base)) && !A_YEARS_TRAFFIC.test(sentence.slice(end - base, end - base + 30)))) return true;
    if (!APPROX.has(w) && !ABOARD_LIST_WORDS.has(w) && !/^\d/.test(w) && !(w in SMALL)) break;
  }
  return ABOARD_AFTER.test(sentence.slice(end - base, end - base + 50));
}

/** Tokens read back from a count of people for the verb that says a vehicle carried them. */
const ABOARD_LIST_REACH = 12;
/** Words of a list of the people aboard, between "carrying" and a later count of it. */
const ABOARD_LIST_WORDS = new Set('and crew members member cabin passengers passenger pilots pilot people persons flight attendants attendant staff'.split(' '));
/** After a count, a year or a rate: a service's traffic ("carried 1.4 million passengers in 2024", "… a year"), not one trip's load. */
const A_YEARS_TRAFFIC = /^\s(?:in (?:\d{4}|the (?:first|last|past)\b)|(?:a|per|each|every) (?:year|month|week|day)|annually|last year|this year)/i;
/** A vehicle before "carried": the plane's load, not an airline's year of traffic. */
const VEHICLE = /\b(?:plane|aircraft|jet|jetliner|airliner|flight|helicopter|ship|ferry|vessel|boat|train|bus|coach)\b/i;

/** The first token at or after `end` (a claim's end), looking from toks[i] on. */
function tokenAfter(toks: Tok[], i: number, end: number): number {
  let k = i;
  while (k < toks.length && toks[k].start < end) k++;
  return k;
}

/** The month and day after a year in an ISO date: the "-12-19" of "2022-12-19". */
const ISO_DATE_REST = /^-\d{2}-\d{2}(?!\d)/;

/** Words after a duration that make it time left on a clock: "with 23 seconds left", "six minutes remaining". */
const CLOCK_LEFT = new Set(['left', 'remaining', 'remain']);

/** Units a game's clock counts in. */
const GAME_CLOCK_UNITS = new Set(['minutes', 'minute', 'mins', 'seconds']);

/**
 * The duration ending at `end` is followed by "left" or "remaining", or after "with" by "to go" or
 * "to play" ("it took four years to go from …" is a duration); or is minutes or seconds after
 * "after", a moment the clock reached ("2-0 down after 80 minutes").
 */
function clockLeft(toks: Tok[], i: number, end: number): boolean {
  // "recovered from 2-0 down after 80 minutes", "inseparable after 120 minutes of play": the clock's elapsed minutes.
  if (toks[i - 1]?.lower === 'after' && GAME_CLOCK_UNITS.has(toks[i + 1]?.lower ?? '')) return true;
  const k = tokenAfter(toks, i, end);
  const w = toks[k]?.lower;
  if (w === undefined) return false;
  if (CLOCK_LEFT.has(w)) return true;
  const withBefore = toks.slice(Math.max(0, i - 3), i).some((t) => t.lower === 'with');
  return withBefore && w === 'to' && (toks[k + 1]?.lower === 'go' || toks[k + 1]?.lower === 'play');
}

/** Words after "two of the" that pick from a group rather than name it: "two of the most senior", "two of the other". */
const NOT_A_GROUP = new Set('most least more many few other others same last next'.split(' '));

/** Determiners of a group a count is part of: "two of the injured", "three of its engines". */
const GROUP_DETERMINERS = new Set('the its their his her our'.split(' '));

/**
 * The group a count is part of, at toks[j] = "of": "Two of the injured were taken to hospital"
 * (an adjective standing for its noun counts, as after an ordinal), "two of the biggest banks".
 * Not a number word ("five of the seven members" is partOfTotal's when in digits) nor a pronoun.
 */
function groupAfterOf(toks: Tok[], j: number): Tok | undefined {
  if (toks[j]?.lower !== 'of' || !GROUP_DETERMINERS.has(toks[j + 1]?.lower ?? '')) return undefined;
  const w = toks[j + 2];
  // Not a name ("three of the Browns") nor a word that picks from the group ("two of the most senior").
  if (!w || w.text[0] !== w.lower[0] || NOT_A_GROUP.has(w.lower) || w.lower in SMALL || w.lower in ORDINAL_WORDS || w.lower in SCALES) return undefined;
  const noun = nounAfter(toks, j + 2, true);
  // "60 of the embattled 737 Max jets": the adjective stood before a model's name, not for its noun.
  const after = noun && toks[toks.indexOf(noun) + 1];
  return after && /^\d/.test(after.text) ? undefined : noun;
}

/**
 * What befell a bare count of people, "866 were diagnosed with dementia", "686 of them were
 * diagnosed", "12 have been arrested": the participle, which stands for the counted noun (as
 * "four injured" does). Only a lower-case participle right after "was", "were" or "has/have/had been".
 */
function fateAfter(toks: Tok[], j: number): Tok | undefined {
  let k = j;
  if (toks[k]?.lower === 'of' && PRONOUN_GROUPS.has(toks[k + 1]?.lower ?? '')) k += 2;
  const aux = toks[k]?.lower;
  if (aux === 'were' || aux === 'was') k++;
  else if ((aux === 'have' || aux === 'has' || aux === 'had') && toks[k + 1]?.lower === 'been') k += 2;
  else return undefined;
  const w = toks[k];
  if (!w || w.text !== w.lower) return undefined;
  return CASUALTIES.has(w.lower) || PARTICIPLE.test(w.lower) ? w : undefined;
}

const PRONOUN_GROUPS = new Set(['them', 'those', 'these', 'whom']);
const PARTICIPLE = /^\p{Ll}{3,}ed$/u;

/** Words between "of" and a total: "19 of the 31 seats", "11 of its 14 counts", "19 of the council's 31 seats". */
const TOTAL_DETERMINERS = new Set('the its their his her our your a an'.split(' '));
const totalDeterminer = (lower: string) => TOTAL_DETERMINERS.has(lower) || POSSESSIVE_END.test(lower);

/**
 * A part of a total at the number toks[i], "19 of the council's 31 seats": the noun the total
 * counts, so that the part is a count of it too. Digits on both sides, the part not above the total.
 */
function partOfTotal(toks: Tok[], i: number): string | undefined {
  // Digits, or a number word ("four of its twelve main cables"); "one of the" picks one out, it counts nothing.
  const whole = (t: Tok) => (/^\d{1,3}(?:,\d{3})*$/.test(t.text) ? +t.text.replace(/,/g, '') : t.lower !== 'hundred' && t.lower in SMALL ? SMALL[t.lower] : NaN);
  const part = toks[i].lower === 'one' ? NaN : whole(toks[i]);
  // "19 of the 31 seats", "37 out of 150 seats".
  const of = toks[i + 1]?.lower === 'out' ? i + 2 : i + 1;
  if (toks[of]?.lower !== 'of' || Number.isNaN(part)) return undefined;
  for (let k = of + 1; k < Math.min(toks.length, of + 4); k++) {
    const w = toks[k];
    if (/^\d/.test(w.text) || w.lower in SMALL) {
      if (!(whole(w) >= part)) return undefined;
      const noun = nounAfter(toks, k + 1);
      return noun && !(noun.lower in SCALES) ? singular(noun.lower) : undefined;
    }
    if (!totalDeterminer(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * The count at toks[i] is the total of a part given before it: the 150 of "37 out of 150 seats" (or
 * of "two survivors out of 181"), the 31 of "19 of the council's 31 seats", or said to be all of
 * them in digits: "all 543 constituencies".
 * The size of the whole, not a share of it.
 */
function totalOfPart(toks: Tok[], i: number): boolean {
  // "results for all 543 constituencies": the whole, against another file's "542 of the 543".
  if (toks[i - 1]?.lower === 'all' && /^\d/.test(toks[i].text)) return true;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && totalDeterminer(toks[k].lower)) k--;
  if (toks[k]?.lower !== 'of') return false;
  const out = toks[k - 1]?.lower === 'out';
  const before = out ? toks[k - 2] : toks[k - 1];
  const isPart = (w: Tok | undefined) => w !== undefined && (/^\d/.test(w.text) || w.lower in SMALL) && w.lower !== 'one';
  // "left only two survivors out of 181 passengers and crew": the part's noun between.
  return isPart(before) || (out && /^\p{Ll}+$/u.test(before?.text ?? '') && isPart(toks[k - 3]));
}

/** Measures named before their number, and the unit each is compared in. */
const MEASURE_HEADS: Record<string, string> = wordTable({ toll: 'death toll', crowd: 'crowd', attendance: 'crowd', majority: 'majority' });

/**
 * The measures a story states once, by unit, and the words they are named by: a count of one of
 * these is compared across sentences (see claim-conflict). Not magnitude: a quake story's
 * aftershock has one too, often in a sentence of its own.
 */
export const STORY_MEASURES: ReadonlyMap<string, string[]> = (() => {
  const byUnit = new Map<string, string[]>();
  for (const [head, unit] of Object.entries(MEASURE_HEADS)) byUnit.set(unit, [...(byUnit.get(unit) ?? []), head]);
  return byUnit;
})();

/** The words a sentence giving the people aboard names them by (see `aboard`). */
export const ABOARD_WORDS = ['aboard', 'board', 'onboard', 'boarded', 'carrying', 'carried', 'carries'];

const TOLL_LINKS = new Set('of to at rose risen climbed reached stood stands is was has had now jumped grew increased hit fell fallen dropped shrank least more than over nearly about some around almost'.split(' '));

/** A claim of one exact value (a weekday, a date, an ordinal, an age, a tally). */
function exact(kind: ClaimKind, unit: string, v: number, text: string, start: number, end: number): Claim {
  return { kind, unit, low: v, high: v, text, start, end };
}

/**
 * An age at the number toks[i]: "34-year-old", "34 years old", "aged 34", "9-month-old" (in months), or a name's apposition
 * "Webb, 51, was convicted" (a capitalised word, commas either side, a lower-case word after), or
 * a full name's at the sentence's end: "said passenger Tomas Berg, 41.".
 * Gives where the age's text ends and the last token it uses.
 */
function ageAt(toks: Tok[], i: number, sentence: string, base: number): { end: number; last: number; person?: string; unit?: string } | undefined {
  const t = toks[i];
  const next = toks[i + 1];
  const v = +t.text;
  if (!/^\d{1,3}$/.test(t.text) || v > 120) return undefined;
  if (next && /^years?-old$/.test(next.lower) && next.start === t.end + 1) return { end: next.end, last: i + 1, person: nameAfterAge(toks, i + 2, sentence, base) };
  if (next && /^(?:month|week|day)s?-old$/.test(next.lower) && next.start === t.end + 1) return { end: next.end, last: i + 1, unit: `age in ${next.lower.replace(/s?-old$/, '')}s` };
  if (next && /^years?$/.test(next.lower) && toks[i + 2]?.lower === 'old') return { end: toks[i + 2].end, last: i + 2 };
  const prev = toks[i - 1];
  if (prev?.lower === 'aged') return { end: t.end, last: i };
  const around = sentence.slice(t.start - base - 2, t.end - base + 2);
  // "Mr. Lee (33)", as Korean and German papers give an age: only after a title, since "Kane (45)"
  // is a goal's minute and "Root (45)" a batsman's runs.
  if (prev && sentence[t.start - base - 1] === '(' && sentence[t.end - base] === ')' && /^\p{Lu}\p{Ll}/u.test(prev.text) && prev.end === t.start - 2 && HONORIFICS.has(toks[i - 2]?.lower ?? '')) {
    return { end: t.end, last: i }; // a surname alone may be any of a family: compared by sentence only
  }
  if (prev && around === `, ${t.text}, ` && /^\p{Lu}\p{Ll}/u.test(prev.text) && monthOf(prev) < 0 && !WEEKDAYS.includes(prev.lower) && next && /^\p{Ll}/u.test(next.text) && !namesAGroup(toks, i - 1)) {
    return { end: t.end, last: i, person: fullNameBefore(toks, i - 1) };
  }
  // At the sentence's end, "said passenger Tomas Berg, 41.": only after a full name, since "…
  // runway in Port Alder, 27." may close a list.
  if (prev && next === undefined && sentence.slice(t.start - base - 2).trimEnd() === `, ${t.text}.` && /^\p{Lu}\p{Ll}/u.test(prev.text)) {
    const person = fullNameBefore(toks, i - 1);
    if (person) return { end: t.end, last: i, person };
  }
  return undefined;
}

/**
 * The person an "N-year-old" is said of, by a full name right after it ("23-year-old Tyler
 * Robinson") or after one noun and a comma ("a 22-year-old man, Tyler Robinson,"). A run of capitals
 * holding more than a name ("the 33-year-old Turning Point USA co-founder") is none.
 */
function nameAfterAge(toks: Tok[], k: number, sentence: string, base: number): string | undefined {
  const t = toks[k];
  if (!t || t.start !== toks[k - 1].end + 1) return undefined;
  if (/^\p{Ll}+$/u.test(t.text) && toks[k + 1] && sentence.slice(t.end - base, toks[k + 1].start - base) === ', ') {
    const name = fullNameAt(toks, k + 1);
    const after = toks[k + 1 + (name?.split(' ').length ?? 0)];
    return name && (!after || sentence[after.start - base - 2] === ',' || sentence[after.start - base - 1] === '.') ? name : undefined;
  }
  return fullNameAt(toks, k);
}

/** Titles before a surname: "Mr. Lee (33)". */
const HONORIFICS = new Set(['mr', 'ms', 'mrs', 'miss', 'mr.', 'ms.', 'mrs.', 'dr', 'dr.', 'herr', 'frau']);

/** Words a person's name is followed by, as a sentence goes on: "Tyler Robinson remains silent", "… was arrested". */
const AFTER_NAME = new Set('is was has had remains remained remain says said told who whose appeared faces faced will would could pleaded as and of from in on at to for with after before but'.split(' '));

/**
 * Two or three words in title case from toks[k], one space apart, then the sentence's punctuation or
 * a verb: a full name. "The 22-year-old Harbour City striker" names a team, "the 33-year-old
 * Turning Point USA co-founder" an organisation.
 */
function fullNameAt(toks: Tok[], k: number): string | undefined {
  let last = k;
  while (last < toks.length && /^\p{Lu}\p{Ll}/u.test(toks[last].text) && !NOT_NAME_WORDS.has(toks[last].lower) && (last === k || toks[last].start === toks[last - 1].end + 1)) last++;
  const n = last - k;
  if (n < 2 || n > 3) return undefined;
  const after = toks[last];
  if (after && after.start === toks[last - 1].end + 1 && !(AFTER_NAME.has(after.lower) || /^\p{Ll}+ed$/u.test(after.text))) return undefined;
  return toks.slice(k, last).map((w) => w.lower).join(' ');
}

/**
 * The capitalised words ending at toks[last] follow "the": a party, a team or a body ("the Liberal
 * Democrats, 71, …" lists its seats), not a person given an age.
 */
function namesAGroup(toks: Tok[], last: number): boolean {
  const first = capitalisedRunStart(toks, last);
  return toks[first - 1]?.lower === 'the' && toks[first - 1].end + 1 === toks[first].start;
}

/** The first token of the run of capitalised words ending at toks[last], one space apart, at most `most` of them, "The" not taken. */
function capitalisedRunStart(toks: Tok[], last: number, most = Infinity): number {
  let first = last;
  while (first > 0 && last - first + 1 < most && toks[first - 1].lower !== 'the' && /^\p{Lu}/u.test(toks[first - 1].text) && toks[first - 1].end + 1 === toks[first].start) first--;
  return first;
}

/**
 * Nouns that number a thing rather than count it when a figure follows them: "Flight 370",
 * "Highway 101", "Category 5", "Windows 11".
 */
const LABEL_NOUNS = new Set(
  'flight route highway interstate terminal gate platform pier berth runway category level phase stage building tower block lot room ward district precinct zone unit box no number channel studio series season episode chapter section article part volume amendment proposition prop measure question bill act form model version type class grade division league game round week day match apollo windows covid'.split(' '),
);

/**
 * A bare figure after a name in a sentence that already counted something: "Labour won 412 seats,
 * the Conservatives 121 and the Liberal Democrats 72", "Spain won 22 medals, France 18". The noun
 * is said once and left out after; read without it, the figure was no claim and the sentence was
 * compared as if it gave one value. The name follows a comma or "and" (after "the" or not), the
 * figure closes its clause, and a name that labels rather than holds ("Flight 370") is left alone.
 * Gives the count whose noun it takes.
 */
function gappedCountOf(claims: readonly Claim[], toks: Tok[], i: number, sentence: string, base: number): Claim | undefined {
  let counted: Claim | undefined;
  for (let n = claims.length - 1; n >= 0 && !counted; n--) if (claims[n].kind === 'count' && !claims[n].share) counted = claims[n];
  if (!counted || !/^\d{1,3}(?:,\d{3})*$/.test(toks[i].text)) return undefined;
  const after = sentence.slice(toks[i].end - base).match(/^\s*(?:[,;.)]|and\b|$)/);
  if (!after) return undefined;
  const name = i - 1;
  if (name < 0 || !/^\p{Lu}\p{Ll}/u.test(toks[name].text)) return undefined;
  if (!/^,? $/.test(sentence.slice(toks[name].end - base, toks[i].start - base))) return undefined;
  let first = capitalisedRunStart(toks, name, 4);
  if (first === i - 1 && LABEL_NOUNS.has(toks[first].lower)) return undefined;
  if (toks[first - 1]?.lower === 'the') first--;
  const before = sentence.slice(0, toks[first].start - base).trimEnd();
  if (!before.endsWith(',') && !/\band$/.test(before)) return undefined;
  return counted.start < toks[first].start ? counted : undefined;
}

/** Words before a name that are not part of it: "Judge Marit Halvorsen", "Former minister Ana Ruiz". */
const NOT_NAME_WORDS = new Set('the a an mr mrs ms dr prof judge former late sir dame president minister mayor governor senator rep sen gov councillor councilor officer sergeant captain chief coach'.split(' '));

/**
 * The full name ending at toks[last]: two to four capitalised words in a row, one space apart
 * (titles left out). One word alone ("Scott, 43,") may be any of a family, so it gives none.
 */
function fullNameBefore(toks: Tok[], last: number): string | undefined {
  let first = last;
  while (first > 0 && last - first < 3 && /^\p{Lu}\p{Ll}/u.test(toks[first - 1].text) && toks[first - 1].end + 1 === toks[first].start && !NOT_NAME_WORDS.has(toks[first - 1].lower)) first--;
  if (first === last) return undefined;
  const parts: string[] = [];
  for (let k = first; k <= last; k++) parts.push(toks[k].lower);
  return parts.join(' ');
}

/** Time zones after a clock time: a time in one zone is compared only with times in the same zone (or none named). */
const ZONES = new Set('gmt utc bst et est edt ct cst cdt mt mst mdt pt pst pdt cet cest eet eest ist jst kst aest aedt msk hkt sgt wib'.split(' '));
/** Zones written as a word: "9:00 a.m. Eastern". */
const ZONE_WORDS = new Set(['Eastern', 'Central', 'Mountain', 'Pacific']);
/** Before a clock time, words that make it approximate: "shortly before 6pm" is not 6pm sharp. */
const NEAR_TIME = new Set('about around approximately roughly nearly shortly just soon after before circa'.split(' '));
/** After a 24-hour-looking time, words of a game clock: "at 8:14 of the first period", "at 19:56 into the half", "at 12:30 left". */
const GAME_CLOCK = /^\s(?:of\s(?:the\s)?(?:first|second|third|fourth|final|1st|2nd|3rd|4th|opening|extra)\b|into\b|left\b|remaining\b|in\sthe\s(?:first|second|third|fourth|final)\b)/i;
/** Words of a page's timestamp: "Published 8:15 pm", "Updated at 10:31". */
const STAMP_WORDS = new Set('published updated posted modified edited'.split(' '));
/** Before a 24-hour time ("until 18:00"), words that make it a time of day rather than a score or a length. */
const AT_TIME = new Set('at until till by from before after to around about'.split(' '));

/**
 * A time of day at the number toks[i]: "6pm", "6.15pm", "6:30 p.m.", "until 18:00", "at 0800 GMT"
 * (four digits only with a zone: wireTimeAt). Its zone, when named after it, is its unit;
 * the value is minutes after midnight.
 */
function timeAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const t = toks[i];
  // "Nov 19, 2019, 10:31 pm CST", "Updated 8:15 pm": when the page was written, not a claim of the story.
  const before = toks[i - 1];
  if (before && ((/^\d{4}$/.test(before.text) && +before.text >= 1900) || STAMP_WORDS.has(before.lower) || STAMP_WORDS.has(toks[i - 2]?.lower ?? ''))) return undefined;
  const wire = wireTimeAt(toks, i, sentence, base);
  if (wire) return wire;
  // "6.15pm" is one token: British times put a dot between hour and minutes.
  const hm = /^(\d{1,2})(?:\.(\d{2}))?$/.exec(t.text);
  if (!hm) return undefined;
  let h = +hm[1];
  let min = hm[2] === undefined ? 0 : +hm[2];
  if (min > 59) return undefined;
  let k = i + 1;
  let end = t.end;
  const colon = hm[2] === undefined && sentence[t.end - base] === ':';
  if (colon) {
    const m = toks[k];
    if (!m || m.start !== t.end + 1 || !/^\d{2}$/.test(m.text) || +m.text > 59) return undefined;
    min = +m.text;
    end = m.end;
    k++;
  }
  // "a.m." with both dots, or "am" with none: a dot after "pm" ends the sentence.
  const ampm = /^\s?([ap])(?:\.m\.|m\b)/i.exec(sentence.slice(end - base, end - base + 6));
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm[1].toLowerCase() === 'p' ? 12 : 0);
    end += ampm[0].length;
    while (k < toks.length && toks[k].start < end) k++;
  } else if (!colon || h > 23 || !AT_TIME.has(toks[i - 1]?.lower ?? '') || GAME_CLOCK.test(sentence.slice(end - base, end - base + 40))) {
    return undefined; // "6.15" alone is a number, "2:05" alone a length or a score, "at 8:14 of the first period" a game clock
  }
  let unit = 'clock';
  const zone = toks[k];
  const dotted = /^\s?[ECMP]\.(?:[SD]\.)?T\./.exec(sentence.slice(end - base, end - base + 8)); // "8 p.m. E.T."
  if (dotted) {
    unit = `clock ${dotted[0].replace(/[\s.]/g, '').toLowerCase()}`;
    end += dotted[0].length;
  } else if (zone && ZONE_WORDS.has(zone.text) && zone.start - end <= 2) {
    unit = `clock ${zone.lower}`; // "9:00 a.m. Eastern"
    end = zone.end;
  } else if (zone && ZONES.has(zone.lower) && zone.text !== zone.lower && zone.start - end <= 2) {
    unit = `clock ${zone.lower}`;
    end = zone.end;
  } else if (zone?.lower === 'local' && toks[k + 1]?.lower === 'time') unit = 'clock local';
  else if (zone && /^\p{Lu}/u.test(zone.text) && toks[k + 1]?.lower === 'time') unit = `clock ${zone.lower}`; // "Beijing time"
  const v = h * 60 + min;
  const near = NEAR_TIME.has(toks[i - 1]?.lower ?? '');
  // To the minute, as written; half an hour either side of "about 6pm".
  const spread = near ? 30 : 0.5;
  const claim: Claim = { kind: 'time', unit, low: v - spread, high: v + spread, text: sentence.slice(t.start - base, end - base), start: t.start, end };
  return { claim, last: Math.max(i, k - 1) };
}

/**
 * The token ending a span of two years written as one ("1998/99", "2019-20", "2023/2024": a season,
 * a fiscal year) after the year toks[i]: the next year's two or four digits, joined by a slash or a
 * dash. Read as a count, the "99" of "the 1998-99 season" was 99 seasons.
 */
function yearSpanEnd(toks: Tok[], i: number, year: number, sentence: string, base: number): number | undefined {
  const next = toks[i + 1];
  if (!next || next.start !== toks[i].end + 1 || !/[/\-\u2013]/.test(sentence[toks[i].end - base])) return undefined;
  const follows = next.text.length === 2 ? +next.text === (year + 1) % 100 : next.text.length === 4 && +next.text === year + 1;
  return follows && /^\d+$/.test(next.text) ? i + 1 : undefined;
}

/**
 * What a clock time is the time of, the word before its preposition: "collapse" in "the bridge's
 * collapse at 1:27 a.m.", "conference" in "a press conference at 3:40 p.m.". A story times many
 * things; two times of differently named things are not compared (see claim-conflict).
 */
function timedWord(toks: Tok[], i: number): string | undefined {
  let k = i - 1;
  while (k >= 0 && k >= i - 2 && NEAR_TIME.has(toks[k].lower)) k--;
  // "at" times a moment; "until 8pm" and "by 8pm" bound a span ("a warning until 8pm", "remains in force until 18:00").
  if (toks[k]?.lower !== 'at') return undefined;
  const w = toks[k - 1];
  if (!w || w.lower.length < 4 || NOUN_STOP.has(w.lower) || !/^\p{Ll}/u.test(w.text)) return undefined;
  return w.lower.replace(POSSESSIVE_END, '');
}

/**
 * A wire service's 24-hour time, four digits and a zone in capitals: "by 0910 GMT", "(0100 GMT)",
 * "at 1430 local time". Without the zone four digits are a year, a count or a code.
 */
function wireTimeAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const t = toks[i];
  const hm = /^([01]\d|2[0-3])([0-5]\d)$/.exec(t.text);
  const zone = toks[i + 1];
  if (!hm || !zone || zone.start - t.end > 1) return undefined;
  let unit: string;
  let last = i + 1;
  if (ZONES.has(zone.lower) && zone.text === zone.text.toUpperCase()) unit = `clock ${zone.lower}`;
  else if (zone.lower === 'local' && toks[i + 2]?.lower === 'time') {
    unit = 'clock local';
    last = i + 2;
  } else return undefined;
  const v = +hm[1] * 60 + +hm[2];
  const spread = NEAR_TIME.has(toks[i - 1]?.lower ?? '') ? 30 : 0.5;
  const end = toks[last].end;
  return { claim: { kind: 'time', unit, low: v - spread, high: v + spread, text: sentence.slice(t.start - base, end - base), start: t.start, end }, last };
}

/** Words that make "7-2" a vote, a ruling or a score rather than a range. */
const TALLY_CUES = new Set('vote votes voted voting ruling ruled decision verdict margin majority split won win wins winning beat beats beating lost lose loses losing defeated defeat defeating victory loss draw drew drawing score scored tally blowout rout routed thrashing thrashed triumph'.split(' '));

/** A vote or score at the number toks[i]: "voted 7-2", "a 52-48 vote", "by a vote of 7 to 2", "won 3-1". */
function tallyAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const a = toks[i];
  let k = i + 1;
  const sep = sentence.slice(a.end - base, (toks[k]?.start ?? a.end) - base);
  if (toks[k]?.lower === 'to' && sep === ' ') k++;
  else if (sep !== '-' && sep !== '\u2013') return undefined;
  const b = toks[k];
  if (!b || !/^\d{1,3}$/.test(a.text) || !/^\d{1,3}$/.test(b.text)) return undefined;
  if (/^(?:from|between)$/.test(toks[i - 1]?.lower ?? '')) return undefined; // "the margin narrowed from 7 to 2 points": a change
  if (k === i + 2 && sentence.slice(toks[i + 1].end - base, b.start - base) !== ' ') return undefined;
  // In a list of set scores ("6-2, 6-2, 7-6 (7-4)") the cue may stand by any of them.
  let first = i;
  while (scoreAt(toks, first - 2, sentence, base) === first - 1 && sentence.slice(toks[first - 1].end - base, toks[first].start - base) === ', ') first -= 2;
  let last = tiebreakAt(toks, k + 1, sentence, base) ?? k;
  for (let next = last + 1; sentence.slice(toks[last].end - base, (toks[next]?.start ?? 0) - base) === ', ' && scoreAt(toks, next, sentence, base) !== undefined; next = last + 1) {
    last = scoreAt(toks, next, sentence, base)!;
    last = tiebreakAt(toks, last + 1, sentence, base) ?? last;
  }
  let cued = false;
  for (let c = Math.max(0, first - 3); c <= Math.min(toks.length - 1, last + 2) && !cued; c++) cued = TALLY_CUES.has(toks[c].lower);
  if (!cued) return undefined;
  // The larger side first: a 7-2 win is a 2-7 loss for the other side.
  const x = +a.text;
  const y = +b.text;
  const v = Math.max(x, y) * 1000 + Math.min(x, y);
  return { claim: exact('tally', 'tally', v, sentence.slice(a.start - base, b.end - base), a.start, b.end), last: k };
}

/**
 * Counts of a post's views, likes and comments: page counters, and where an article gives them
 * ("the video has been viewed 2 million times", "the post drew 40,000 likes") a figure every
 * outlet reads at another hour. Two files never give the same one, so they are no claims.
 */
const ENGAGEMENT = new Set(['view', 'like', 'comment', 'retweet', 'repost', 'reply', 'reaction', 'upvote']);

/** "No. 3", "No 10", "#1": a rank or a number naming a thing, not a count of the word after it. */
function rankLabelBefore(toks: Tok[], i: number, sentence: string, base: number): boolean {
  const prev = toks[i - 1];
  const gap = sentence.slice((prev?.end ?? 0) - base, toks[i].start - base);
  if (prev && /^(?:No|NO|Nos|Nr)$/.test(prev.text) && (gap === '. ' || gap === ' ' || gap === '.')) return true;
  return sentence[toks[i].start - base - 1] === '#';
}

/** A score "6-2" at toks[k] (two small numbers joined by a hyphen or dash): the index of its second number. */
function scoreAt(toks: Tok[], k: number, sentence: string, base: number): number | undefined {
  const a = toks[k];
  const b = toks[k + 1];
  if (!a || !b || !/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text)) return undefined;
  const sep = sentence.slice(a.end - base, b.start - base);
  return sep === '-' || sep === '\u2013' ? k + 1 : undefined;
}

/**
 * A tiebreak in brackets right after a set's score, "7-6 (7-4)", "7-6(4)", at toks[k]: the index of
 * its last number. Outlets give it whole or as the loser's points only; it is part of the set's score.
 */
function tiebreakAt(toks: Tok[], k: number, sentence: string, base: number): number | undefined {
  const t = toks[k];
  if (!t || k < 2 || !/^\d{1,2}$/.test(t.text) || scoreAt(toks, k - 2, sentence, base) !== k - 1) return undefined;
  if (!/^ ?\($/.test(sentence.slice(toks[k - 1].end - base, t.start - base))) return undefined;
  const last = scoreAt(toks, k, sentence, base) ?? k;
  return sentence[toks[last].end - base] === ')' ? last : undefined;
}

/** Words before "56% to 44%" that make it a result's split: "backed the plan by 56% to 44%", "leads Brandt 52% to 48%". */
const SPLIT_CUES = new Set([...TALLY_CUES, 'leads', 'leading', 'led', 'ahead', 'backed', 'rejected', 'approved', 'favour', 'favor']);
/** Words before "by" that make "by 5% to 95%" a change and its result. */
const CHANGE_WORDS = new Set('rose rise rises risen fell fall falls fallen increased increase increases decreased decrease grew grow grows climbed climb dropped drop declined decline jumped jump slipped slid up down cut cuts raised raise lowered lower gained gain lost shrank expanded'.split(' '));

/**
 * A vote's split in percentages, "by 56% to 44%", "52 per cent to 48 per cent": the same tally as
 * "voted 56-44". The two shares make (nearly) a whole, so "rose by 0.2% to 3.1%" is no split.
 */
function percentSplitAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const a = toks[i];
  const afterA = percentEnd(toks, i + 1);
  if (afterA === undefined || toks[afterA]?.lower !== 'to') return undefined;
  const b = toks[afterA + 1];
  if (!b || !/^\d{1,2}$/.test(a.text) || !/^\d{1,2}$/.test(b.text)) return undefined;
  const last = percentEnd(toks, afterA + 2);
  if (last === undefined) return undefined;
  const x = +a.text;
  const y = +b.text;
  // The winner's share first; "by" only after no word of change ("rose by 5% to 95%" is no split).
  if (x < y || x + y < 90 || x + y > 100) return undefined;
  const before = toks[i - 1]?.lower ?? '';
  if (before === 'by' ? CHANGE_WORDS.has(toks[i - 2]?.lower ?? '') : ![toks[i - 1], toks[i - 2], toks[i - 3]].some((w) => w && SPLIT_CUES.has(w.lower))) return undefined;
  const v = Math.max(x, y) * 1000 + Math.min(x, y);
  return { claim: exact('tally', 'tally', v, sentence.slice(a.start - base, toks[last - 1].end - base), a.start, toks[last - 1].end), last: last - 1 };
}

/** A rank in one word, "sixth-largest", "second-biggest": its ordinal's number. */
function rankWord(lower: string): number | undefined {
  const dash = lower.indexOf('-');
  if (dash < 0 || !/^(?:\p{L}+est|most)$/u.test(lower.slice(dash + 1))) return undefined;
  return ORDINAL_WORDS[lower.slice(0, dash)];
}

/**
 * A day written as an ordinal before its month, "3rd December", "the 3rd of December": the date's
 * value (month * 100 + day) and its last token. `num` is the ordinal's number in digits.
 */
function dayOrdinalDate(toks: Tok[], i: number, num: { value: number } | undefined): { value: number; last: number } | undefined {
  if (!num || !Number.isInteger(num.value) || num.value < 1 || num.value > 31) return undefined;
  let m = i + 2;
  if (toks[m]?.lower === 'of') m++;
  const month = toks[m] ? monthOf(toks[m]) : -1;
  return month >= 0 ? { value: month * 100 + num.value, last: m } : undefined;
}

/** The index after a percent sign or word at toks[j] ("%", "percent", "per cent", a British paper's "pc"), or undefined. */
function percentEnd(toks: Tok[], j: number): number | undefined {
  const t = toks[j]?.lower;
  if (t === '%' || t === 'percent' || t === 'pct' || toks[j]?.text === 'pc') return j + 1;
  if (t === 'per' && toks[j + 1]?.lower === 'cent') return j + 2;
  return undefined;
}

/** A counted noun's singular, its unit: "ferries" -> "ferry", "seats" -> "seat" ("series", "species", "glass" stay). */
function singular(noun: string): string {
  if (noun.endsWith('ies') && noun.length > 4 && noun !== 'series' && noun !== 'species') return noun.slice(0, -3) + 'y';
  return noun.replace(/(?<=[^s])s$/, '');
}

/** Adjectives that stand between a number and its noun without an adjective's ending: "twelve main cables", "two extra ferries". */
const PRE_NOUN_ADJECTIVES = new Set('main major key top senior junior former extra further separate single double large small huge short long high low full whole entire other same'.split(' '));

/** Participles a count of people stands before alone: "four injured", "12 wounded", "30 arrested". */
const CASUALTIES = new Set('killed injured wounded arrested detained evacuated rescued displaced hospitalized hospitalised infected'.split(' '));

function nounAfter(toks: Tok[], j: number, ordinal = false): Tok | undefined {
  for (let k = j; k < Math.min(toks.length, j + 3); k++) {
    const w = toks[k];
    if (!/^\p{L}/u.test(w.text)) return undefined;
    if (NOUN_STOP.has(w.lower)) return undefined;
    // An acronym before the noun modifies it: "18th NBA title", "500 IT workers".
    const next = toks[k + 1];
    if (k === j && k > 0 && w.start === toks[k - 1].end + 1 && next?.start === w.end + 1 && /^\p{Lu}{2,5}$/u.test(w.text) && /^\p{Ll}{3,}$/u.test(next.text) && !NOUN_STOP.has(next.lower)) continue;
    if (w.text[0] !== w.lower[0] && k > j) return undefined; // a name, not the counted noun
    if ((w.lower.length > 2 && !/(?:ly|al|ic|ive|ous|ed|est|ful|less|new|old|big)$/.test(w.lower) && !PRE_NOUN_ADJECTIVES.has(w.lower)) || k === j + 2) return w;
    // After an ordinal a word shaped like an adjective is the noun when no noun follows it: "his 10th
    // goal", "the third seed" ("the 5th annual festival" goes on to "festival"). After a count it is
    // not ("40 elderly in the home"), but for the casualties below.
    const alone = !next || !/^\p{L}/u.test(next.text) || NOUN_STOP.has(next.lower);
    if (ordinal && w.lower.length > 2 && alone) return w;
    // Casualties counted by what befell them: "two killed and four injured when …" (not "three injured people").
    if (CASUALTIES.has(w.lower) && alone) return w;
  }
  return undefined;
}

/** Interval of values a qualifier allows, and whether it is an approximation. Exact values allow rounding of their last digit. */
function qualify(toks: Tok[], i: number, firstIdx: number, v: number, step: number): { low: number; high: number; approx: boolean; nearFigure?: boolean } {
  const w1 = toks[firstIdx - 1]?.lower ?? '';
  const w2 = toks[firstIdx - 2]?.lower ?? '';
  const pair = `${w2} ${w1}`;
  const half = step / 2;
  // "the top 1 percent" names a group; "could top $5 billion" is a bound.
  if (w1 === 'top' && w2 === 'the') return { low: v - half, high: v + half, approx: false };
  if (pair === 'more than' || pair === 'at least' || pair === 'upwards of' || pair === 'in excess' || ABOVE.has(w1)) return { low: v - half, high: Infinity, approx: false };
  if (pair === 'less than' || pair === 'fewer than' || pair === 'up to' || pair === 'at most' || (BELOW.has(w1) && w1 !== 'to')) return { low: -Infinity, high: v + half, approx: false };
  if (approximate(toks, firstIdx)) {
    // "about 9,000" rounds; "about 14,200" gives three figures and means them, give or take 3%:
    // widened by 15% it agreed with a source's 12,400. (At 1%, "some $156 billion" conflicted with
    // another outlet's round "$160 billion" for the same tariffs.)
    if (significantDigits(v, step) >= 3) return { low: v * 0.97 - half, high: v * 1.03 + half, approx: false, nearFigure: true };
    return { low: v * 0.85 - half, high: v * 1.15 + half, approx: true };
  }
  return { low: v - half, high: v + half, approx: false };
}

/** Significant figures of a value written to `step`: 9,000 has one, 1,100 two, 14,200 and 2.35 three. */
function significantDigits(v: number, step: number): number {
  let units = Math.round(Math.abs(v) / step);
  if (!Number.isFinite(units) || units === 0) return 0;
  while (units % 10 === 0) units /= 10;
  return String(units).length;
}

/** "about 30%", "roughly 1,200", "close to 40": an approximation (ABOVE and BELOW words aside). */
function approximate(toks: Tok[], firstIdx: number): boolean {
  const w1 = toks[firstIdx - 1]?.lower ?? '';
  return APPROX.has(w1) || (w1 === 'to' && toks[firstIdx - 2]?.lower === 'close');
}
