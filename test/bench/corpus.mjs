// Benchmark corpora built from real text in ../shared (or the repo's fixtures when absent): articles of
// about 1,000 words assembled from distinct real paragraphs, with shared quotes and claims between them
// (a story and its sources overlap), and numbers varied so no two files are the same text.
import fs from 'node:fs';
import path from 'node:path';

function rng(seed) {
  let s = seed >>> 0;
  return () => ((s = (s * 1664525 + 1013904223) >>> 0) / 2 ** 32);
}

/** Real paragraphs (one per line, 12+ words) from the seeds and corpora; fixtures as a fallback. */
export function paragraphPool(shared, root) {
  const dirs = [path.join(shared, 'seeds'), path.join(shared, 'corpus/quotes'), path.join(shared, 'corpus/boilerplate')];
  const pool = [];
  for (const d of dirs) {
    if (!fs.existsSync(d)) continue;
    for (const f of fs.readdirSync(d)) {
      if (!f.endsWith('.txt') || /\.p\d+\.txt$/.test(f)) continue;
      for (const line of fs.readFileSync(path.join(d, f), 'utf8').split(/\r?\n/)) if (line.split(/\s+/).length >= 12) pool.push(line.trim());
    }
  }
  if (pool.length === 0) {
    const fx = path.join(root, 'test/fixtures/story');
    for (const f of fs.readdirSync(fx)) for (const line of fs.readFileSync(path.join(fx, f), 'utf8').split(/\r?\n/)) if (line.split(/\s+/).length >= 8) pool.push(line.trim());
  }
  return [...new Set(pool)];
}

const wordCount = (s) => s.split(/\s+/).filter(Boolean).length;

/** Vary the digits of a paragraph so files stay distinct text (and some claims disagree). */
function vary(p, r) {
  return p.replace(/\d+/g, (d) => (r() < 0.15 ? String(Math.max(1, Math.round(+d * (1 + (r() - 0.5) * 0.4)))) : d));
}

/** One article of about `words` words; stories share a pool of "story paragraphs" so files overlap. */
export function makeArticle(pool, r, words, storyParas = []) {
  const out = [];
  let n = 0;
  while (n < words) {
    const fromStory = storyParas.length && r() < 0.35;
    const p = vary(fromStory ? storyParas[Math.floor(r() * storyParas.length)] : pool[Math.floor(r() * pool.length)], r);
    out.push(p);
    n += wordCount(p);
  }
  return out.join('\n\n') + '\n';
}

/** A workspace of `files` articles in stories of 5 files each (a draft and its sources share paragraphs). */
export function* workspace(pool, files, words = 1000, seed = 7) {
  const r = rng(seed);
  let story = [];
  for (let i = 0; i < files; i++) {
    if (i % 5 === 0) story = Array.from({ length: 12 }, () => pool[Math.floor(r() * pool.length)]);
    yield { name: `story-${String(Math.floor(i / 5)).padStart(5, '0')}-${i % 5}.txt`, text: makeArticle(pool, r, words, story) };
  }
}

export { rng, wordCount };
