/** Units of measure after a number (lengths, temperatures, speeds, magnitudes) and conversions between them. */
import { Claim } from './claim';
import { CURRENCY_WORDS, SYMBOLS } from './currency';
import { wordTable } from './numbers';
import { NOUN_STOP, Tok, singular } from './tokens';

export const TIME_UNITS: Record<string, [string, number]> = wordTable({
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

/**
 * "140 mph (225 km/h)", "20 inches (50 centimeters)", "41C (106F)": a bracketed value in another unit
 * of the same quantity restates the one before it. Marked, so a sentence giving a value and its
 * conversion is compared value with value and conversion with conversion, not as one giving two
 * values. Whether the two agree is not asked: a draft that changed the conversion is warned on it.
 */
export function markConversions(claims: Claim[], sentence: string, base: number): Claim[] {
  if (claims.length < 2 || !sentence.includes('(')) return claims;
  for (let k = 1; k < claims.length; k++) {
    const before = claims[k - 1];
    const c = claims[k];
    if (before.kind !== c.kind || before.unit !== c.unit || before.conversion) continue;
    if (/^\s?\($/.test(sentence.slice(before.end - base, c.start - base)) && unitWords(before.text) !== unitWords(c.text)) {
      c.conversion = true;
      c.restated = (before.low + before.high) / 2;
    }
  }
  return claims;
}

/**
 * "moving north-northeast at 9 mph", "a forward speed of 14 km/h": the speed something travels at,
 * not its winds' ("winds of 185 mph"). Compared only with such speeds.
 */
export function markMovement(claims: Claim[], sentence: string, base: number): Claim[] {
  if (!MOVEMENT_HINT.test(sentence)) return claims;
  return retype(claims, 'km/h', MOVING_SPEED, (c) => MOVING_AT.test(sentence.slice(Math.max(0, c.start - base - 90), c.start - base)));
}

/**
 * "at a depth of about 19 km", "32 km deep", "400 metres below the surface": how deep something is,
 * not how far ("136 km south-east of the city"). A quake's depth was compared with another outlet's
 * distance from the coast in real coverage; compared only with depths.
 */
export function markDepth(claims: Claim[], sentence: string, base: number): Claim[] {
  if (!DEPTH_HINT.test(sentence)) return claims;
  return retype(claims, 'metre', 'metre of depth', (c) => DEPTH_BEFORE.test(sentence.slice(Math.max(0, c.start - base - 40), c.start - base)) || DEPTH_AFTER.test(sentence.slice(c.end - base, c.end - base + 30)));
}

/**
 * Gives the values of unit `from` that `says` reads as another quantity the unit `to`, and with them
 * the conversion markConversions found right after one ("at a depth of 10 km (6 miles)").
 */
function retype(claims: Claim[], from: string, to: string, says: (c: Claim) => boolean): Claim[] {
  for (let k = 0; k < claims.length; k++) {
    const c = claims[k];
    if (c.unit === from && ((c.conversion && claims[k - 1]?.unit === to) || says(c))) c.unit = to;
  }
  return claims;
}

const DEPTH_HINT = /dept|deep|below|beneath|underground/i;
const DEPTH_BEFORE = /\bdepths? of\s(?:about |around |approximately |roughly |some |nearly |just |only |less than |more than )?$/i;
const DEPTH_AFTER = /^(?:\s?\([^()]{1,30}\))?[\s-](?:deep\b|below (?:the )?(?:surface|ground|seabed|sea ?floor|sea level)|beneath\b|underground\b)/i;
const MOVING_SPEED = 'km/h of movement';
const MOVEMENT_HINT = /\b(?:mov|travel|head|drift|crawl|forward)/i;
/** Words right before a speed that make it a pace of travel. */
const MOVING_AT = /(?:\b(?:mov(?:e|es|ed|ing)|travel(?:s|led|ed|ling|ing)?|head(?:s|ed|ing)|drift(?:s|ed|ing)?|crawl(?:s|ed|ing)?)\b[^,.;()]{0,60}?\bat(?: a (?:speed|pace) of)?|\bforward (?:speed|motion|movement|pace) of)\s(?:about |around |nearly |near |roughly |some |just )?$/i;

/** The words of a value's text without its number: "mph" of "140 mph", "km/h" of "225 km/h". */
const unitWords = (text: string) => text.replace(/[\d.,\s]+/g, ' ').trim().toLowerCase();

/**
 * The scale a measure is written in, by its unit word: 1.609344 for "185 mph", 1 for "295 km/h",
 * 0.3048 for "13 feet"; "F" and "C" for temperatures. Undefined for other values. Two measures
 * written in different scales are one converted into the other, rounded as outlets round.
 */
export function writtenScale(text: string): string | undefined {
  const words = unitWords(text).split(' ');
  // "155 miles per hour": the length before "per hour" is the scale.
  const last = words.length >= 3 && words[words.length - 1] === 'hour' ? words.length - 3 : words.length - 1;
  const w = words[last].replace(/^\u00B0/, '');
  if (w === 'km/h') return '1';
  if (w === 'c' || w === 'celsius' || w === 'centigrade') return 'C';
  if (w === 'f' || w === 'fahrenheit') return 'F';
  const m = MEASURES[w];
  return m ? String(m[1]) : undefined;
}

/** Percentage points after a number, in any spelling: "1.5 percentage points", "25 basis points" and "25bp" (hundredths), hyphenated before a noun too ("a 25-basis-point cut"). */
export function percentagePointsAt(toks: Tok[], j: number): { factor: number; end: number } | undefined {
  const u = toks[j];
  if (!u) return undefined;
  if (u.lower === 'percentage-point' || u.lower === 'percentage-points') return { factor: 1, end: u.end };
  if (u.lower === 'basis-point' || u.lower === 'basis-points') return { factor: 0.01, end: u.end };
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
export function temperatureAfter(toks: Tok[], i: number, sentence: string, base: number): { fahrenheit: boolean; end: number } | undefined {
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
export function belowZero(sentence: string, at: number): boolean {
  if (/^(?:\s|\()?[-\u2212]$/.test(sentence.slice(Math.max(0, at - 2), at))) return true;
  return /\bminus $/i.test(sentence.slice(Math.max(0, at - 6), at));
}

/** Of those, the ones also written after a space ("512 GB"), in their capitals. */
const SPACED_UNITS = new Set(['khz', 'mhz', 'ghz', 'kb', 'mb', 'gb', 'tb', 'kwh', 'mwh', 'gwh', 'mah']);

/** A unit symbol right after the number token `before`: glued to it, or after a space in its usual capitals. */
export function isUnitSymbol(t: Tok, before: Tok): boolean {
  if (t.start === before.end) return GLUED_UNITS.has(t.lower);
  return t.start === before.end + 1 && SPACED_UNITS.has(t.lower) && t.text !== t.lower;
}

/**
 * The unit of measure right after the number toks[i], if any ("m" only where it is metres): its
 * dimension, its factor to the dimension's base unit, and the index of its last token.
 */
export function measureAfter(toks: Tok[], i: number): [string, number, number] | undefined {
  const t = toks[i];
  const u = toks[i + 1];
  if (!u || u.start - t.end > 1) return undefined;
  if (u.lower === 'm') return isMetres(toks, i) ? ['metre', 1, i + 1] : undefined;
  const h = toks[i + 2];
  if (u.lower === 'km' && h?.lower === 'h' && h.start === u.end + 1) return ['km/h', 1, i + 2]; // "80 km/h"
  const m = MEASURES[u.lower];
  if (!m || (ABBREVIATED.has(u.lower) && u.text !== u.lower)) return undefined; // "5 G" or "3 KM" in a headline: not sure enough
  const prev = toks[i - 1];
  if (prev && SYMBOLS[prev.text]) return undefined;
  // "155 miles per hour", "120 kilometres an hour": a speed, not a distance.
  if (m[0] === 'metre' && m[1] >= 1000 && perHourAt(toks, i + 2)) return ['km/h', m[1] / 1000, i + 3];
  return [m[0], m[1], i + 1];
}

/** The word between a length and "hour" in a speed: "miles per hour", "kilometres an hour". */
const PER_HOUR_LINK = new Set(['per', 'an', 'a']);

/** "per hour" at toks[k], right after the unit before it: not past a bracket ("85 miles (140 kilometers) per hour"). */
function perHourAt(toks: Tok[], k: number): boolean {
  const link = toks[k];
  const hour = toks[k + 1];
  return !!link && !!hour && PER_HOUR_LINK.has(link.lower) && hour.lower === 'hour' && link.start === toks[k - 1].end + 1 && hour.start === link.end + 1;
}

/** Words after "of" that name no stuff: "13 feet of the wall" is a part of something, not rain or snow. */
const NOT_STUFF = new Set('the a an its their his her our this that these those each every'.split(' '));

/**
 * What a length measures when the text says so right after its unit: "20 inches of rain", "3 feet
 * of snow" (rain, snow). A storm's rain and its surge, both lengths, were compared in one real
 * story's sentences ("up to 20 inches of rain and a significant storm surge" against "a storm surge
 * of up to 13 feet"); stated, the stuff keeps them apart.
 */
export function measuredStuff(sentence: string, at: number): string | undefined {
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

/** Words of a distance restated in brackets, passed over before its place: "72 kilometres (45 miles) southwest of Marrakesh". */
const DISTANCE_UNITS = new Set(['km', 'kms', 'kilometres', 'kilometers', 'kilometre', 'kilometer', 'miles', 'mile', 'mi', 'metres', 'meters', 'm', 'feet', 'ft', 'yards']);

/** A compass direction: "north", "southwest", "north-east", "west-southwest". */
const DIRECTION = /^(?:north|south|east|west)(?:-?(?:east|west))?(?:-(?:north|south)-?(?:east|west))?$/;

/**
 * The place a distance is measured from, after it: "bhubaneswar" in "170 km north of Bhubaneswar",
 * "kolkata" in "250 km from Kolkata", "port" in "136 km south-east of the city of Port Alder", "coast"
 * in "161 km off the coast of Norvia". Two distances from two places are two facts ("about 250 km
 * south of Kolkata", "approximately 170 km north of Bhubaneswar").
 */
export function placeMeasuredFrom(toks: Tok[], k: number): string | undefined {
  for (let n = 0; n < 2 && k < toks.length && (/^\d/.test(toks[k].text) || DISTANCE_UNITS.has(toks[k].lower)); n++) k++;
  const direction = DIRECTION.test(toks[k]?.lower ?? '');
  if (direction || toks[k]?.lower === 'away') k++;
  if (direction && DIRECTION.test(toks[k]?.lower ?? '')) k++; // "north-east", read as two words
  const link = toks[k]?.lower;
  if (!(link === 'from' || link === 'off' || (link === 'of' && direction))) return undefined;
  if (toks[k + 1]?.lower === 'the') k++;
  const w = toks[k + 1];
  if (w && SHORES.has(w.lower)) return w.lower;
  const name = w && TOWNS.has(w.lower) && toks[k + 2]?.lower === 'of' ? toks[k + 3] : w;
  return name && /^\p{Lu}/u.test(name.text) ? name.lower : undefined;
}

/** "the city of Port Alder": the place is the name after the word. */
const TOWNS = new Set(['city', 'town', 'village', 'port', 'capital']);
/** "161 km off the coast of Norvia": measured from the edge, not from Norvia's towns. */
const SHORES = new Set(['coast', 'coastline', 'shore', 'border']);

/** The nouns a magnitude is given for: the quake itself, or one of its aftershocks. */
const SHOCKS = new Set('quake quakes earthquake earthquakes tremor tremors temblor temblors shock shocks aftershock aftershocks'.split(' '));

/**
 * Whose magnitude the number at toks[i] is ("magnitude" at toks[j], or i): the shock named right
 * after it, else the nearest one in the 30 words before it. An aftershock's ("followed by a strong
 * 6.4 magnitude aftershock", "Aftershocks followed, with the strongest measuring 6.4 magnitude") is
 * compared only with aftershocks': paired with the quake's 7.7 in a sentence on the same epicentre,
 * it was a false alarm in real coverage of one quake.
 */
export function magnitudeOf(toks: Tok[], i: number, j: number): string {
  for (let k = j + 1; k <= j + 2 && k < toks.length; k++) if (SHOCKS.has(toks[k].lower)) return toks[k].lower.startsWith('aftershock') ? 'aftershock magnitude' : 'magnitude';
  for (let k = i - 1; k >= Math.max(0, i - 30); k--) if (SHOCKS.has(toks[k].lower)) return toks[k].lower.startsWith('aftershock') ? 'aftershock magnitude' : 'magnitude';
  return 'magnitude';
}
