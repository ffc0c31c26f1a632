// Every rule has a page in docs/rules/, and the examples on it do what the page says.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { lib, checkAll, rule } from './helpers.mjs';

const ROOT = path.resolve(import.meta.dirname, '../..');
const DOCS = path.join(ROOT, 'docs/rules');

/** ```example fires|quiet blocks; each holds files introduced by "--- name" lines. */
function examples(md) {
  const out = [];
  for (const m of md.matchAll(/```example (fires|quiet)\n([\s\S]*?)```/g)) {
    const files = {};
    let cur;
    for (const line of m[2].split('\n')) {
      const head = /^--- (\S+)$/.exec(line);
      if (head) files[(cur = head[1])] = '';
      else if (cur) files[cur] += line + '\n';
    }
    out.push({ kind: m[1], files });
  }
  return out;
}

for (const r of lib.RULES) {
  test(`docs/rules/${r.id}.md exists, is linked from the README, and its examples behave as documented`, () => {
    const file = path.join(DOCS, `${r.id}.md`);
    assert.ok(fs.existsSync(file), `missing ${file}`);
    const md = fs.readFileSync(file, 'utf8');
    assert.match(md, new RegExp(`^# ${r.id}\\n`));
    assert.match(md, new RegExp(`\\*\\*Default:\\*\\* ${r.defaultSeverity}`));
    assert.ok(fs.readFileSync(path.join(ROOT, 'README.md'), 'utf8').includes(`(docs/rules/${r.id}.md)`));
    assert.equal(r.docs, `docs/rules/${r.id}.md`);
    for (const ex of examples(md)) {
      const found = rule(checkAll(ex.files, { check: { severity: { [r.id]: 'warning' } } })['draft.txt'], r.id);
      if (ex.kind === 'fires') assert.ok(found.length > 0, `${r.id}: the "fires" example does not fire`);
      else assert.deepEqual(found.map((f) => f.message), [], `${r.id}: the "does not fire" example fires`);
    }
  });
}
