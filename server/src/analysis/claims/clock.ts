/** Clock times ("9:03 a.m. ET", "at 14.30 local time") and a wire story's time stamp. */
import { Claim } from './claim';
import { NOUN_STOP, POSSESSIVE_END, Tok } from './tokens';

/** The month and day after a year in an ISO date: the "-12-19" of "2022-12-19". */
export const ISO_DATE_REST = /^-\d{2}-\d{2}(?!\d)/;

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

/** After a time opening its sentence, the dash of a live blog entry's stamp: "6:36 a.m. - Ambulance crews …". */
const LIVE_ENTRY_DASH = /^ ?[-\u2013\u2014] /;

/** Before a 24-hour time ("until 18:00"), words that make it a time of day rather than a score or a length. */
const AT_TIME = new Set('at until till by from before after to around about'.split(' '));

/**
 * The unit of a time to the second, in minutes: a race's "2:02:27" or "two hours, two minutes and 27
 * seconds", compared only with such times, not with a gap ("nearly three minutes behind").
 */
export const TO_THE_SECOND = 'time to the second';

/** A length written as a clock with hours, "2:02:27" (a race's time), "1:01:30.5": no time of day has seconds in news copy. */
const HOURS_CLOCK = /^(\d{1,2}):([0-5]\d):([0-5]\d)(?:\.(\d{1,2}))?(?![\d:])/;

/** A race's gap written as minutes and seconds, "finished 4:24 behind": read as HOURS_CLOCK's groups with no hours. */
const MINUTES_CLOCK = /^()(\d{1,2}):([0-5]\d)(?:\.(\d{1,2}))?(?![\d:])/;
/** Words after a minutes-and-seconds clock that make it a gap in a race, never a time of day. */
const GAP_WORDS = new Set('behind ahead adrift back clear'.split(' '));

function gapClock(toks: Tok[], i: number, sentence: string, base: number): RegExpExecArray | null {
  const m = MINUTES_CLOCK.exec(sentence.slice(toks[i].start - base, toks[i].start - base + 9));
  if (!m) return null;
  const end = toks[i].start + m[0].length;
  let k = i + 1;
  while (k < toks.length && toks[k].start < end) k++;
  return toks[k] && GAP_WORDS.has(toks[k].lower) && /^ $/.test(sentence.slice(end - base, toks[k].start - base)) ? m : null;
}

/**
 * A duration written as hours, minutes and seconds at toks[i], in minutes: "finishing in 2:02:27" is
 * "two hours, two minutes and 27 seconds"; or minutes and seconds before a race's gap word, "finished
 * 4:24 behind". Not after "at", "until" …: "at 10:30:00" is a time of day, nor right after a date's
 * figure, a page's stamp.
 */
export function clockDurationAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const t = toks[i];
  if (sentence[t.end - base] !== ':') return undefined; // most figures: no slice, no regex
  const m = HOURS_CLOCK.exec(sentence.slice(t.start - base, t.start - base + 12)) ?? gapClock(toks, i, sentence, base);
  if (!m || /[\d:.]/.test(sentence[t.start - base - 1] ?? '') || AT_TIME.has(toks[i - 1]?.lower ?? '')) return undefined;
  // "2018-10-13 06:53:49": a page's stamp after its date.
  if (i > 0 && /\d$/.test(toks[i - 1].text) && t.start - toks[i - 1].end <= 1) return undefined;
  const places = m[4]?.length ?? 0;
  const value = +(m[1] || 0) * 60 + +m[2] + (+m[3] + (places ? +m[4] / 10 ** places : 0)) / 60;
  const step = 10 ** -places / 60;
  const end = t.start + m[0].length;
  let last = i;
  while (last + 1 < toks.length && toks[last + 1].start < end) last++;
  return { claim: { kind: 'duration', unit: TO_THE_SECOND, low: value - step / 2, high: value + step / 2, text: m[0], start: t.start, end }, last };
}

/**
 * A time of day at the number toks[i]: "6pm", "6.15pm", "6:30 p.m.", "until 18:00", "at 0800 GMT"
 * (four digits only with a zone: wireTimeAt). Its zone, when named after it, is its unit;
 * the value is minutes after midnight.
 */
