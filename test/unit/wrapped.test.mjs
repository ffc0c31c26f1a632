// Hard-wrapped files (wire copy, a draft wrapped by its editor): paragraphs run over several lines.
import { test } from 'node:test';
import assert from 'node:assert/strict';
import fs from 'node:fs';
import path from 'node:path';
import { checkAll, rule, lib, lineOf } from './helpers.mjs';

// A draft wrapped at 72 columns and the wire copy it was written from, wrapped at 69 (an invented
// story): the quote, the refit's cost and the number of days each run over a line break.
const FIXTURES = path.resolve(import.meta.dirname, '../fixtures/wrapped');
const DRAFT = fs.readFileSync(path.join(FIXTURES, 'draft.txt'), 'utf8');
const WIRE = fs.readFileSync(path.join(FIXTURES, 'wire.txt'), 'utf8');

const summary = (text, findings) => findings.map((f) => `${f.rule} line ${lineOf(text, f.start)}: ${f.message}`).sort();

test('a hard-wrapped draft is read by paragraph: a quote over a break is one quote, a figure keeps its unit, findings name the lines as written', () => {
  const out = checkAll({ 'draft.txt': DRAFT, 'wire.txt': WIRE });
  assert.deepEqual(summary(DRAFT, out['draft.txt']), [
    'claim-conflict line 8: 340 passengers here; 430 passengers in 1 other file.',
    'claim-conflict line 9: 2.6 million euros here; 2.4 million euros in 1 other file.',
    'page-boilerplate line 12: Page boilerplate, not article text: advertisement label (1 line).',
    'quote-differs line 5: Quote differs from wire.txt line 4: no one \u2192 nobody.',
  ]);
  // The wire's quote is attributed on the line after it closes; nothing in it is unbalanced.
  assert.deepEqual(summary(WIRE, out['wire.txt']).map((s) => s.split(':')[0]), ['claim-conflict line 7', 'claim-conflict line 8', 'quote-differs line 4']);
  const conflict = rule(out['draft.txt'], 'claim-conflict').find((f) => f.message.startsWith('2.6'));
  assert.equal(DRAFT.slice(conflict.start, conflict.end), '2.6 million\neuros', 'the finding spans the figure as written, over its break');
  assert.equal(conflict.related[0].line, 7, "the wire's figure is on its (0-based) line 7");
  const change = conflict.fixes.find((x) => x.title.startsWith('Change to'));
  assert.ok(lib.applyEdits(DRAFT, change.edits).includes('a refit that cost 2.4 million\neuros.'), 'the fix keeps the line break where it was');
  // The source's wording, one word longer: the words around the change keep their breaks, and the
  // wire's own fix takes the draft's words, not its line breaks.
  const wording = (text, f) => lib.applyEdits(text, rule(out[f], 'quote-differs')[0].fixes.find((x) => x.title.startsWith('Use the wording')).edits);
  assert.ok(wording(DRAFT, 'draft.txt').includes('\u201CThe crew\ndid everything right, and because of that no one was hurt,\u201D Rask said.'));
  assert.ok(wording(WIRE, 'wire.txt').includes('\u201CThe crew did everything right, and because of that nobody was hurt,\u201D\nharbour master'));
});

test('text wrapped at a width that varies by line (out of a PDF set in proportional type) is read the same', () => {
  // Each paragraph joined, then broken again at a width drawn per line from 58-80 columns: a fixed
  // list (not eval's wrapLines), chosen so that lines break short enough to need the 70% reading.
  const widths = [58, 80, 66, 61, 77, 70, 59, 74, 63, 79, 68, 60];
  const rewrap = (text) =>
    text
      .split(/\n\n/)
      .map((p, k) => {
        const out = [];
        let line = '';
        let n = k;
        for (const w of p.replace(/\n/g, ' ').split(' ')) {
          if (line && line.length + 1 + w.length > widths[n % widths.length]) {
            out.push(line);
            line = w;
            n++;
          } else line = line ? `${line} ${w}` : w;
        }
        return [...out, line].join('\n');
      })
      .join('\n\n');
  const draft = rewrap(DRAFT);
  const wire = rewrap(WIRE);
  assert.notEqual(draft, DRAFT);
  const messages = (out, f) => out[f].map((x) => `${x.rule}: ${x.message.replace(/line \d+/g, 'line N')}`).sort();
  const ragged = checkAll({ 'draft.txt': draft, 'wire.txt': wire });
  const even = checkAll({ 'draft.txt': DRAFT, 'wire.txt': WIRE });
  for (const f of ['draft.txt', 'wire.txt']) assert.deepEqual(messages(ragged, f), messages(even, f));
});

test('the same files with CRLF breaks give the same findings (a CRLF wrap reads as two spaces)', () => {
  const crlf = (s) => s.replace(/\n/g, '\r\n');
  const out = checkAll({ 'draft.txt': crlf(DRAFT), 'wire.txt': crlf(WIRE) });
  const lf = checkAll({ 'draft.txt': DRAFT, 'wire.txt': WIRE });
  const spaced = (xs) => xs.map((x) => x.replace(/ {2}/g, ' '));
  for (const [f, text] of [['draft.txt', DRAFT], ['wire.txt', WIRE]]) assert.deepEqual(spaced(summary(crlf(text), out[f])), summary(text, lf[f]));
  // A reader's words signed with a dash on the next line: two spaces before the dash still sign them.
  const letters = crlf(
    [
      'Readers wrote in after the fire on the harbour ferry, and we print a few',
      'of their letters here, shortened, with the names they gave us for print.',
      '',
      '\u201CThe crew did everything right, and the town should thank them.\u201D',
      '\u2015 Mirja Holm, Kessling',
      '',
      'The harbour master said the crew would be thanked at the next meeting of',
      'the port board, which is due to be held in the town hall in April.',
    ].join('\n'),
  );
  assert.equal(rule(checkAll({ letters })['letters'], 'unattributed-quote').length, 0);
});

