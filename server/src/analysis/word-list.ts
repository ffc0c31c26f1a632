/**
 * Index records with their words as positions in a word list: how the CLI's cache stores them and
 * how indexing threads send them. A list's words are looked up in the corpus once, not once per
 * record, and the numbers travel between threads and to disk without string copies.
 */
import type { IdRecord, IndexRecord } from './corpus';

/** Words numbered in first-seen order. */
export class WordList {
  readonly words: string[];
  private readonly position: Map<string, number>;

  constructor(words: string[] = []) {
    this.words = words;
    this.position = new Map(words.map((w, i) => [w, i]));
  }

  at(word: string): number {
    let i = this.position.get(word);
    if (i === undefined) this.position.set(word, (i = this.words.push(word) - 1));
    return i;
  }

  /**
   * Each word's position (added when missing). A loop: Int32Array.from with a mapping function
   * took 2.4 times as long (425 against 175 ms for an indexing thread's 5,000 records).
   */
  positionsOf(words: string[]): Int32Array {
    const out = new Int32Array(words.length);
    for (let i = 0; i < words.length; i++) out[i] = this.at(words[i]);
    return out;
  }
}

/** An index record without its text, words as positions in a WordList. */
export interface ListedRecord {
  topics: Int32Array;
  context: Int32Array;
  contextLengths: Int32Array;
  quoteShingles: Int32Array[];
  calendarDays: Int32Array;
}

export function listedRecord(rec: Omit<IndexRecord, 'text'>, list: WordList): ListedRecord {
  return {
    topics: list.positionsOf(rec.topicWords),
    context: list.positionsOf(rec.contextWords),
    contextLengths: Int32Array.from(rec.contextLengths),
    quoteShingles: rec.quoteShingles.map((h) => Int32Array.from(h)),
    calendarDays: Int32Array.from(rec.calendarDays),
  };
}

/** A listed record as the corpus takes it; `ids[i]` is the corpus id of the list's word i. */
export function idRecord(listed: ListedRecord, text: string | Uint8Array, ids: ArrayLike<number>): IdRecord {
  const topics = new Int32Array(listed.topics.length);
  for (let i = 0; i < topics.length; i++) topics[i] = ids[listed.topics[i]];
  const contextIds = new Int32Array(listed.context.length);
  for (let i = 0; i < contextIds.length; i++) contextIds[i] = ids[listed.context[i]];
  // A record's topic words are distinct, so their ids only need sorting.
  return { text, topics: topics.sort(), contextIds, contextLengths: listed.contextLengths, quoteShingles: listed.quoteShingles, calendarDays: listed.calendarDays };
}

/**
 * A word list's positions as a corpus's ids, each numbered when a record first uses it, in the
 * record's order (topic words, then context words): the order in which the corpus numbers the words
 * of records set one after another, whichever list or thread they come through. Word ids order the
 * sums of word weights, so the same order gives the same findings to the last digit.
 */
export class ListedIds {
  /** Corpus id per list position, from the first record that uses it. */
  private readonly ids: number[] = [];

  constructor(
    private readonly words: string[],
    private readonly wordIds: (words: string[]) => Int32Array,
  ) {}

  /** Numbers the record's words not numbered yet; then `ids` holds all of them. */
  private number(listed: Pick<ListedRecord, 'topics' | 'context'>): void {
    const missing: number[] = [];
    for (const list of [listed.topics, listed.context]) {
      for (const p of list) {
        if (this.ids[p] !== undefined) continue; // numbered, or listed below
        this.ids[p] = -1;
        missing.push(p);
      }
    }
    if (missing.length === 0) return;
    const got = this.wordIds(missing.map((p) => this.words[p]));
    missing.forEach((p, i) => (this.ids[p] = got[i]));
  }

  /**
   * The record with the corpus's ids (its words numbered first), and with `inOrder` also its topic
   * words as ids in the record's order, which idRecord's sorted list loses (to store the record).
   */
  record(listed: ListedRecord, text: string | Uint8Array, inOrder: boolean): { record: IdRecord; topicsInOrder?: Int32Array } {
    this.number(listed);
    if (!inOrder) return { record: idRecord(listed, text, this.ids) };
    // A loop: Int32Array.from with a mapping function took half a second over 10,000 records.
    const topicsInOrder = new Int32Array(listed.topics.length);
    for (let i = 0; i < topicsInOrder.length; i++) topicsInOrder[i] = this.ids[listed.topics[i]];
    return { record: idRecord(listed, text, this.ids), topicsInOrder };
  }
}