export function timeAt(toks: Tok[], i: number, sentence: string, base: number): { claim: Claim; last: number } | undefined {
  const t = toks[i];
  // "Nov 19, 2019, 10:31 pm CST", "Updated 8:15 pm": when the page was written, not a claim of the story.
  const before = toks[i - 1];
  if (before && ((/^\d{4}$/.test(before.text) && +before.text >= 1900) || STAMP_WORDS.has(before.lower) || STAMP_WORDS.has(toks[i - 2]?.lower ?? ''))) return undefined;
  // The "12" of "6:12 a.m.": a time's minutes, never a time of their own.
  if (before && before.end === t.start - 1 && sentence[t.start - base - 1] === ':' && /^\d{1,2}$/.test(before.text)) return undefined;
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
  // "a.m." with both dots, "p.m" before a comma, or "am" with none: a dot after "pm" ends the sentence.
  const ampm = /^\s?([ap])(?:\.m\.|\.m(?![\p{L}.])|m\b)/iu.exec(sentence.slice(end - base, end - base + 6));
  if (ampm) {
    if (h < 1 || h > 12) return undefined;
    h = (h % 12) + (ampm[1].toLowerCase() === 'p' ? 12 : 0);
    end += ampm[0].length;
    while (k < toks.length && toks[k].start < end) k++;
  } else if (!colon || h > 23 || !AT_TIME.has(toks[i - 1]?.lower ?? '') || GAME_CLOCK.test(sentence.slice(end - base, end - base + 40))) {
    return undefined; // "6.15" alone is a number, "2:05" alone a length or a score, "at 8:14 of the first period" a game clock
  }
  // "6:12 a.m. - Sen. Hoffman's wife saved …" opening its sentence: a live blog entry's stamp, when it was posted.
  if (i === 0 && LIVE_ENTRY_DASH.test(sentence.slice(end - base, end - base + 4))) return undefined;
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
  // "at about 5:07" with neither a.m. nor p.m.: the hour of either half of the day ("05:07" is a 24-hour clock's).
  if (!ampm && h >= 1 && h <= 12 && !t.text.startsWith('0')) claim.twelveHour = true;
  return { claim, last: Math.max(i, k - 1) };
}

/** What a timetable names by its time: "the 6.25pm service", "the 7.15am flight". */
const SERVICES = new Set('service train flight ferry bus coach sailing departure shuttle tram'.split(' '));
/** A time's own minutes after a colon and its a.m. or p.m., after its hour token. */
const TIME_REST = /^(?::[0-5]\d)?\s?(?:[ap]\.?m\b\.?)?/i;

/**
 * "the 6.25pm service from Doncaster", "the 18.25 Doncaster-London train": a timetable's name for a
 * service (its departure), not when something in the story happened, nor a count. Gives the index
 * of the service word, up to which the tokens are no claim.
 */
export function scheduledServiceAt(toks: Tok[], i: number, sentence: string, base: number): number | undefined {
  const t = toks[i];
  if (toks[i - 1]?.lower !== 'the' || !/^\d{1,2}(?:\.[0-5]\d)?$/.test(t.text) || +t.text.split('.')[0] > 23) return undefined;
  const rest = TIME_REST.exec(sentence.slice(t.end - base, t.end - base + 8))![0];
  // An hour alone ("the 6 service") is a route's number, not a time.
  if (!t.text.includes('.') && !rest.trim()) return undefined;
  const end = t.end + rest.length;
  let k = i + 1;
  while (k < toks.length && toks[k].start < end) k++;
  // Up to three place names between: "the 18.25 Doncaster-London train", "the 9am Cairns ferry".
  for (let j = k; j < toks.length && j <= k + 3; j++) {
    if (SERVICES.has(toks[j].lower)) return j;
    if (!/^\p{Lu}/u.test(toks[j].text)) return undefined;
  }
  return undefined;
}

/**
 * What a clock time is the time of, the word before its preposition: "collapse" in "the bridge's
 * collapse at 1:27 a.m.", "conference" in "a press conference at 3:40 p.m.". A story times many
 * things; two times of differently named things are not compared (see claim-conflict).
 */
export function timedWord(toks: Tok[], i: number): string | undefined {
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