test('a directive above a wrapped paragraph silences its findings on every line, and the silence fix goes above the paragraph', () => {
  const draft = DRAFT.replace('The ferry, which', 'copydesk: disable-next-line claim-conflict\nThe ferry, which');
  assert.equal(rule(checkAll({ 'draft.txt': draft, 'wire.txt': WIRE })['draft.txt'], 'claim-conflict').length, 0);
  const money = rule(checkAll({ 'draft.txt': DRAFT, 'wire.txt': WIRE })['draft.txt'], 'claim-conflict').find((f) => f.message.startsWith('2.6'));
  const silence = money.fixes.find((x) => x.title.startsWith('Silence'));
  const fixed = lib.applyEdits(DRAFT, silence.edits);
  assert.ok(fixed.includes('\n\ncopydesk: disable-next-line claim-conflict\nThe ferry, which carries 340'), 'inserted above the paragraph, not between its lines');
  assert.equal(rule(checkAll({ 'draft.txt': fixed, 'wire.txt': WIRE })['draft.txt'], 'claim-conflict').length, 0);
});

test('wraps are found where a line is nearly full with the next word, and never before a list item, an indent or a new speaker', () => {
  const soft = (text) => lib.softBreaks(lib.splitLines(text), () => false).map((i) => i + 1);
  assert.deepEqual(soft(WIRE), [1, 4, 7, 8, 11]);
  // A short line ends its paragraph even with text under it: a heading, a list, a speaker's turn.
  const mixed = [
    'The committee heard from three witnesses over the course of the long',
    'afternoon session, and each of them was asked the same four questions',
    'about the contracts, which were signed in a hurry before the election',
    'and have been under review by the auditor since the spring of last year',
    'when the first complaints were published.',
    'Key points',
    'The committee will meet again on Thursday to hear from the remaining',
    '- the contractor, whose bid was rejected in the first round of tenders',
    '  and a second witness who asked not to be named in the published text',
    'record of the session, the chair said. The record is due out next week.',
    'REYES: We had no part in drawing up the terms, and we said so at the time',
    'in writing to the council and to the ministry that oversees the port.',
    '',
    'The auditor is expected to publish a first report on the tenders before',
    'the end of the year, and the council has promised to debate it in full',
    'at an open session, with the contractors invited to answer questions',
    'from members.',
  ].join('\n');
  // (The indented line goes on the list item above it, and the item's next line with it.)
  assert.deepEqual(soft(mixed), [1, 2, 3, 4, 9, 11, 14, 15, 16]);
});

test('indentation: a text indented throughout is wrapped like any other; a first line indented further starts a paragraph', () => {
  const indented = WIRE.split('\n').map((l) => (l ? `    ${l}` : l)).join('\n');
  const soft = (text) => lib.softBreaks(lib.splitLines(text), () => false).map((i) => i + 1);
  assert.deepEqual(soft(indented), soft(WIRE));
  // Paragraphs told apart by an indented first line, no blank line between them.
  const firstLine = [
    '   The harbour ferry Marit Jensen caught fire at its mooring late on Monday,',
    'the port authority said, and crews from three stations fought the blaze',
    'until dawn.',
    '   The ferry carries 430 passengers on its busiest crossings and had been',
    'due back in service on Friday after a refit costing 2.4 million euros.',
    '   The maritime board said its first findings would be published within',
    'fourteen days of the fire, and that the crew would be asked to give evidence.',
  ].join('\n');
  assert.deepEqual(soft(firstLine), [1, 2, 4, 6]);
  const paragraphs = lib.analyzeDocument(firstLine).paragraphs.map((p) => p.text.trim().slice(0, 24));
  assert.deepEqual(paragraphs, ['The harbour ferry Marit ', 'The ferry carries 430 pa', 'The maritime board said ']);
});

test('files whose lines are their paragraphs are read as they are', () => {
  const para = 'The harbour ferry caught fire at its mooring late on Monday, and crews from three stations fought the blaze until dawn, the port authority said.';
  const page = ['Share', para, 'Advertisement', para.replace('Monday', 'Sunday'), 'Read more', para.replace('three', 'four')].join('\n');
  assert.deepEqual(lib.softBreaks(lib.splitLines(page), () => false), []);
  // A menu or a list of headlines: short lines one under another, few of them full.
  const menu = ['Home', 'World news and analysis from our correspondents', 'Business', 'Sport results and fixtures for the weekend', 'Culture', 'Opinion and letters to the editor'].join('\n');
  assert.deepEqual(lib.softBreaks(lib.splitLines(menu), () => false), []);
  assert.equal(lib.analyzeDocument(page).paragraphs, undefined);
});

test('reading wraps as spaces keeps every offset', () => {
  const text = 'one two three four five six seven\r\neight nine ten eleven twelve\nthirteen\n';
  const lines = lib.splitLines(text);
  const view = lib.unwrapped(text, lines, [0]);
  assert.equal(view.length, text.length);
  assert.equal(view, 'one two three four five six seven  eight nine ten eleven twelve\nthirteen\n');
});
