/**
 * Which checked files a changed file can affect, for incremental re-checking (the server's cached
 * findings, the CLI's --cache): a check looks at files sharing a quote with it and files about the
 * same story, so those are the ones whose findings may move when this file appears or changes.
 */
import { Corpus } from './corpus';
import { docSimilarityGate } from './rules/claim-conflict';

/** Files among `checked` whose check would now look at `file`: same story, or a shared quote. */
export function filesThatWouldConsult(corpus: Corpus, file: string, checked: { has(f: string): boolean; keys(): Iterable<string>; readonly size: number }): string[] {
  if (checked.size === 0) return [];
  const gate = docSimilarityGate(corpus.size);
  const quotes = corpus.quoteNeighbours(file, checked.keys());
  const out = [...quotes].filter((f) => checked.has(f));
  if (checked.size <= 200) {
    // Few checked files: asking each directly is cheaper than walking the topic index.
    for (const b of checked.keys()) if (b !== file && !quotes.has(b) && corpus.docSimilarity(file, b) >= gate) out.push(b);
  } else {
    for (const b of corpus.similarFiles(file, gate).keys()) if (checked.has(b) && !quotes.has(b)) out.push(b);
  }
  return out;
}
