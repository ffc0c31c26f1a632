/** The analysis library: pure functions and data, no editor or protocol imports. */
export * from './types';
export * from './rules';
export { analyzeDocument, AnalyzeOptions, DocumentAnalysis, KeptAnalysis, QuoteInfo, withoutTopicWords, DEFAULT_MAX_CHARS } from './document';
export { Corpus, CorpusOptions, IdRecord, IndexRecord, analysesToKeep, indexRecord } from './corpus';
export { checkDocument, checkDocumentInSlices, CheckOptions, effectiveSeverity, unusedDirectives } from './check';
export { applyEdits, fixAllEdits } from './fixes';
export { carryFindings } from './carry';
export { splitLines, positionAt, offsetAt, Line } from './text/lines';
export { softBreaks, unwrapped } from './text/wrap';
export { words, countWords, contentWords, stemWord, LineStems, STOPWORDS } from './text/segment';
export { isSpaceCode, isBmpWordCharAt } from './text/chars';
export { tokenize } from './claims/tokens';
export { claimEvidence, docSimilarityGate } from './rules/claim-conflict';
export { filesThatWouldConsult } from './related';
export { WordList, ListedIds, ListedRecord, listedRecord, idRecord } from './word-list';
