/**
 * Which checked files a changed file can affect, for incremental re-checking (the server's cached
 * findings, the CLI's --cache): a check looks at files sharing a quote with it and files about the
 * same story, so those are the ones whose findings may move when this file appears or changes.
 */
import { Corpus } from './corpus';
import { docSimilarityGate } from './rules/claim-conflict';

/**
 * Files among `checked` whose check would now look at `file`: same story, or a shared quote.
 * `quotesChanged: false` (the file's quotes are as they were, words, places and speakers) leaves
 * out the files that only share a quote: what they found in its quotes still holds.
 */
export function filesThatWouldConsult(corpus: Corpus, file: string, checked: { has(f: string): boolean; keys(): Iterable<string>; readonly size: number }, quotesChanged = true): string[] {
  if (checked.size === 0) return [];
  const gate = docSimilarityGate(corpus.size);
  const quotes = quotesChanged ? corpus.quoteNeighbours(file, checked.keys()) : new Set<string>();
  const out = [...quotes].filter((f) => checked.has(f));
  if (checked.size <= 200) {
    // Few checked files: asking each directly is cheaper than walking the topic index.
    for (const b of checked.keys()) if (b !== file && !quotes.has(b) && corpus.docSimilarity(file, b) >= gate) out.push(b);
  } else {
    for (const b of corpus.similarFiles(file, gate).keys()) if (checked.has(b) && !quotes.has(b)) out.push(b);
  }
  return out;
}
