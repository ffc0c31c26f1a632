/**
 * What a count counts and what befell it: a fate ("killed", "missing"), the event it is of, a share
 * of a split count, the people aboard, the total a part is given of, a story's measures ("death toll").
 */
import { ORDINAL_WORDS, SCALES, SMALL, wordTable } from './numbers';
import { APPROX } from './qualifiers';
import { CASUALTIES, POSSESSIVE_END, Tok, isCountWord, nounAfter, singular, tokenAfter } from './tokens';

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
export function eventBefore(toks: Tok[], first: number): string | undefined {
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

/**
 * A measure named just before its number: "magnitude 6.4", "a magnitude of 6.4", "the death toll rose
 * to 23", "a toll of 23", "a crowd of 8,412", "attendance was 8,412". The number must end its
 * phrase (no noun of its own after it).
 */
export function measureBefore(toks: Tok[], i: number): string | undefined {
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

/** What befell people or things, by the words that say it, in one class each: "killed", "dead" and "died" are one fate. */
const FATES: Record<string, string> = wordTable({
  killed: 'dead', dead: 'dead', died: 'dead', perished: 'dead', drowned: 'dead',
  injured: 'injured', wounded: 'injured', hurt: 'injured',
  missing: 'missing', unaccounted: 'missing', survived: 'survived', survive: 'survived', escaped: 'survived',
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
export function fateOf(toks: Tok[], first: number, i: number, end: number, sentence: string, base: number): string | undefined {
  // "119 injured victims", "12 damaged homes": the fate said before the noun, inside the count.
  const inside = toks[i + 1];
  if (inside && inside.end < end && FATES[inside.lower]) return FATES[inside.lower];
  let b = first - 1;
  while (b >= 0 && COUNT_QUALIFIERS.has(toks[b].lower) && first - b <= 3) b--;
  if (b >= 0 && FATE_VERBS[toks[b].lower] && /^\s+$/.test(sentence.slice(toks[b].end - base, toks[b + 1].start - base))) return FATE_VERBS[toks[b].lower];
  const included = fateOfIncluded(toks, b + 1);
  if (included) return included;
  // "two children, ages 8 and 10, were killed": the ages set off by commas are no break in the clause.
  const ages = APPOSITIVE_AGES.exec(sentence.slice(end - base, end - base + 40));
  const from = ages ? end + ages[0].length : end;
  const k = tokenAfter(toks, i, from);
  // "left two children and the gunman dead": after "left", the fate closes the words it leaves so, whichever they are.
  const leaving = b >= 0 && LEAVING.has(toks[b].lower) && !ages;
  for (let n = 0; n < 6 && k + n < toks.length; n++) {
    const w = toks[k + n];
    if (/[^\s]/.test(sentence.slice((n === 0 ? from : toks[k + n - 1].end) - base, w.start - base))) return undefined;
    if (FATES[w.lower]) return FATES[w.lower];
    // "14 soldiers and 32 other civilians were injured": two counts, one fate; past the second count and its words.
    if (n === 0 && w.lower === 'and' && toks[k + 1] && isCountWord(toks[k + 1])) {
      n = 1;
      while (n < PAIRED_COUNT_WORDS && toks[k + n + 1] && /^\p{Ll}+$/u.test(toks[k + n + 1].text) && !FATE_LINKS.has(toks[k + n + 1].lower) && !FATES[toks[k + n + 1].lower]) n++;
      continue;
    }
    if (!FATE_LINKS.has(w.lower) && !leaving) return undefined;
  }
  return undefined;
}

/** Ages set off by commas right after a count: ", ages 8 and 10,", ", aged 19,". */
const APPOSITIVE_AGES = /^, ag(?:es|ed?) \d{1,3}(?:(?:,? and| to|-)\s?\d{1,3})?,/;

/** Verbs whose object a fate word closes: "left two children and the gunman dead". */
const LEAVING = new Set(['left', 'leaving', 'leaves', 'leave']);

/** The words after "and" of a second count sharing the first's fate: its figure and up to three words ("32 other civilians"). */
const PAIRED_COUNT_WORDS = 4;

/** How far back from "including" the fate of what it includes is looked for: "the death toll, which has mounted to 15, including". */
const INCLUDED_FATE_REACH = 12;

/**
 * The fate of a count listed after "including" (its first token at `from`, past qualifiers), the
 * fate of what includes it: "the death toll, which has mounted to 15, including 14 civilians and 1
 * soldier" (dead), "killing 15 people, including 14 civilians". A second count after "and" counts.
 */
function fateOfIncluded(toks: Tok[], from: number): string | undefined {
  let b = from - 1;
  if (toks[b]?.lower === 'and') for (b--; b >= 0 && from - b <= PAIRED_COUNT_WORDS + 2 && toks[b].lower !== 'including'; b--);
  if (toks[b]?.lower !== 'including') return undefined;
  for (let k = b - 1; k >= 0 && b - k <= INCLUDED_FATE_REACH; k--) {
    // "killing 265 people, including 241 passengers and crew": the verb before the including count tells its fate too.
    const fate = toks[k].lower === 'toll' ? 'dead' : FATES[toks[k].lower] ?? FATE_VERBS[toks[k].lower];
    if (fate) return fate;
  }
  return undefined;
}

/** Words between "and" and the second share of a split count: "and at least five in the south", "and another 24 on the ground". */
const SHARE_QUALIFIERS = new Set('at least about around some nearly almost another more than over up to'.split(' '));

/** Counts without a figure that a second share may be: "and dozens on the ground". */
const VAGUE_COUNTS = new Set('dozens scores hundreds thousands several many few dozen'.split(' '));

/** How far after a count its second share's "and" is looked for, and a list's comma ("… were injured in the earthquake in Valna, 35 in …"). */
const SPLIT_AND_WORDS = 6;
const SPLIT_LIST_WORDS = 8;

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
export function splitCountAfter(toks: Tok[], i: number, end: number, sentence: string, base: number): boolean {
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

/**
 * "at least 24 people on the ground died": those a crash killed where it came down, one share of
 * its dead beside those aboard, whichever way the sentence splits them ("one person on the jet
 * survived and at least 24 people on the ground died"). Like a split count's first share, it is not
 * the whole toll.
 */
export function onTheGround(toks: Tok[], i: number, end: number): boolean {
  const k = tokenAfter(toks, i, end);
  return toks[k]?.lower === 'on' && toks[k + 1]?.lower === 'the' && toks[k + 2]?.lower === 'ground';
}

/** Nouns of the people a vehicle carries. */
export const ABOARD_UNITS = new Set(['passenger', 'people', 'person', 'crew']);

/** After the count, words saying they were aboard: "171 passengers and six crew members on board". */
const ABOARD_AFTER = /^[^.;:!?\d]{0,30}?\b(?:on board|on-board|onboard|aboard|boarded)\b/i;

/**
 * The count of people at toks[first] is of those a vehicle carried: "a plane carrying 174
 * passengers", "… passengers aboard", "… and six crew members on board", a later count of a list
 * after "carrying" ("carrying two pilots, ten crew members, and 230 passengers"). "Carried" is enough
 * only after a vehicle ("The plane … carried 230 passengers"; "the airline carried 40 million
 * passengers last year" is a year's traffic).
 */
export function saysAboard(toks: Tok[], first: number, end: number, sentence: string, base: number, unit: string): boolean {
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
  const after = sentence.slice(end - base, end - base + 60);
  const m = ABOARD_AFTER.exec(after);
  // "All 67 people aboard both aircraft": the load of two vehicles, not of one.
  return !!m && !TWO_VEHICLES.test(after.slice(m[0].length));
}

/** Right after "aboard": two vehicles ("both aircraft", "the two planes"). */
const TWO_VEHICLES = /^\s(?:both|the two|two)\b/i;

/** Tokens read back from a count of people for the verb that says a vehicle carried them. */
const ABOARD_LIST_REACH = 12;

/** Words of a list of the people aboard, between "carrying" and a later count of it. */
const ABOARD_LIST_WORDS = new Set('and crew members member cabin passengers passenger pilots pilot people persons flight attendants attendant staff'.split(' '));

/** After a count, a year or a rate: a service's traffic ("carried 1.4 million passengers in 2024", "… a year"), not one trip's load. */
const A_YEARS_TRAFFIC = /^\s(?:in (?:\d{4}|the (?:first|last|past)\b)|(?:a|per|each|every) (?:year|month|week|day)|annually|last year|this year)/i;

/** A vehicle before "carried": the plane's load, not an airline's year of traffic. */
const VEHICLE = /\b(?:plane|aircraft|jet|jetliner|airliner|flight|helicopter|ship|ferry|vessel|boat|train|bus|coach)\b/i;

/** Words after "two of the" that pick from a group rather than name it: "two of the most senior", "two of the other". */
const NOT_A_GROUP = new Set('most least more many few other others same last next'.split(' '));

/** Determiners of a group a count is part of: "two of the injured", "three of its engines". */
const GROUP_DETERMINERS = new Set('the its their his her our'.split(' '));

/**
 * The group a count is part of, at toks[j] = "of": "Two of the injured were taken to hospital"
 * (an adjective standing for its noun counts, as after an ordinal), "two of the biggest banks".
 * Not a number word ("five of the seven members" is partOfTotal's when in digits) nor a pronoun.
 */
export function groupAfterOf(toks: Tok[], j: number): Tok | undefined {
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
export function fateAfter(toks: Tok[], j: number): Tok | undefined {
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

/** Words between "of" and a total: "19 of the 31 seats", "11 of its 14 counts", "19 of the council's 31 seats", "11 of the same 12 players". */
const BEFORE_TOTAL = new Set('the its their his her our your a an same remaining original available'.split(' '));
const beforeTotal = (lower: string) => BEFORE_TOTAL.has(lower) || POSSESSIVE_END.test(lower);

/**
 * A part of a total at the number toks[i], "19 of the council's 31 seats": the noun the total
 * counts, so that the part is a count of it too. Digits on both sides, the part not above the total.
 */
export function partOfTotal(toks: Tok[], i: number): string | undefined {
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
    if (!beforeTotal(w.lower)) return undefined;
  }
  return undefined;
}

/**
 * The count at toks[i] is the total of a part given before it: the 150 of "37 out of 150 seats" (or
 * of "two survivors out of 181"), the 31 of "19 of the council's 31 seats", or said to be all of
 * them in digits: "all 543 constituencies".
 * The size of the whole, not a share of it.
 */
export function totalOfPart(toks: Tok[], i: number): boolean {
  // "results for all 543 constituencies": the whole, against another file's "542 of the 543".
  if (toks[i - 1]?.lower === 'all' && /^\d/.test(toks[i].text)) return true;
  let k = i - 1;
  while (k > 0 && i - k <= 3 && beforeTotal(toks[k].lower)) k--;
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
