/** Ages and the people they belong to: "Jonas Ekberg, 58,", "the 23-year-old Tyler Robinson", "Mr. Lee (33)". */
import { Tok, WEEKDAYS, monthOf } from './tokens';

/**
 * An age at the number toks[i]: "34-year-old", "34 years old", "aged 34", "9-month-old" (in months), or a name's apposition
 * "Webb, 51, was convicted" (a capitalised word, commas either side, a lower-case word after), or
 * a full name's at the sentence's end: "said passenger Tomas Berg, 41.".
 * Gives where the age's text ends and the last token it uses.
 */
export function ageAt(toks: Tok[], i: number, sentence: string, base: number): { end: number; last: number; person?: string; bearer?: string; unit?: string } | undefined {
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
    return { end: t.end, last: i, bearer: prev.lower }; // a surname alone may be any of a family: compared by sentence only
  }
  if (prev && around === `, ${t.text}, ` && /^\p{Lu}\p{Ll}/u.test(prev.text) && monthOf(prev) < 0 && !WEEKDAYS.includes(prev.lower) && next && /^\p{Ll}/u.test(next.text) && !namesAGroup(toks, i - 1)) {
    const person = fullNameBefore(toks, i - 1);
    return person ? { end: t.end, last: i, person } : { end: t.end, last: i, bearer: prev.lower };
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
  // "their 32-year-old son Nick": a relative named after the word for them, by a first name alone too.
  if (KIN.has(t.lower)) return fullNameAt(toks, k + 1) ?? firstNameAt(toks, k + 1);
  if (/^\p{Ll}+$/u.test(t.text) && toks[k + 1] && sentence.slice(t.end - base, toks[k + 1].start - base) === ', ') {
    const name = fullNameAt(toks, k + 1);
    const after = toks[k + 1 + (name?.split(' ').length ?? 0)];
    return name && (!after || sentence[after.start - base - 2] === ',' || sentence[after.start - base - 1] === '.') ? name : undefined;
  }
  return fullNameAt(toks, k);
}

/** Words for a relative, a name after them: "son Nick", "daughter Romy". */
const KIN = new Set('son daughter wife husband mother father brother sister grandson granddaughter stepson stepdaughter nephew niece cousin'.split(' '));

/** One capitalised word at toks[k], then the sentence's punctuation or a word a name is followed by: "Nick" in "son Nick at their home". */
function firstNameAt(toks: Tok[], k: number): string | undefined {
  const t = toks[k];
  if (!t || !/^\p{Lu}\p{Ll}+$/u.test(t.text) || NOT_NAME_WORDS.has(t.lower)) return undefined;
  const after = toks[k + 1];
  return !after || after.start !== t.end + 1 || AFTER_NAME.has(after.lower) ? t.lower : undefined;
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
export function capitalisedRunStart(toks: Tok[], last: number, most = Infinity): number {
  let first = last;
  while (first > 0 && last - first + 1 < most && toks[first - 1].lower !== 'the' && /^\p{Lu}/u.test(toks[first - 1].text) && toks[first - 1].end + 1 === toks[first].start) first--;
  return first;
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
