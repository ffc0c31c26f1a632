/**
 * A quote repeated in its own file: a pull quote ("“Their immune system behaves …”" set between
 * paragraphs), a caption quoting the body, a list heading quoting testimony. When its words lie
 * inside a quote the file attributes, it has that speaker: the reader has been told who said it.
 */
import { Attribution } from './attribution';

interface RepeatQuote {
  attribution: Attribution;
  words: string[];
  /** The 0-based line the quote starts on. */
  line: number;
}

/** Characters compared at most per file: a file of thousands of distinct quotes stays linear. */
const COMPARE_BUDGET = 2_000_000;
/** Attributed quotes tried per unattributed one, through its rarest word. */
const MAX_TRIED = 32;

export function attributeRepeats(quotes: RepeatQuote[]): void {
  // Distinct attributed wordings, each padded with spaces so that a match starts and ends on words.
  const texts: string[] = [];
  const owner: RepeatQuote[] = [];
  const seen = new Set<string>();
  const byWord = new Map<string, number[]>();
  for (const q of quotes) {
    if (!q.attribution.attributed || q.words.length === 0) continue;
    const padded = ` ${q.words.join(' ')} `;
    if (seen.has(padded)) continue;
    seen.add(padded);
    const id = texts.push(padded) - 1;
    owner.push(q);
    for (const w of new Set(q.words)) {
      const list = byWord.get(w);
      if (list) list.push(id);
      else byWord.set(w, [id]);
    }
  }
  if (texts.length === 0) return;
  let budget = COMPARE_BUDGET;
  const found = new Map<string, RepeatQuote | undefined>();
  for (const q of quotes) {
    const a = q.attribution;
    if (a.attributed || !a.needsSpeaker || q.words.length === 0) continue;
    const padded = ` ${q.words.join(' ')} `;
    let src = found.get(padded);
    if (!found.has(padded)) {
      src = undefined;
      // Only quotes holding the quote's rarest word can hold the quote.
      let rarest: number[] | undefined;
      for (const w of q.words) {
        const list = byWord.get(w);
        if (!list) {
          rarest = undefined;
          break;
        }
        if (!rarest || list.length < rarest.length) rarest = list;
      }
      for (const id of (rarest ?? []).slice(0, MAX_TRIED)) {
        if (budget <= 0) break;
        budget -= texts[id].length;
        if (texts[id].includes(padded)) {
          src = owner[id];
          break;
        }
      }
      found.set(padded, src);
    }
    if (!src) continue;
    a.attributed = true;
    a.speaker = src.attribution.speaker;
    a.guessed = src.attribution.guessed;
    a.cue = `repeats the quote on line ${src.line + 1}`;
  }
}
