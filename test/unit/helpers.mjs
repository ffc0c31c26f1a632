import { createRequire } from 'node:module';
const require = createRequire(import.meta.url);
export const lib = require('../../dist/lib.js');

/** Check a set of named texts as one workspace; returns findings per name. */
export function checkAll(files, options = {}) {
  const corpus = new lib.Corpus();
  for (const [name, text] of Object.entries(files)) corpus.set(name, lib.analyzeDocument(text, options.analyze));
  const out = {};
  for (const name of Object.keys(files)) out[name] = lib.checkDocument(name, corpus.get(name), corpus, options.check);
  return out;
}

export function rule(findings, id) {
  return findings.filter((f) => f.rule === id);
}

/** 1-based line numbers of the boilerplate lines of a text. */
export function boilerplateLines(text, options) {
  return [...lib.analyzeDocument(text, options).boilerplate.keys()].map((l) => l + 1).sort((a, b) => a - b);
}

export function lineOf(text, offset) {
  return text.slice(0, offset).split(/\r\n|\r|\n/).length;
}
