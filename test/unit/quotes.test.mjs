import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAll, rule, lib, lineOf } from './helpers.mjs';

const unattributed = (text) => rule(checkAll({ a: text }).a, 'unattributed-quote').map((f) => lineOf(text, f.start));
const quotes = (text) => lib.analyzeDocument(text).quotes.map((q) => q.span.text);

test('apostrophes are not quotes: Xi\'s, \'90s, rock \'n\' roll, o\'clock', () => {
  const text = "The mayor's office said the '90s rock 'n' roll festival would start at eight o'clock, as in the town's old days.";
  assert.deepEqual(quotes(text), []);
});

test('curly, straight, mixed pairs, British single quotes and nested quotes', () => {
  assert.deepEqual(quotes('He said: \u201CWe will rebuild the pier."'), ['We will rebuild the pier.']);
  assert.deepEqual(quotes('She said "the pier stays open all year round".'), ['the pier stays open all year round']);
  assert.deepEqual(quotes("Ms Bell said: \u2018We will not close the harbour to the fishing fleet.\u2019"), ['We will not close the harbour to the fishing fleet.']);
  const nested = quotes('\u201CThey called it \u2018a scandal\u2019 from the start,\u201D Bell said.');
  assert.deepEqual(nested, ['They called it \u2018a scandal\u2019 from the start,']);
});

test('attribution patterns: after, before, inside, colon, according to, quoted as saying, pronoun, dash', () => {
  const ok = [
    '\u201CThe harbour will reopen in spring,\u201D Mayor Ann Bell said.',
    'Mayor Ann Bell said: \u201CThe harbour will reopen in spring.\u201D',
    '\u201CThe harbour,\u201D Bell said, \u201Cwill reopen in spring.\u201D',
    'Ann Bell: \u201CThe harbour will reopen in spring, whatever the cost.\u201D',
    '\u201CThe harbour will reopen in spring,\u201D according to the mayor\u2019s office.',
    'The Coast Gazette quoted Bell as saying: \u201CThe harbour will reopen in spring.\u201D',
    'Ann Bell spoke first. \u201CThe harbour will reopen in spring,\u201D she added.',
    '\u201CWhy should fishermen pay for the council\u2019s mistakes?\u201D Bell asked.',
    '\u201CThe harbour will reopen in spring, come what may.\u201D \u2015 Ann Bell',
    'Bell told reporters the plan was sound, calling the old pier \u201Ca danger to everyone who walks on it\u201D.',
  ];
  for (const t of ok) assert.deepEqual(unattributed(t), [], t);
});

test('"in her words" and "in the words of" attribute a quote; "in other words" does not', () => {
  // Before, a possessive was no speaker: "In her words, “…”" was a quote with no speaker.
  assert.deepEqual(unattributed('Ann Bell spoke first.\n\nIn her words, \u201Cthe harbour will reopen in spring, come what may.\u201D\n'), []);
  assert.deepEqual(unattributed('The harbour will reopen, in the words of Mayor Ann Bell, \u201Cin spring, come what may, whatever it costs.\u201D\n'), []);
  assert.deepEqual(unattributed('In other words, \u201Cthe harbour will reopen in spring, come what may.\u201D\n'), [1]);
});

test('a quote in a new paragraph with no cue is unattributed, even after a quoting paragraph', () => {
  const text = 'Ann Bell said: \u201CThe harbour will reopen in spring.\u201D\n\u201CWe owe it to the fishing families who have waited so long.\u201D\n';
  assert.deepEqual(unattributed(text), [2]);
});

test('a second quote in the paragraph of an attributed one is attributed', () => {
  const text = '\u201CThe harbour will reopen in spring,\u201D Bell said. \u201CWe owe it to the fishing families who waited.\u201D';
  assert.deepEqual(unattributed(text), []);
});

test('scare quotes, titles and short terms are not flagged', () => {
  const text = 'The so-called \u201Cpier tax\u201D was debated alongside the \u201CQuad\u201D plan and the film \u201CHarbour Lights\u201D in the hall.';
  assert.deepEqual(unattributed(text), []);
});

test('words quoted inside a sentence need the speaker a source gives them, unless the sentence names them', () => {
  const source = 'Professor Ian Blake, of the Brain Health Foundation, said the findings were \u201Cencouraging but not the final word\u201D, noting the study could not show cause and effect.\n';
  const flagged = (line) => rule(checkAll({ source, draft: `Walking and memory\n\n${line}\n` }).draft, 'unattributed-quote').map((f) => f.message);
  // Before, a quote inside a sentence was never judged, whoever another file said it came from.
  assert.deepEqual(flagged('The findings were \u201Cencouraging but not the final word\u201D.'), ['Quote has no speaker here; source line 1 attributes it to Professor Ian Blake.']);
  for (const quiet of [
    'The findings were \u201Cencouraging but not the final word\u201D, Blake warned.',
    'For Blake, the results were \u201Cencouraging but not the final word\u201D.',
    'Walking study \u201Cencouraging but not the final word\u201D',
    'Blake: walking study \u201Cencouraging but not the final word\u201D.',
  ]) assert.deepEqual(flagged(quiet), [], quiet);
  // A noun shaped like a speech verb names no one: "The pledge was …" (before, "pledge" was the cue).
  assert.deepEqual(flagged('The pledge was \u201Cencouraging but not the final word\u201D.'), ['Quote has no speaker here; source line 1 attributes it to Professor Ian Blake.']);
  // Words no source gives a speaker stay unjudged inside a sentence, and so do titles.
  assert.deepEqual(rule(checkAll({ draft: 'The findings were \u201Cencouraging but not the final word\u201D.\n' }).draft, 'unattributed-quote'), []);
  const blog = 'Carlos Nadalim said: \u201CComo Educar seus Filhos em Casa Hoje\u201D\n';
  assert.deepEqual(rule(checkAll({ blog, draft: 'He writes the blog \u201CComo Educar seus Filhos em Casa Hoje\u201D with his wife.\n' }).draft, 'unattributed-quote'), []);
});

test('multi-paragraph quote (AP style) is one quote, attributed once', () => {
  const text = 'Bell said: \u201CThe harbour will reopen in spring.\n\n\u201CWe owe it to the fishing families who waited so long for the money.\u201D\n';
  const a = lib.analyzeDocument(text);
  assert.equal(a.quotes.length, 1);
  assert.equal(a.quotes[0].span.parts.length, 2);
  assert.deepEqual(unattributed(text), []);
  assert.equal(rule(checkAll({ a: text }).a, 'unbalanced-quote').length, 0);
});

test('unbalanced marks: unclosed quote and closing mark with no opening', () => {
  const unclosed = 'Bell said: \u201CThe harbour will reopen in spring.\n\nThe council meets on Monday.\n';
  const f1 = rule(checkAll({ a: unclosed }).a, 'unbalanced-quote');
  assert.equal(f1.length, 1);
  assert.match(f1[0].message, /never closed/);
  const fixed = lib.applyEdits(unclosed, f1[0].fixes[0].edits);
  assert.ok(fixed.includes('spring.\u201D'));
  const unopened = 'Bell called for calm and an end to the dispute over fees.\u201D\n';
  const f2 = rule(checkAll({ a: unopened }).a, 'unbalanced-quote');
  assert.equal(f2.length, 1);
  assert.match(f2[0].message, /no opening mark/);
});

test('speakers: a participle opening the sentence ("Wearing a dark coat …, Ana Ruiz …") is not the speaker', () => {
  // Before, "Wearing" was the speaker, and the quote was never matched with the same speaker's in a source.
  assert.equal(speaker('Wearing a dark coat against the rain, Ana Ruiz was characteristically blunt, calling the delay a "complete and utter failure of the harbour board."\n'), 'Ana Ruiz');
  const a = 'Wearing a dark coat against the rain, Ana Ruiz was characteristically blunt, calling the delay a "complete failure of the harbour board and its chairman."\n';
  const b = '"This is a complete and utter failure of the harbour board and its chairman, and the town deserves better," Ana Ruiz said on Monday.\n';
  assert.deepEqual(rule(checkAll({ a, b }).a, 'quote-differs').map((f) => f.message), ['Quote differs from b line 1: \u2212 and utter.']);
  // A surname ending in -ing stays a name.
  assert.equal(speaker('"We will rebuild the pier," Lena Fleming said on Monday.\n'), 'Lena Fleming');
});

test('how a speaker looked saying it attributes a quote: "…," captain Ana Ruiz beamed', () => {
  // Before, each was warned as a quote with no speaker.
  for (const verb of ['beamed', 'grinned', 'smiled', 'chuckled', 'enthused']) {
    assert.deepEqual(unattributed(`"Tonight we saw the future of this club," captain Ana Ruiz ${verb} as she lifted the cup in front of 30,000 fans.\n`), [], verb);
  }
  // A smile with no quote near it is no cue for a quote in another sentence.
  assert.deepEqual(unattributed('Ana Ruiz smiled as she lifted the cup.\n\n"Tonight we saw the future of this club."\n'), [3]);
});

test('a straight quote glued after the end of a sentence and before a capital opens ("Loading...\"I know …")', () => {
  const glued = 'Loading..."I will never take the ferry again," Marrow told the inquiry.\n';
  // Before, both marks were warned as closing marks with no opening.
  assert.deepEqual(rule(checkAll({ a: glued }).a, 'unbalanced-quote'), []);
  assert.deepEqual(quotes(glued), ['I will never take the ferry again,']);
  // A stray closing mark is still one.
  assert.equal(rule(checkAll({ a: 'Bell called for calm and an end to the dispute over fees."\n' }).a, 'unbalanced-quote').length, 1);
  // Glued to words on both sides, a space lost before it, it opens too.
  const lost = 'A spokesman wrote on X that the storm"has caused loss of life and damage", adding that rescuers were on their way.\n';
  assert.deepEqual(rule(checkAll({ a: lost }).a, 'unbalanced-quote'), []);
  assert.deepEqual(quotes(lost), ['has caused loss of life and damage']);
});

test('the quick fix inserts the attribution a source gives, with news punctuation', () => {
  const files = {
    draft: 'The vote was close.\n\n\u201CWe owe it to the fishing families who waited so long.\u201D\n',
    wire: '\u201CWe owe it to the fishing families who waited so long,\u201D Mayor Ann Bell said.\n',
  };
  const f = rule(checkAll(files).draft, 'unattributed-quote');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /attributes it to Mayor Ann Bell/);
  assert.equal(f[0].related[0].file, 'wire');
  const fixed = lib.applyEdits(files.draft, f[0].fixes[0].edits);
  assert.equal(fixed, 'The vote was close.\n\n\u201CWe owe it to the fishing families who waited so long,\u201D Mayor Ann Bell said.\n');
  const placeholder = lib.applyEdits(files.draft, f[0].fixes[1].edits);
  assert.ok(placeholder.includes('long,\u201D [SPEAKER] said.'));
});

test('quote-differs: word diff, related location and the source-wording fix', () => {
  const files = {
    draft: '\u201CThe old pier is a danger to every family that walks on it,\u201D Bell said.\n',
    wire: 'Mayor Ann Bell said: \u201CThe old pier is a threat to every family that walks on it.\u201D\n',
    notes: 'Bell told the meeting: \u201CThe old pier is a threat to every family that walks on it, and we must act.\u201D\n',
  };
  const out = checkAll(files);
  const f = rule(out.draft, 'quote-differs');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /threat \u2192 danger/);
  assert.deepEqual(f[0].related.map((r) => r.file).sort(), ['notes', 'wire']);
  const fixed = lib.applyEdits(files.draft, f[0].fixes[0].edits);
  assert.ok(fixed.includes('is a threat to every family'));
  assert.equal(rule(out.wire, 'quote-differs').length, 0, 'the files that agree are not warned');
});

test('the source-wording fix replaces every word of a change that takes two words for one', () => {
  // The fix once counted diff steps, not words: "wholly overlooked → ignored" is one step of two of
  // my words, so the replacement stopped a word short and the sentence read "from the board board".
  const files = {
    draft: 'Sandvik said: \u201CThe court has wholly overlooked the evidence that my client acted on instructions from the board.\u201D\n',
    wire: '\u201CThe court has ignored the evidence that my client acted on instructions from the board,\u201D Sandvik told reporters.\n',
    notes: 'Sandvik said the verdict was wrong: \u201CThe court has ignored the evidence that my client acted on instructions from the board.\u201D\n',
  };
  const [f] = rule(checkAll(files).draft, 'quote-differs');
  assert.match(f.message, /ignored \u2192 wholly overlooked/);
  assert.equal(lib.applyEdits(files.draft, f.fixes[0].edits), 'Sandvik said: \u201CThe court has ignored the evidence that my client acted on instructions from the board.\u201D\n');
});

test('a last word changed where the source quote ends in two ("on humanity" against "on the world") names and restores both', () => {
  const files = {
    draft: 'Ruiz called the tax \u201Cthe greatest con job ever perpetrated on humanity,\u201D to gasps in the chamber.\n',
    wire: 'Ruiz called the tax \u201Cthe greatest con job ever perpetrated on the world\u201D and left the chamber.\n',
  };
  const [f] = rule(checkAll(files).draft, 'quote-differs');
  // Before, "the → humanity", and the fix wrote "… perpetrated on the," dropping "world".
  assert.match(f.message, /the world \u2192 humanity/);
  assert.equal(lib.applyEdits(files.draft, f.fixes[0].edits), 'Ruiz called the tax \u201Cthe greatest con job ever perpetrated on the world,\u201D to gasps in the chamber.\n');
});

test('a pronoun\u2019s guessed speaker neither hides a source quote nor goes into a fix', () => {
  const source = [
    'Mayor Ilse Brandt opened the meeting. \u201CWe cannot let the bridge rust while the ferries wait in the fog,\u201D Brandt said.',
    '',
    'Councillor Tom Reyes disagreed. \u201CNobody has seen the full engineering report, and I will not vote for a plan I have not read,\u201D he said.',
  ].join('\n');
  // "he said" after Reyes is introduced was taken for Brandt, the last named speaker, so the draft's
  // changed Reyes quote (contractions) was compared with no source and passed.
  const draft = 'The vote was close. \u201CNobody has seen the full engineering report, and I won\u2019t vote for a plan I haven\u2019t read,\u201D Councillor Tom Reyes said.\n';
  assert.deepEqual(rule(checkAll({ source, draft }).draft, 'quote-differs').map((f) => f.message), ['Quote differs from source line 3: will not \u2192 won\u2019t, have not \u2192 haven\u2019t.']);
  const guess = lib.analyzeDocument(source).quotes[1].attribution;
  assert.equal(guess.guessed, true);
  // The fix for an unattributed copy offers only a named speaker, never the guess.
  const bare = 'The vote was close.\n\n\u201CNobody has seen the full engineering report, and I will not vote for a plan I have not read.\u201D\n';
  const [finding] = rule(checkAll({ source, bare }).bare, 'unattributed-quote');
  assert.deepEqual(finding.fixes.map((f) => f.title).filter((t) => /^(?:Attribute|Insert)/.test(t)), ['Insert a placeholder attribution']);
});

test('a partial quote of six words or more is checked against its source; a short one is not', () => {
  const source = 'Mayor Ilse Brandt said the repairs would be \u201Cthe largest public works project in the town\u2019s history.\u201D';
  // Before, only quotes that need a speaker of their own were compared.
  const partial = 'Brandt called the repairs \u201Cthe biggest public works project in the town\u2019s history.\u201D';
  assert.deepEqual(rule(checkAll({ source, partial }).partial, 'quote-differs').map((f) => f.message), ['Quote differs from source line 1: largest \u2192 biggest.']);
  const short = 'Brandt called the repairs \u201Cthe biggest public works\u201D in years.';
  assert.deepEqual(rule(checkAll({ source, short }).short, 'quote-differs'), []);
});

test('quotes listed under a line ending in a colon all hang from it', () => {
  const list = ['What residents told us:', '- \u201CThe ferry is always late and the queue is long.\u201D', '- \u201CI have not crossed the bridge in three years.\u201D', '', '- \u201CNobody asked us what we wanted for this town.\u201D'];
  // Before, only the first item was attributed by the colon line.
  assert.deepEqual(unattributed(list.join('\n')), []);
  // A list with no introducing line, or a quote after the list, is judged on its own.
  assert.deepEqual(unattributed(['- The ferry runs late.', '- \u201CI have not crossed the bridge in three years at all.\u201D'].join('\n')), [2]);
  assert.deepEqual(unattributed([...list, '', '\u201CThe council never listens to the islanders at all.\u201D'].join('\n')), [7]);
});

test('quotes listed one per paragraph under "Key quotes" hang from the paragraph naming the speaker above the heading', () => {
  const intro = 'Harbour Bank governor Elin Vasquez explains the decision to hold the rate at 4% and answers questions at the press conference.';
  const quotes = ['\u201CLower inflation readings over recent months are welcome.\u201D', '\u201CWe are prepared to tighten policy further if appropriate.\u201D', '\u201CWe will continue to decide meeting by meeting.\u201D'];
  const page = [intro, '', 'Key quotes', '', quotes[0], '', quotes[1], '', quotes[2]].join('\n');
  // Before, each quote of the list was flagged as having no speaker.
  assert.deepEqual(unattributed(page), []);
  // No speaker named above the heading, or no heading calling them quotes: judged on their own.
  assert.deepEqual(unattributed(['The bank held its rate at 4% on Thursday.', '', 'Key quotes', '', quotes[0], '', quotes[1]].join('\n')), [5, 7]);
  assert.deepEqual(unattributed([intro, '', 'Reaction', '', quotes[0]].join('\n')), [5]);
});

test('a transcript\u2019s labelled turns are sources for quotes, never checked themselves', () => {
  const transcript = [
    'Port Alder council meeting, Tuesday, Nov. 17: transcript excerpt',
    '',
    'CLERK: The motion passes, seven votes to two.',
    '',
    'MAYOR BRANDT: We cannot let the bridge rust while ferries wait in the fog. I want work to start in March.',
    '',
    'REYES: This is the third time we have voted on this bridge. We should have asked Washington for a grant before spending the town\u2019s own money.',
  ].join('\n');
  const draft = [
    '\u201CThis is the 3rd time we have voted on this bridge,\u201D said Councillor Tom Reyes. \u201CWe should have asked Washington for a grant before spending the town\u2019s money.\u201D',
    '',
    '\u201CWe cannot let the bridge rust while ferries wait in the fog,\u201D Mayor Ilse Brandt said.',
    '',
    'The vote was close.',
    '',
    '\u201CI want work to start in March.\u201D',
  ].join('\n');
  const out = checkAll({ transcript, draft });
  // Before, a transcript without quote marks held no quotes: nothing in the draft could be checked.
  // The second message once read "\u2212 have voted on this bridge we, \u2212 own": the alignment began at
  // an early "we" of the long turn.
  assert.deepEqual(rule(out.draft, 'quote-differs').map((f) => f.message), ['Quote differs from transcript line 7: third \u2192 3rd.', 'Quote differs from transcript line 7: \u2212 own.']);
  const [bare] = rule(out.draft, 'unattributed-quote');
  assert.match(bare.message, /transcript line 5 attributes it to MAYOR BRANDT/);
  assert.deepEqual(out.transcript, [], 'the transcript itself is never flagged');
  // An article's "Note:" and "Title: subtitle" lines are no transcript.
  const article = ['Daily Deals: ferry passes are half price this week', '', 'Compared: the old bridge and the new one', '', 'Note: the council meets again in March to set the fares.', '', ...Array.from({ length: 8 }, (_, i) => `The council heard ${i + 2} residents speak about the ferry fares and the bridge repairs.`)].join('\n');
  assert.deepEqual(lib.analyzeDocument(article).quotes, []);
});

test('a transcription service\u2019s times do not hide the labels: before the label, after the name, or a name and time alone over the speech', () => {
  const draft = [
    'The fire started in the engine room late on Monday, the harbour master said.',
    '',
    '\u201CThe crew did everything right, and because of that nobody was hurt.\u201D',
    '',
    'Investigators will report within two weeks. \u201CWe owe the crew a full account of it,\u201D Rask said.',
  ].join('\n');
  const timedBefore = [
    'Kessling port authority, news conference, March 4',
    '',
    '[00:00:12] RASK: Good morning. The fire started in the engine room at about eleven on Monday night.',
    '[00:00:31] RASK: The crew did everything right, and because of that no one was hurt.',
    '[00:01:05] REPORTER: When will the maritime board report on the fire?',
    '[00:01:09] RASK: Within fourteen days. We owe the crew a full account of it.',
  ].join('\n');
  const timedAfterName = [
    'Kessling port authority, news conference, March 4',
    '',
    'Anneli Rask (00:12):',
    'Good morning. The fire started in the engine room at about eleven on Monday night.',
    '',
    'Anneli Rask (00:31):',
    'The crew did everything right, and because of that no one was hurt.',
    '',
    'Reporter (01:05):',
    'When will the maritime board report on the fire?',
    '',
    'Anneli Rask (01:09):',
    'Within fourteen days. We owe the crew a full account of it.',
  ].join('\n');
  // Otter's export: the name and the time alone over the speech; and the time first.
  const otter = timedAfterName.replace(/Anneli Rask \((\d\d:\d\d)\):/g, 'Anneli Rask  $1').replace('Reporter (01:05):', 'Speaker 2  01:05');
  const timeFirst = timedAfterName.replace(/Anneli Rask \((\d\d:\d\d)\):/g, '[00:$1] Anneli Rask').replace('Reporter (01:05):', '[00:01:05] Speaker 2');
  assert.ok(otter.includes('\nAnneli Rask  00:31\n') && timeFirst.includes('\n[00:00:31] Anneli Rask\n'));
  for (const [transcript, speaker, line] of [[timedBefore, 'RASK', 4], [timedAfterName, 'Anneli Rask', 7], [otter, 'Anneli Rask', 7], [timeFirst, 'Anneli Rask', 7]]) {
    const out = checkAll({ transcript, draft });
    assert.deepEqual(rule(out.draft, 'quote-differs').map((f) => f.message), [`Quote differs from transcript line ${line}: no one \u2192 nobody.`]);
    assert.deepEqual(rule(out.draft, 'unattributed-quote').map((f) => f.message), [`Quote has no speaker here; transcript line ${line} attributes it to ${speaker}.`]);
    assert.deepEqual(out.transcript, [], 'the transcript itself is never flagged');
  }
});

test('captions saved as text (a video page\u2019s transcript, a subtitle file) are one stretch of speech: a source for quotes, times and cue numbers no text', () => {
  const draft = [
    'The fire started in the engine room late on Monday, the harbour master told reporters.',
    '',
    '\u201CThe crew did everything right, and because of that nobody was hurt,\u201D she said.',
  ].join('\n');
  const page = ['0:00', 'good morning everyone and thank you for coming', '0:04', 'the fire started in the engine room at about', '0:08', 'eleven on Monday night the crew did everything', '0:12', 'right and because of that no one was hurt', '0:16', 'the board will report within fourteen days'].join('\n');
  const srt = ['1', '00:00:00,000 --> 00:00:04,000', 'Good morning, everyone,', 'and thank you for coming.', '', '2', '00:00:04,000 --> 00:00:08,000', 'The fire started in the engine room', 'at about eleven on Monday night.', '', '3', '00:00:08,000 --> 00:00:12,500', 'The crew did everything right, and because', 'of that no one was hurt.', '', '4', '00:00:12,500 --> 00:00:16,000', 'The board will report within fourteen days.'].join('\n');
  for (const [captions, line] of [[page, 6], [srt, 13]]) {
    const out = checkAll({ captions, draft });
    const [differs] = rule(out.draft, 'quote-differs');
    assert.equal(differs.message, `Quote differs from captions line ${line}: no one \u2192 nobody.`);
    assert.equal(differs.related[0].line, line - 1, 'the related place is the quoted words, not the captions\u2019 first line');
    const wording = differs.fixes.find((f) => f.title.startsWith('Use the wording'));
    assert.doesNotMatch(wording.edits[0].newText, /\d|-->/, 'the source\u2019s wording, without its times');
    assert.deepEqual(out.captions, [], 'no finding in the captions: cue numbers and times are no furniture, the speech is never checked');
  }
  // A long video: the quoted words two hours in, past the first 400 words a source quote is compared
  // by and the first 20,000 characters a quote's words are read from.
  const filler = ['we will rebuild the pier before winter comes', 'because people here depend on the ferry', 'every single day of the year and we know it'];
  const cues = [];
  for (let i = 0; i < 2000; i++) {
    const at = (s) => `${String(Math.floor(s / 3600)).padStart(2, '0')}:${String(Math.floor(s / 60) % 60).padStart(2, '0')}:${String(s % 60).padStart(2, '0')},000`;
    const said = i === 1800 ? ['The crew did everything right, and because', 'of that no one was hurt.'] : [filler[i % 3], filler[(i + 1) % 3]];
    cues.push(String(i + 1), `${at(i * 4)} --> ${at(i * 4 + 4)}`, ...said, '');
  }
  const long = checkAll({ captions: cues.join('\n'), draft });
  assert.deepEqual(rule(long.draft, 'quote-differs').map((f) => f.message), [`Quote differs from captions line ${1800 * 5 + 3}: no one \u2192 nobody.`]);
  // A live blog's entries under their times (running back, and paragraphs long) are no captions.
  const entry = (t, n) => [t, `The harbour authority said crews from ${n} stations were still at the quay, and the ferry\u2019s owner said the vessel would stay out of service for the rest of the season at least.`];
  const blog = ['Harbour ferry fire: live', '', ...entry('10:45', 'three'), ...entry('10:20', 'two'), ...entry('09:58', 'two'), ...entry('09:30', 'one')].join('\n');
  assert.equal(lib.analyzeDocument(blog).paragraphs, undefined);
});

test('a long answer in a transcript is searched to its end, not by its first 400 words', () => {
  const filler = 'We have gone over the figures with the board again and again, and every time we come back to the same answer about the harbour. ';
  const answer = `${filler.repeat(40)}The crew did everything right, and because of that no one was hurt. ${filler.repeat(5)}`;
  const transcript = ['Kessling port authority, news conference, March 4', '', 'REPORTER: What happened on the ferry?', '', `RASK: ${answer}`, '', 'REPORTER: When will the board report?', '', 'RASK: Within fourteen days of the fire, as the law requires.'].join('\n');
  const draft = '\u201CThe crew did everything right, and because of that nobody was hurt,\u201D Rask said.\n';
  const out = checkAll({ transcript, draft });
  assert.deepEqual(rule(out.draft, 'quote-differs').map((f) => f.message), ['Quote differs from transcript line 5: no one \u2192 nobody.']);
});

test('a transcript turn runs on over the unlabelled paragraphs after it, up to the next label', () => {
  const transcript = [
    'Port Alder transport department news conference, Thursday',
    '',
    'DIRECTOR FERREIRA: Good morning. The harbour tunnel will not open this spring, and we are sorry.',
    '',
    'The reason is steel. We will not open a tunnel that is not ready. Safety comes before any date on a calendar.',
    '',
    '(CROSSTALK)',
    '',
    'We expect to open it in the autumn of next year.',
    '',
    'QUESTION: What will the delay cost the city?',
    '',
    'FERREIRA: About two point three billion dollars in all, and I will not pretend that is small.',
  ].join('\n');
  const draft = [
    '\u201CSafety comes before any date on the calendar,\u201D Ferreira said.',
    '',
    '\u201CWe expect to open it in the autumn of next year,\u201D Ferreira said.',
  ].join('\n');
  // Before, only the labelled paragraph was the director's: the draft's changed "the calendar" met no source.
  const out = checkAll({ transcript, draft });
  assert.deepEqual(rule(out.draft, 'quote-differs').map((f) => f.message), ['Quote differs from transcript line 5: a \u2192 the.']);
  assert.deepEqual(out.transcript, []);
  // The stage direction is nobody's turn, and the question's speaker is not the director.
  const turns = lib.analyzeDocument(transcript).quotes.map((q) => `${q.attribution.speaker}: ${q.words.slice(0, 3).join(' ')}`);
  assert.deepEqual(turns, ['DIRECTOR FERREIRA: good morning the', 'DIRECTOR FERREIRA: the reason is', 'DIRECTOR FERREIRA: we expect to', 'QUESTION: what will the', 'FERREIRA: about 2 point']);
  // An article with a Q-and-A part: its own paragraphs after the last answer are nobody's turn (a
  // 50-article file once made 865 turns of 24, and took twice as long to analyse).
  const article = [
    'The harbour master has run Port Alder\u2019s docks for 20 years. We asked her about the winter.',
    'Q: How do you start a working day at the harbour office?',
    'A: I check the tide before the mail, and then I open the overnight log.',
    'Q: What worries you most this winter?',
    'A: The storms. We lost two pontoons last January and the insurers have not paid.',
    ...Array.from({ length: 12 }, (_, i) => `The council will vote on the ${i + 2}th harbour budget in the spring, and the docks will close for repairs in March.`),
  ].join('\n');
  assert.equal(lib.analyzeDocument(article).quotes.filter((q) => q.transcript).length, 4);
});

test('a quote inside a transcript\u2019s or interview\u2019s turn is its speaker quoting', () => {
  const interview = [
    'Q: How do you start a working day at the harbour office?',
    '',
    'A: I keep the old harbour master\u2019s rule \u2013 \u201CCheck the tide before the mail\u201D \u2013 and then open the overnight log.',
    '',
    'Q: And when the ferries are late?',
    '',
    'A: Then the phone rings all morning and I answer every call myself.',
  ].join('\n');
  // Before, the rule the answer quotes was a quote without a speaker.
  assert.deepEqual(unattributed(interview), []);
  const [q] = lib.analyzeDocument(interview).quotes.filter((x) => !x.transcript);
  assert.equal(q.attribution.cue, 'transcript label');
  // In an article, a quote on its own line still needs its speaker.
  assert.deepEqual(unattributed('The harbour office runs on one rule.\n\n\u201CCheck the tide before the mail, and then read the log.\u201D\n'), [3]);
});

test('a pull quote of the article\u2019s own words needs no speaker', () => {
  const body = 'The council has let the harbour wall crumble for a decade, and every winter storm now costs the town more than the repair would have.';
  const editorial = [
    'The harbour wall cannot wait another winter',
    '',
    '\u2018The council has let the harbour wall crumble for a decade, and every winter storm now costs the town more.\u2019 Photograph: Harbour Times',
    '',
    body,
    '',
    'Councillors should vote for the repair on Thursday and stop pretending the problem will go away on its own.',
  ].join('\n');
  // Before, the caption quoting the editorial's own sentence was a quote without a speaker.
  assert.deepEqual(unattributed(editorial), []);
  // The same words quoted in the body are a quote, not the article's own text: still flagged.
  assert.deepEqual(unattributed(editorial.replace(body, `\u201C${body}\u201D`)), [3, 5]);
});

test('a colon after a person named by role introduces the quote', () => {
  // Before, only a capitalised name before the colon did.
  assert.deepEqual(unattributed('The operator\u2019s chief executive was unapologetic: \u201CWe have run this route for forty years and will run it for forty more.\u201D\n'), []);
  // A colon after anything else introduces words nobody is named for.
  assert.deepEqual(unattributed('The message was clear: \u201CWe have run this route for forty years and will run it for forty more.\u201D\n'), [1]);
});

test('a quote opening a story is attributed by the next paragraph pointing back at it', () => {
  const lede = (next) => `\u201CThe fire took everything we had built in forty years.\u201D\n\n${next}\n`;
  // Before, the quote was flagged though the very next sentence names who said it.
  assert.deepEqual(unattributed(lede('That was how Tomas Brek, 71, described the blaze that destroyed his boatyard on Sunday.')), []);
  assert.deepEqual(unattributed(lede('Those were the words of Tomas Brek, 71, as he surveyed his boatyard on Sunday.')), []);
  // "the message from", "the warning from" too (before, flagged).
  assert.deepEqual(unattributed(lede('That was the message from Mayor Elena Reyes to the boatyard owners on Monday.')), []);
  assert.deepEqual(unattributed(lede('That was the message from the boatyard owners to the council.')), [1]);
  // In the quote's own paragraph too.
  assert.deepEqual(unattributed('\u201CWe will hold the line for as long as it takes.\u201D That was the message from Elena Reyes to about 800 strikers gathered on Monday.\n'), []);
  assert.deepEqual(unattributed('\u201CWe will hold the line for as long as it takes.\u201D That was the mood among about 800 strikers gathered on Monday.\n'), [1]);
  // A next paragraph that does not point back, or points back with no name, does not attribute.
  assert.deepEqual(unattributed(lede('Tomas Brek, 71, lost his boatyard to the blaze on Sunday night.')), [1]);
  assert.deepEqual(unattributed(lede('That was how he described the blaze that destroyed his boatyard on Sunday.')), [1]);
});

test('two quotes sharing a phrase are not the same quote: at least half the shorter one\u2019s words must match', () => {
  const a = '\u201CWe know where we are, we know what we got to do to get out of it, and tonight we took a step,\u201D coach Ana Ruiz said.';
  const b = '\u201CI have raised all I needed to do to get 70 percent of the vote,\u201D candidate Ben Ode said.';
  // Before, "to do to get … of" (5 words) made a quote-differs finding once the speakers were unknown.
  const out = checkAll({ a: a.replace('coach Ana Ruiz', 'she'), b: b.replace('candidate Ben Ode', 'he') });
  assert.deepEqual([...rule(out.a, 'quote-differs'), ...rule(out.b, 'quote-differs')], []);
  // A fragment of four words does not confirm a changed quote either.
  const changed = '\u201CHillary Clinton and her campaign of 2288 started the birther controversy. I finished it,\u201D Trump said.';
  const original = changed.replace('2288', '2008');
  const question = '\u201CWill you pledge not to issue a pardon to Hillary Clinton and her co-conspirators for their many crimes?\u201D a reporter asked.';
  assert.equal(rule(checkAll({ changed, original, question }).changed, 'quote-differs').length, 1);
});

test('quote-differs ignores US/UK spelling, case, punctuation, and a quote that is part of a longer one', () => {
  const files = {
    a: '\u201CWe recognised the harbour\u2019s value and will not politicise it,\u201D Bell said.\n',
    b: '"we recognized the harbour\'s value and will not politicize it. Nobody should," Bell said.\n',
  };
  const out = checkAll(files);
  assert.equal(rule(out.a, 'quote-differs').length + rule(out.b, 'quote-differs').length, 0);
  // An abbreviation with or without its dots, also as the quote's last word (flagged once the edge
  // words counted as changes: "US → U.S.").
  const usa = checkAll({ a: '\u201CWe will not bow to pressure from anyone, least of all the U.S.,\u201D Lind said.\n', b: '\u201CWe will not bow to pressure from anyone, least of all the US,\u201D Lind said.\n' });
  assert.equal(rule(usa.a, 'quote-differs').length + rule(usa.b, 'quote-differs').length, 0);
  // A prefix with its hyphen or without ("co-operation", "cooperation"): before, "co → cooperation".
  const coop = checkAll({ a: '\u201CWe will protect the fruits of three decades of co-operation and re-elect our friends,\u201D Ortega said.\n', b: '\u201CWe will protect the fruits of three decades of cooperation and reelect our friends,\u201D Ortega said.\n' });
  assert.equal(rule(coop.a, 'quote-differs').length + rule(coop.b, 'quote-differs').length, 0);
  // Other hyphenated words still read as their parts: "well-known" is "well known".
  const known = checkAll({ a: '\u201CIt is a well-known problem on this side of the river,\u201D Ortega said.\n', b: '\u201CIt is a well known problem on this side of the river,\u201D Ortega said.\n' });
  assert.equal(rule(known.a, 'quote-differs').length + rule(known.b, 'quote-differs').length, 0);
});

test('two different quotes sharing a phrase are not one quote worded differently', () => {
  // Same speaker, a five-word phrase and a few small words in common: no diff to report.
  const files = {
    draft: '\u201CFrom the north shore to Port Alder and East Haven, we see families who cannot cross the river,\u201D Bell said.\n',
    wire: 'Bell said: \u201CThe bridge closure hit Port Alder and East Haven hardest, and we need to reopen it before the winter storms.\u201D\n',
  };
  const out = checkAll(files);
  assert.deepEqual([...rule(out.draft, 'quote-differs'), ...rule(out.wire, 'quote-differs')], []);
  // One changed word in a long quote still is one quote worded differently.
  const reworded = checkAll({ ...files, draft: '\u201CThe bridge closure hit Port Alder and East Haven hardest, and we must reopen it before the winter storms,\u201D Bell said.\n' });
  assert.match(rule(reworded.draft, 'quote-differs')[0]?.message ?? '', /need to \u2192 must/);
});

test('quote-not-in-sources is off by default and fires when enabled', () => {
  const files = { a: '\u201CWe will rebuild the pier before the storms,\u201D Bell said.\n', b: 'The council met on Monday to discuss fishing quotas.\n' };
  assert.equal(rule(checkAll(files).a, 'quote-not-in-sources').length, 0);
  const on = checkAll(files, { check: { severity: { 'quote-not-in-sources': 'info' } } });
  assert.equal(rule(on.a, 'quote-not-in-sources').length, 1);
});

test('documents speak too: “…,” the letter reads; “…,” per the party\u2019s rules', () => {
  assert.deepEqual(unattributed('\u201CWe see harbour schools offering families hope for a better future,\u201D the letter reads.'), []);
  assert.deepEqual(unattributed('A candidate may be replaced \u201Cto fill a vacancy on the ballot at short notice,\u201D per the party\u2019s bylaws.'), []);
});

test('titles of works and laws in Title Case are not quotes to attribute', () => {
  assert.deepEqual(unattributed('\u201CHarbour Lights Over Alder Bay\u201D was written by the town band in 1999.'), []);
  assert.deepEqual(unattributed('The \u201CCoastal Fishing Protection Act\u201D passed with wide support.'), []);
});

test('a lowercase fragment quoted inside a sentence is not a direct quote to attribute', () => {
  assert.deepEqual(unattributed('The rules bar councillors who \u201Cparticipated personally and substantially as a public officer or employee.\u201D'), []);
});

test('a new speaker opening the paragraph after an unclosed quote: the paragraph\u2019s attribution covers both quotes', () => {
  const text = '\u201CThe pier is a danger to everyone who walks on it,\u201D Bell said. \u201CIf the council waits, someone will be hurt ...\n\u201CI have been thinking about the harbour for years,\u201D added Councillor Dev Marlowe. \u201COne of the things we are used to here is delay.\u201D\n';
  assert.deepEqual(unattributed(text), []);
});

test('a paragraph full of stray quote marks gets three findings and a count, not thousands', () => {
  const text = 'The table read 5" 6" 7" and then "" "" x" y" z" w" v" at the end of the row.\n';
  const found = rule(checkAll({ a: text }).a, 'unbalanced-quote');
  assert.ok(found.length <= 3);
  assert.match(found[found.length - 1].message, /\d+ more unbalanced marks? in this paragraph (is|are) not listed/);
});

test('a quote held by dozens of files is still compared with the closest wording', () => {
  const quote = 'We cannot let the old bridge rust while the ferries wait in the fog';
  const files = { 'draft.txt': `"We cannot let the old bridge corrode while the ferries wait in the fog," Mayor Ilse Brandt said.\n` };
  for (let i = 0; i < 30; i++) files[`copy-${String(i).padStart(2, '0')}.txt`] = `"${i % 2 ? quote.replace('in the fog', 'at the pier') : quote}," Mayor Ilse Brandt said in release ${i}.\n`;
  const [f] = rule(checkAll(files)['draft.txt'], 'quote-differs');
  assert.ok(f, 'quote-differs fires');
  assert.match(f.message, /corrode/);
});

test('quotes in a paragraph in another language are not judged, unless the project adds its speech verbs', () => {
  // The built-in speech verbs are English; "dijo" is Spanish for "said".
  const spanish = 'El alcalde de Puerto Aliso dijo ayer en la plaza: \u201CEl puente nuevo estar\u00E1 listo antes de que llegue el invierno, y los barcos volver\u00E1n al puerto.\u201D\n';
  assert.deepEqual(unattributed(spanish), []);
  const unattributedEnglish = 'At the harbour meeting on Tuesday the mood was grim. \u201CThe new bridge will be ready before the winter comes, and the boats will come back to the port.\u201D\n';
  assert.deepEqual(unattributed(unattributedEnglish), [1]);
  // With the project's own verbs the paragraph is judged, and "dijo" attributes the quote.
  const withVerbs = (text) => rule(checkAll({ a: text }, { analyze: { extraSpeechVerbs: ['dijo'] } }).a, 'unattributed-quote');
  assert.deepEqual(withVerbs(spanish), []);
  const noSpeaker = 'Ayer hubo fiesta en la plaza de Puerto Aliso. \u201CEl puente nuevo estar\u00E1 listo antes de que llegue el invierno, y los barcos volver\u00E1n al puerto.\u201D\n';
  assert.deepEqual(unattributed(noSpeaker), []);
  assert.equal(withVerbs(noSpeaker).length, 1);
});

test('Title Case names with small words are titles, and chanting attributes', () => {
  assert.deepEqual(unattributed('The mayor was voted off \u201CDancing with the Stars\u201D on Tuesday night.\n'), []);
  assert.deepEqual(unattributed('Protesters chanted, \u201CSave our harbour, save our town,\u201D outside the council offices.\n'), []);
});

test('a speaker and a comma after a question opens a long attribution: \u201C\u2026?\u201D Name, title, said', () => {
  const text = '\u201CWhy would anyone build a ferry terminal on that mud?\u201D Ana Ruiz, the harbour engineer who drew up the first plans, said at the meeting.\n';
  const [q] = lib.analyzeDocument(text).quotes;
  assert.equal(q.attribution.attributed, true);
  assert.equal(q.attribution.speaker, 'Ana Ruiz');
  // A long next sentence that does not open with a speaker and a comma does not attribute.
  assert.deepEqual(unattributed('\u201CWhy would anyone build a ferry terminal on that mud?\u201D The question hung over the meeting for an hour before the engineers said anything at all.\n'), [1]);
});

test('inch marks, arrows, markup attributes and German quotes are not stray quote marks', () => {
  const unbalancedIn = (text) => rule(checkAll({ a: text }).a, 'unbalanced-quote').length;
  assert.equal(unbalancedIn('The harbour office swapped its 13\u201D laptops for 16\u201D ones, and the 5\'11" clerk is pleased.\n'), 0);
  assert.equal(unbalancedIn('Ferry timetable changes for the winter \u00BB\n\n\u00BB Next: the dredging contract\n\nRead more \u00BB\u00BB\n\nBack to top \u00AB\n'), 0);
  assert.equal(unbalancedIn('<a href="https://alder.example/ferries" class=\u201Dlink\u201D>Ferries</a> [button link=\u201Dhttps://alder.example\u201D]\n'), 0);
  const german = 'Die Stadt nennt das Projekt \u201EHafen 2030\u201C und will bis zum Winter fertig sein.\n';
  assert.equal(unbalancedIn(german), 0);
  assert.deepEqual(quotes(german), ['Hafen 2030']);
  // A real stray mark is still found, and a guillemet quote is still a quote.
  assert.equal(unbalancedIn('Bell called for calm and an end to the dispute over fees.\u201D\n'), 1);
  assert.deepEqual(quotes('Le maire a dit \u00ABle port rouvrira au printemps\u00BB hier soir.\n'), ['le port rouvrira au printemps']);
  // German and Danish quotes open with » and close with «; Swedish ones close with » again.
  const reversed = 'Anwohner kritisierten den Plan. \u00BBF\u00FCr uns ist das ein Umweg von \u201Ezwanzig\u201C Minuten\u00AB, sagte ein Ladenbesitzer.\n';
  assert.equal(unbalancedIn(reversed), 0);
  assert.deepEqual(quotes(reversed), ['F\u00FCr uns ist das ein Umweg von \u201Ezwanzig\u201C Minuten']);
  assert.deepEqual(quotes('Hon sa \u00BBvi v\u00E4ntar inte\u00BB till slut.\n'), ['vi v\u00E4ntar inte']);
  assert.equal(unbalancedIn('Er sagte \u00BBnein und ging.\n'), 1);
  // A paragraph the page cut off never got to close its quote: before, that was a stray mark.
  assert.equal(unbalancedIn('The coach was blunt after the defeat. \u201CWe are playing a lot of young players and we...\n'), 0);
  assert.equal(unbalancedIn('The coach was blunt after the defeat. \u201CWe are playing a lot of young players.\n'), 1);
});

test('quote-differs names a phrase the quote only puts elsewhere as moved', () => {
  const files = {
    draft: 'Bell said: \u201CAt present, under the guise of safety, certain harbour officials are quietly closing the old pier to every family in the town.\u201D\n',
    wire: 'Bell said: \u201CAt present, certain harbour officials under the guise of safety are closing the old pier to every family in the town.\u201D\n',
  };
  const [f] = rule(checkAll(files).draft, 'quote-differs');
  // Words are compared normalised (harbour and harbor are one word) and shown as the quotes spell them.
  assert.match(f.message, /moved: certain harbour officials/);
  assert.doesNotMatch(f.message, /\u2212 certain/);
  assert.match(f.message, /\+ quietly/);
});

test('a quote ending its paragraph, signed on the next line with a dash and a name, is attributed', () => {
  const text = 'Readers wrote in about the new ferry.\n\n\u201CThe crossing was smooth and the crew were kind to my children all the way to the island.\u201D\n\n\u2013 Ines V.\n\n\u201CThe cafe on board ran out of coffee before we had even left the harbour.\u201D\n\n- Share\n';
  const [signed, bullet] = lib.analyzeDocument(text).quotes;
  assert.equal(signed.attribution.attributed, true);
  assert.equal(signed.attribution.speaker, 'Ines V.');
  // A hyphen bullet below a quote is a list or a menu, not a signature.
  assert.equal(bullet.attribution.attributed, false);
});

test('a closing mark typed where a quote opens (or the reverse) is one finding, fixed by turning it round', () => {
  const text = [
    '\u201DThe ferry fares are too high for the islanders,\u201D Ines Varga said on Monday.',
    '',
    'Councillors called the plan \u201Cunfair\u201D and \u201Dlikely to empty the island schools\u201D in a letter.',
    '',
    '\u201DThe ferries will run all winter.',
  ].join('\n');
  const found = rule(checkAll({ a: text }).a, 'unbalanced-quote');
  // Before, each reversed quote gave two "no opening mark" findings and no quote was read.
  assert.deepEqual(found.map((f) => [lineOf(text, f.start), f.message.startsWith('Quote opens with a closing mark')]), [[1, true], [3, true], [5, false]]);
  const fixed = lib.applyEdits(text, found[0].fixes[0].edits);
  assert.equal(fixed, '\u201C' + text.slice(1), 'the fix changes exactly the mark');
  assert.deepEqual(quotes(text), ['The ferry fares are too high for the islanders,', 'unfair', 'likely to empty the island schools']);
  assert.deepEqual(unattributed(text), [], 'the reversed quote is read, and attributed');

  // The mirror case: an opening mark typed where the quote closes.
  const closing = 'The report called the ferry plan \u201Cmostly sound.\u201C\n\n\u201CThe fares must fall by a tenth,\u201C Ines Varga said.';
  const found2 = rule(checkAll({ a: closing }).a, 'unbalanced-quote');
  assert.deepEqual(found2.map((f) => [lineOf(closing, f.start), f.message.startsWith('Quote closes with an opening mark')]), [[1, true], [3, true]]);
  assert.equal(lib.applyEdits(closing, found2[0].fixes[0].edits), closing.replace('sound.\u201C', 'sound.\u201D'));
  assert.deepEqual(quotes(closing), ['mostly sound.', 'The fares must fall by a tenth,']);
});

/** The speaker found for a text's first quote. */
const speaker = (text) => lib.analyzeDocument(text).quotes[0].attribution.speaker;

test('speakers: words that only open a sentence or name a day are not the speaker', () => {
  // The word list was one string split into characters, so "The", "While" and "Monday" stayed in names.
  assert.equal(speaker('\u201CThe ferries will run all winter,\u201D Ines Varga, the harbour master, said on Monday.'), 'Ines Varga');
  assert.equal(speaker('While Bell said the ferries would run, he added: \u201CNot on the stormy days, though.\u201D'), 'Bell');
  assert.equal(speaker('The Harbour Board said: \u201CThe ferries will run all winter.\u201D'), 'Harbour Board');
  assert.equal(speaker('\u201CThe ferries will run all winter,\u201D He Jianxiong said.'), 'He Jianxiong');
});

test('speakers: where a quote was posted or said ("on X", "on Channel 4", "via Instagram") is not who said it', () => {
  // Before, "X." spoke for the mayor, and Channel 4 for the minister interviewed on it.
  assert.equal(speaker('\u201CWe will rebuild every house,\u201D the mayor posted on X.'), undefined);
  assert.equal(speaker('In an interview on Channel 4\u2019s \u201CHarbour Hour,\u201D Minister Ana Ruiz said the ferries would run. \u201CWe will not cut a single sailing.\u201D'), 'Minister Ana Ruiz');
  assert.equal(speaker('\u201CWe will rebuild every house,\u201D Ruiz wrote on Instagram.'), 'Ruiz');
  // A platform speaking for itself still speaks.
  assert.equal(speaker('\u201CWe will restore the accounts,\u201D Twitter said in a statement.'), 'Twitter');
});

test('speakers: a name after "to" heard the words ("said in a statement to Harbour Radio"), it did not say them', () => {
  // Before, Harbour Radio was the family's speaker, and a quick fix elsewhere offered "Attribute to Harbour Radio".
  assert.equal(speaker('\u201CWe ask everyone to respect our privacy,\u201D the family said in a statement to Harbour Radio.'), undefined);
  assert.equal(speaker('\u201CThe ferries will run all winter,\u201D said Lena Berg, adviser to Ana Ruiz.'), 'Lena Berg');
  // The speaker before the verb still speaks, whatever the listener.
  assert.equal(speaker('\u201CWe ask everyone to respect our privacy,\u201D Ana Ruiz said in a statement to Harbour Radio.'), 'Ana Ruiz');
});

test('a quote the page ends inside, mid-word, is not a changed word: "… seeps into my blood" of "bloodstream"', () => {
  const source = 'Harbour Mayor Elin Vasquez said that every time she sails home, \u201Ca little more of the island seeps into my bloodstream, and from there straight to my heart.\u201D\n';
  const differs = (draft) => rule(checkAll({ source, draft }).draft, 'quote-differs').map((f) => f.message);
  // Before: "bloodstream \u2192 blood".
  assert.deepEqual(differs('Vasquez ended her speech on the quay.\n\n\u201CEvery time I sail home a little more of the island seeps into my blood'), []);
  // A quote that closes, or a page that goes on, keeps its last word: a word changed there is still found.
  assert.deepEqual(differs('Vasquez said: \u201CEvery time I sail home a little more of the island seeps into my blood.\u201D\n'), ['Quote differs from source line 1: bloodstream \u2192 blood.']);
});

test('a document\u2019s quoted line ("Ana Ruiz\u2019s email to staff opened with the line \u201C\u2026\u201D") is its writer\u2019s', () => {
  const email = 'Harbour Bank chief executive Ana Ruiz\u2019s email to staff opened with the line \u201CI have some difficult news to share with all of you.\u201D';
  // Before, the quote had no speaker and was flagged.
  assert.deepEqual(unattributed(email), []);
  assert.equal(speaker(email), 'Ana Ruiz');
  assert.deepEqual(unattributed('The letter was long. \u201CWe will not forget the harbour or its people.\u201D'), [1]);
});

test('speakers: a name the speech verb reports on is not the speaker', () => {
  // Before, "Ekberg" (who would appeal) was the speaker, and the lawyer's changed quote was never
  // compared with the lawyer's quote in the sources.
  assert.equal(speaker('His lawyer said Ekberg would appeal, adding: \u201CThe court has ignored the evidence.\u201D'), undefined);
  assert.equal(speaker('Judge Marit Halvorsen said Ekberg had \u201Csold the harbour one contract at a time\u201D.'), 'Judge Marit Halvorsen');
  // The name after the verb is still the speaker when no clause follows it.
  assert.equal(speaker('\u201CThe court has ignored the evidence,\u201D said Per Sandvik, who will appeal.'), 'Per Sandvik');
  assert.equal(speaker('\u201CThe court has ignored the evidence,\u201D said Sandvik on Monday.'), 'Sandvik');
});

test('speakers: the name before asides set off by commas is who speaks, not a name inside them', () => {
  // Before, the name nearest the verb, inside the aside, was the speaker: the fix offered to
  // attribute the quote to a foundation, and quote-differs compared it with the foundation's quotes.
  assert.equal(speaker('Professor Ian Blake, of the Brain Health Foundation, who was not involved in the study, said the findings were \u201Cencouraging but not the final word\u201D.'), 'Professor Ian Blake');
  assert.equal(speaker('Marta Ochoa, president of the Harbour Traders Association, told reporters: \u201CWe were never asked.\u201D'), 'Marta Ochoa');
  // An aside that is the subject's own clause, or none at all, is read as before.
  assert.equal(speaker('In Port Alder, the Harbour Board said: \u201CThe ferries will run all winter.\u201D'), 'Harbour Board');
  assert.equal(speaker('\u201CThe ferries will run all winter,\u201D Ines Varga, the harbour master, said on Monday.'), 'Ines Varga');
});

test('a speech verb\u2019s -ing form used as a noun ("its red wind warning") attributes nothing', () => {
  const text = (s) => `Storm Ingrid reached the coast on Thursday. ${s} \u201CThis is a dangerous storm, and people should stay indoors if they can.\u201D\n`;
  // Before, "warning" in the sentence before counted as the speech verb, and the quote had a speaker.
  assert.deepEqual(unattributed(text('The Met Office extended its red wind warning until 9pm.')), [1]);
  assert.deepEqual(unattributed(text('Officials held a briefing at noon.')), [1]);
  // As a verb it still attributes: after a comma, an auxiliary, a preposition or its subject.
  for (const s of ['The Met Office raised its alert, warning residents.', 'The Met Office is warning residents.', 'The forecasters are right in warning residents.', 'With forecasters warning residents, roads closed.']) assert.deepEqual(unattributed(text(s)), [], s);
});

test('a speech verb\u2019s -ing form with its listeners and "to" or "that" after it is a verb: "a banner in the app telling fans to \u201C\u2026\u201D"', () => {
  // Before, "telling" after "app" read as a noun, and the quote had no speaker.
  assert.deepEqual(unattributed('The final will stream in the club app, with a banner tucked inside the ticket app telling fans to \u201CGet ready for the loudest night of the season.\u201D\n'), []);
  assert.deepEqual(unattributed('A notice went up on the harbour board warning residents that \u201CThe water will be off until Friday morning.\u201D\n'), []);
  // Without listeners after it, the noun reading stands: "its red wind warning until 9pm" (above).
  assert.deepEqual(unattributed('The club opened a new app telling section last week. \u201CGet ready for the loudest night of the season.\u201D\n'), [1]);
});

test('speakers: a plural noun shaped like a speech verb ("four points") yields to the verb after it', () => {
  // Before, "points" was the cue and the name nearest it, the Liberal Union, the speaker.
  assert.equal(speaker('With her party trailing the Liberal Union by four points in the polls, Halvard told delegates: \u201CWe will not wait for the market.\u201D'), 'Halvard');
  assert.equal(speaker('Scott Pruitt, the attorney general of Oklahoma, one of the states suing the agency, said: \u201CThis rule will not survive the courts.\u201D'), 'Scott Pruitt');
  assert.equal(speaker('Giving a speech in Toledo, Clinton says the senator is \u201Ca longtime, dedicated advocate for children\u201D.'), 'Clinton');
  // With no verb after it, it still attributes as before ("one of the reasons", then the quote).
  assert.deepEqual(unattributed('Sen. Ana Ruiz identified exhaustion with bigotry as one of the reasons for her hope. \u201CThe younger people are sick and tired of discrimination and racism.\u201D\n'), []);
});

test('a tribute names its speaker: "Mayor Ana Ruiz paid tribute to the harbour master. \u201C\u2026\u201D"', () => {
  // Before, the quote had no speaker: "paid tribute" was no cue.
  assert.deepEqual(unattributed('Mayor Ana Ruiz paid tribute to the harbour master. \u201CShe kept every ferry of this town running for forty winters.\u201D\n'), []);
  assert.deepEqual(unattributed('Mayor Ana Ruiz pays tribute to Ines Varga. \u201CShe kept every ferry of this town running for forty winters.\u201D\n'), []);
  // A tribute with no one paying it names no speaker.
  assert.deepEqual(unattributed('The tribute ended at noon. \u201CShe kept every ferry of this town running for forty winters.\u201D\n'), [1]);
});

test('a rank abbreviated before a name does not end the sentence: "Lt. Col. Dana Ruiz of the Harbor Patrol, said"', () => {
  // Before, the attribution's sentence ended at "Lt." (the quote finder kept a shorter list of
  // abbreviations than the sentence splitter), so the quote had no speaker.
  assert.deepEqual(unattributed('\u201CWe are bringing every boat home tonight,\u201D Lt. Col. Dana Ruiz of the Harbor Patrol, said on Monday.\n'), []);
  assert.deepEqual(unattributed('\u201CThe pier is closed until the water drops,\u201D Sgt. Omar Pell told reporters.\n'), []);
  assert.deepEqual(unattributed('\u201CWe counted every cabin twice,\u201D Capt. Ines Varga said.\n'), []);
});

test('speakers: "President Tomas Ortega of Castania said" names Ortega, not Castania', () => {
  // Before, the place right before the verb was the name nearest it.
  assert.equal(speaker('President Tomas Ortega of Castania said the two countries would \u201Cstand together against unilateral sanctions\u201D.'), 'President Tomas Ortega');
  assert.equal(speaker('Mr. Morgan of the Sierra Club said: \u201CWe will fight this in every court we can.\u201D'), 'Mr. Morgan');
  // One body's name ("The Bank of England") is not cut at its "of" (it is read as before, by its
  // last capitalised run), and a place before the quote, not before the verb, changes nothing.
  assert.notEqual(speaker('The Bank of England said: \u201CWe will act as needed to protect the economy.\u201D'), 'Bank');
  assert.equal(speaker('Hosting Cook at Dreamforce \u201Cis our dream, and we will act,\u201D Benioff said.'), 'Benioff');
});

test('speakers: after "said", an organisation and a role in lower case come before the person who speaks', () => {
  assert.equal(speaker('\u201CThis is a dangerous storm,\u201D said Met Office chief meteorologist Sara Lind.'), 'Sara Lind');
  assert.equal(speaker('\u201CHe is wrong about that,\u201D said MSNBC host Chris Matthews.'), 'Chris Matthews');
  // The listener after "told", a clause after the organisation, or a day: read as before.
  assert.equal(speaker('Ruiz told Fox News host Sean Hale: \u201CWe will not back down on this.\u201D'), 'Ruiz');
  assert.equal(speaker('\u201CWe will not back down on this,\u201D said Ruiz on Monday.'), 'Ruiz');
});

test('quote-differs: a changed first or last word of a quote is a change, not an extra', () => {
  const source = '\u201CThe court has ignored the evidence that my client acted on instructions,\u201D Per Sandvik told reporters.\n';
  const msgs = (draft) => rule(checkAll({ source, notes: source.replace('told reporters', 'said'), draft }).draft, 'quote-differs').map((f) => f.message);
  // Before, the alignment ended at "on" and left "orders" as the draft's extra word: no finding.
  assert.deepEqual(msgs('His lawyer said Ekberg would appeal, adding: \u201CThe court has ignored the evidence that my client acted on orders.\u201D\n'), ['Quote differs from source line 1: instructions \u2192 orders.']);
  assert.deepEqual(msgs('Sandvik said: \u201CThis court has ignored the evidence that my client acted on instructions.\u201D\n'), ['Quote differs from source line 1: the \u2192 This.']);
  // A shorter quote that only stops early, or goes on past the source's end, changes nothing.
  assert.deepEqual(msgs('Sandvik said: \u201CThe court has ignored the evidence that my client acted.\u201D\n'), []);
  assert.deepEqual(msgs('Sandvik said: \u201CThe court has ignored the evidence that my client acted on instructions, and we will appeal.\u201D\n'), []);
  // Two quotes sharing a phrase stay two quotes: five same words do not carry a changed edge of two.
  const coach = '\u201CIf you start believing in yourself, then good things are going to happen,\u201D he said.\n';
  const out = checkAll({ coach, rally: '\u201CBad, bad things are going to happen,\u201D Trump warned.\n' });
  assert.deepEqual([...rule(out.coach, 'quote-differs'), ...rule(out.rally, 'quote-differs')], []);
});

test('a quote repeated inside a quote its file attributes (a pull quote, a caption) has that speaker', () => {
  const text = [
    'The ferry company will raise fares by a tenth from April.',
    '',
    '\u201CThe islanders cannot pay more for the same old boats\u201D',
    '',
    '\u201CWe have said it for years: the islanders cannot pay more for the same old boats,\u201D Ines Varga, the harbour master, said on Monday.',
    '',
    'The company did not answer calls on Monday.',
    '',
    '\u201CThe timetable will not change before the summer season begins.\u201D',
    '',
    'Councillors asked for the accounts. \u201CThe company has kept its books closed for six years and the council will not wait any longer,\u201D one wrote, adding that the timetable will not change before the summer season begins.',
  ].join('\n');
  // Before, the pull quote on line 3 was flagged though line 5 says who said it. Line 9's words
  // are in line 11's text but not inside its quote, so it still has no speaker.
  assert.deepEqual(unattributed(text), [9]);
  const pull = lib.analyzeDocument(text).quotes[0].attribution;
  assert.equal(pull.speaker, 'Ines Varga');
  assert.equal(pull.cue, 'repeats the quote on line 5');
});

test('a quote paragraph right after a paragraph ending in its quote\u2019s attribution is the same speaker going on', () => {
  const said = '\u201CWe have patched this bridge with tape for far too long,\u201D Mayor Helen Okafor said on Thursday.';
  const more = '\u201CThe deck will not survive another winter without the repairs.\u201D';
  const third = '\u201CAnd the ferries cannot carry the whole town to work every morning.\u201D';
  // Before, the second paragraph was flagged: news style does not repeat the name.
  assert.deepEqual(unattributed([said, '', more].join('\n')), []);
  const a = lib.analyzeDocument([said, '', more].join('\n')).quotes[1].attribution;
  assert.equal(a.speaker, 'Mayor Helen Okafor');
  assert.equal(a.cue, 'said (the paragraph before)');
  // One paragraph only: a third quote paragraph has no speaker in sight.
  assert.deepEqual(unattributed([said, '', more, '', third].join('\n')), [5]);
  // A paragraph between them, an attribution not at the end of the paragraph before, or more text
  // beside the quote: no continuation.
  assert.deepEqual(unattributed([said, '', 'The council voted 7-2 to approve the repairs.', '', more].join('\n')), [5]);
  assert.deepEqual(unattributed(['Okafor said \u201Cthe bridge is a disgrace\u201D and left the meeting early to speak to residents about the ferry timetable.', '', more].join('\n')), [3]);
  assert.deepEqual(unattributed([said, '', `${more} The council has set no date for the vote.`].join('\n')), [3]);
  // "he said" with no name before it for the pronoun to stand for goes on too (before, flagged);
  // "it said" (a document, a body) is no one going on.
  const pronoun = '\u201CWe have patched this bridge with tape for far too long,\u201D she said.';
  assert.deepEqual(unattributed([pronoun, '', more].join('\n')), []);
  assert.deepEqual(unattributed([pronoun, '', more, '', third].join('\n')), [5]);
  assert.deepEqual(unattributed([pronoun.replace('she said', 'it said'), '', more].join('\n')), [3]);
  // A family, a spokesman or a lawyer goes on too ("\u201C…,\u201D the family said in a statement."; before, flagged);
  // a report does not.
  const family = '\u201CWe have lost the finest harbour master Port Alder ever had,\u201D the family said in a statement.';
  assert.deepEqual(unattributed([family, '', more].join('\n')), []);
  assert.deepEqual(unattributed([family.replace('the family', 'her spokesman'), '', more].join('\n')), []);
  assert.deepEqual(unattributed([family.replace('the family', 'the report'), '', more].join('\n')), [3]);
  // A statement runs on over paragraphs ("\u201C…,\u201D a statement from the harbour board said."; before, flagged).
  const statement = '\u201CWe have lost the finest harbour master Port Alder ever had,\u201D a statement from the harbour board said.';
  assert.deepEqual(unattributed([statement, '', more].join('\n')), []);
  assert.deepEqual(unattributed([statement.replace('a statement from the harbour board', 'the statement'), '', more].join('\n')), []);
  assert.deepEqual(unattributed([statement, '', more, '', third].join('\n')), [5]);
});

test('a quote running on over paragraphs right after its speaker\u2019s paragraph is that speaker going on', () => {
  const said = '\u201CWe have patched this bridge with tape for far too long,\u201D Mayor Helen Okafor said on Thursday.';
  // The second paragraph opens a quote and leaves it open: the third carries it on and closes it.
  const running = ['\u201CThe deck will not survive another winter without the repairs.', '', '\u201CAnd the ferries cannot carry the whole town to work every morning.\u201D'];
  // Before, the running quote was flagged: only a quote within one paragraph went on.
  assert.deepEqual(unattributed([said, '', ...running].join('\n')), []);
  const a = lib.analyzeDocument([said, '', ...running].join('\n')).quotes[1].attribution;
  assert.equal(a.speaker, 'Mayor Helen Okafor');
  // After a paragraph of narrative, or with text after its close, it is flagged as before.
  assert.deepEqual(unattributed([said, '', 'The council voted 7-2 to approve the repairs.', '', ...running].join('\n')), [5]);
  assert.deepEqual(unattributed([said, '', running[0], '', `${running[2]} The council has set no date.`].join('\n')), [3]);
});

test('words quoted by the name of what carries them (a motto, a sign, a hashtag) need no speaker', () => {
  // Before, the motto was flagged as a quote with no speaker.
  assert.deepEqual(unattributed('The motto \u201CAlways forward, never back to the fog\u201D is painted on every ferry.'), []);
  assert.deepEqual(unattributed('Marchers held a banner \u201CSave the Kestrel Street bridge for our children\u201D outside the hall.'), []);
  // Speech is still speech: a sentence that merely mentions a sign further back is judged as before.
  assert.deepEqual(unattributed('Under the sign, residents waited. \u201CWe want our bridge back before the winter comes.\u201D'), [1]);
  // A name given to something ("known as the …", "dubbed", "entitled") is no speech either (before, flagged).
  assert.deepEqual(unattributed('The agreement, known as the \u201CBaltic Link energy partnership and supply framework\u201D, runs for ten years.'), []);
  assert.deepEqual(unattributed('The plan, dubbed \u201Cthe ferry for every season and every family\u201D by its authors, was approved.'), []);
  // Words typed into a search are no speech either (before, flagged); speech after a search still is.
  assert.deepEqual(unattributed('Before leaving, he searched online for \u201CKestrel Street bridge closure dates\u201D on his phone.'), []);
  assert.deepEqual(unattributed('He searched for his keys. \u201CWe want our bridge back before the winter comes.\u201D'), [1]);
});

test('a quote of the other double style inside a quote is part of it, not two stray marks', () => {
  const marks = (text) => rule(checkAll({ a: text }).a, 'unbalanced-quote').map((f) => f.message.slice(0, 30));
  const straightOuter = '"I will read you the question: \u201CShould the ferry run in winter?\u201D Forty said yes, and thirty said no," Bell said.';
  // Before, the inner opening mark re-opened the quote: "never closed" at the first mark and "no
  // opening mark" at the last, and the quote was cut in two.
  assert.deepEqual(marks(straightOuter), []);
  assert.deepEqual(quotes(straightOuter), ['I will read you the question: \u201CShould the ferry run in winter?\u201D Forty said yes, and thirty said no,']);
  const curlyOuter = '\u201CThe council called it the "Kestrel plan" and voted for it,\u201D Bell said.';
  assert.deepEqual(marks(curlyOuter), []);
  assert.deepEqual(quotes(curlyOuter), ['The council called it the "Kestrel plan" and voted for it,']);
  // An inner quote that never closes is still found, once.
  const innerOpen = '"The council called it \u201Cthe Kestrel plan and voted for it," Bell said.';
  assert.deepEqual(marks(innerOpen), ['Opening quote mark is never cl']);
  assert.equal(lib.analyzeDocument(innerOpen).unbalanced[0].offset, innerOpen.indexOf('\u201C'));
});

test('photo captions between the paragraphs of a running quote do not end it', () => {
  const text = [
    'Harbour master Ines Varga said: \u201CThe ferries will run all winter. We have the crews and the boats.',
    '',
    'The Alder Star leaving Port Alder on Monday (Image: HARBOUR TIMES)',
    '',
    '\u201COnly a storm will keep them in the harbour, and then only for a day.\u201D',
  ].join('\n');
  // Before, the caption broke the quote: "never closed" on line 1 and no speaker on line 5.
  assert.deepEqual(rule(checkAll({ a: text }).a, 'unbalanced-quote'), []);
  assert.deepEqual(unattributed(text), []);
  assert.equal(quotes(text).length, 1);
});

test('a curly quote inside a curly quote nests when the line closes both', () => {
  const marks = (text) => rule(checkAll({ a: text }).a, 'unbalanced-quote').map((f) => f.start);
  const nested = '\u201CI would rather live in what he calls \u201Chell\u201D than in a town without ferries,\u201D Ines Varga said.';
  // Before: "never closed" at the first mark and "no opening mark" at the last.
  assert.deepEqual(marks(nested), []);
  assert.deepEqual(quotes(nested), ['I would rather live in what he calls \u201Chell\u201D than in a town without ferries,']);
  // Not enough closing marks for a nest: the unclosed title is found, the quotes after it stay quotes.
  const title = 'The band called it \u201CHarbour (\u201CHome Again\u201D). \u201CIt grabbed me,\u201D Bell said. \u201CIt just fit.\u201D';
  assert.deepEqual(marks(title), [title.indexOf('\u201CHarbour')]);
  assert.deepEqual(quotes(title), ['Home Again', 'It grabbed me,', 'It just fit.']);
});

test('quote-differs: one wording against another goes against the file outvoted on the story\u2019s facts', () => {
  const call = (day) => `Norland President Ava Lind and Vesta Prime Minister Karl Moss held a video call on ${day}, and agreed to expand energy cooperation between the two countries.\n\n`;
  const quote = (word) => `Lind told Moss: \u201CThe relationship between our countries has ${word} every test of the last ten years.\u201D\n`;
  const files = { wire: call('Wednesday') + quote('withstood'), times: call('Wednesday'), fake: call('Thursday') + quote('survived') };
  const out = checkAll(files);
  assert.deepEqual(rule(out.fake, 'quote-differs').map((f) => f.message), ['Quote differs from wire line 3: withstood \u2192 survived.']);
  // Before, the wire was warned as well; the fake is outvoted on the weekday.
  assert.deepEqual(rule(out.wire, 'quote-differs'), []);
  // With nothing to tell the two apart, both are warned.
  const two = checkAll({ wire: files.wire, fake: call('Wednesday') + quote('survived') });
  assert.equal(rule(two.wire, 'quote-differs').length + rule(two.fake, 'quote-differs').length, 2);
});

test('quote-differs: words in square brackets are the writer\u2019s edit, not a changed word', () => {
  const source = '\u201CThis was a disaster for every family on this street, and they have failed us,\u201D Tomas Brek said.\n';
  const msgs = (draft) => {
    const out = checkAll({ source, draft });
    return [rule(out.draft, 'quote-differs').map((f) => f.message), rule(out.source, 'quote-differs').map((f) => f.message)];
  };
  // Before, "[It]" and "[the council] have" read as changed words, in both files.
  assert.deepEqual(msgs('\u201C[It] was a disaster for every family on this street, and [the council] have failed us,\u201D Brek said.\n'), [[], []]);
  // A real change beside a bracket is still found, and described without the bracket.
  const [[changed]] = msgs('\u201C[It] was a catastrophe for every family on this street, and they have failed us,\u201D Brek said.\n');
  assert.match(changed, /disaster \u2192 catastrophe\.$/);
  const [f] = rule(checkAll({ source, draft: '\u201C[It] was a catastrophe for every family on this street, and they have failed us,\u201D Brek said.\n' }).draft, 'quote-differs');
  assert.ok(!f.fixes.some((x) => x.title.startsWith('Use the wording')), 'no source-wording fix across a bracket');
});

test('quote-differs: "5%", "5 percent" and "5 per cent" are one wording, as are "long-term" and "long term"; a changed figure beside them is found', () => {
  const q = (v) => `Lind spoke on Friday about prices.\n\n\u201CWe expect prices to rise ${v} this year and more next year,\u201D Lind said.\n`;
  // Before, "+ percent" and "percent \u2192 per cent" were quote changes.
  const out = checkAll({ a: q('5 percent'), b: q('5%'), c: q('5 per cent') });
  assert.deepEqual([...rule(out.a, 'quote-differs'), ...rule(out.b, 'quote-differs'), ...rule(out.c, 'quote-differs')], []);
  const changed = checkAll({ a: q('5 percent'), b: q('5%'), draft: q('6%') });
  const [f] = rule(changed.draft, 'quote-differs');
  assert.match(f.message, /5 \u2192 6\.$/);
  // The fix replaces the text the diff's words stand for: "6%" is two of them, one stretch of text.
  const fix = f.fixes.find((x) => x.title.startsWith('Use the wording'));
  assert.match(lib.applyEdits(q('6%'), fix.edits), /\u201CWe expect prices to rise 5(?:%| percent) this year and more next year,\u201D Lind said\./);
  // Hyphens and ampersands are house style too.
  const styled = checkAll({ a: q('5 percent').replace('more next year', 'a long-term fall & rise'), b: q('5%').replace('more next year', 'a long term fall and rise') });
  assert.deepEqual([...rule(styled.a, 'quote-differs'), ...rule(styled.b, 'quote-differs')], []);
});

test('quote-differs: a compound written open, hyphenated or closed is one wording; a changed word beside it is found', () => {
  const q = (w) => `Sheriff Dale Orr spoke after the chase.\n\n\u201CHe was ${w} on getting past every roadblock we set up that night,\u201D Orr said.\n`;
  // Before, "hell bent \u2192 hellbent" was a quote change in both files.
  const out = checkAll({ a: q('hell-bent'), b: q('hellbent'), c: q('hell bent') });
  assert.deepEqual([...rule(out.a, 'quote-differs'), ...rule(out.b, 'quote-differs'), ...rule(out.c, 'quote-differs')], []);
  const [f] = rule(checkAll({ a: q('hell-bent'), b: q('hellbent'), draft: q('dead set') }).draft, 'quote-differs');
  assert.match(f.message, /hell ?-?bent \u2192 dead set\.$/);
});

test('quote-differs: "November 5th" and "November 5" are one wording; another day is a change', () => {
  const q = (d) => `Pell left the hall on Friday.\n\n\u201CThe real count is going to be on March ${d} at the ballot box,\u201D Pell said.\n`;
  // Before, "5 \u2192 5th" was a quote change: spoken dates are written either way.
  const out = checkAll({ a: q('5'), b: q('5th') });
  assert.deepEqual([...rule(out.a, 'quote-differs'), ...rule(out.b, 'quote-differs')], []);
  const [f] = rule(checkAll({ a: q('5'), b: q('6th') }).b, 'quote-differs');
  assert.match(f.message, /5 \u2192 6th\.$/);
});

test('quote-differs: the source-wording fix starts after my extra opening words, however many', () => {
  const source = 'Mayor Ana Ruiz said on Monday: \u201CThe harbour wall must be repaired before the storms arrive this winter.\u201D\n';
  const draft = '\u201CFrankly and honestly, the harbour wall must be rebuilt before the storms arrive this winter,\u201D Mayor Ana Ruiz said.\n';
  const [f] = rule(checkAll({ source, draft }).draft, 'quote-differs');
  assert.match(f.message, /repaired \u2192 rebuilt\.$/);
  const fix = f.fixes.find((x) => x.title.startsWith('Use the wording'));
  // Before, the three opening words counted as one step: the fix replaced from "and", dropping
  // "and honestly," and leaving "this winter" twice. The source's capital opened its sentence: my
  // "the" keeps its case.
  assert.equal(lib.applyEdits(draft, fix.edits), '\u201CFrankly and honestly, the harbour wall must be repaired before the storms arrive this winter,\u201D Mayor Ana Ruiz said.\n');
});

test('quote-differs: a quote joined from two of the source\u2019s is checked word by word; the part a source has unchanged vouches only for itself', () => {
  const source = '\u201CYou don\u2019t need to run marathons,\u201D said lead author Dr. Hanna Sorensen, an epidemiologist at Kessford. \u201CEven a modest increase in daily steps in later life appears to matter.\u201D\n';
  const joined = (w) => `\u201CYou don\u2019t need to run marathons. Even a ${w} increase in daily steps in later life appears to matter,\u201D said Dr. Hanna Sorensen.\n`;
  // Before, the first sentence, held word for word, vouched for the whole quote.
  assert.deepEqual(rule(checkAll({ source, draft: joined('small') }).draft, 'quote-differs').map((f) => f.message), ['Quote differs from source line 1: modest \u2192 small.']);
  assert.deepEqual(rule(checkAll({ source, draft: joined('modest') }).draft, 'quote-differs'), []);
  // Two sources differing from each other where this quote has one of them word for word: not this quote's change.
  const other = '\u201CEven a slight increase in daily steps in later life appears to matter,\u201D Sorensen said.\n';
  assert.deepEqual(rule(checkAll({ source, other, draft: joined('modest') }).draft, 'quote-differs'), []);
});

test('an ellipsis in a quote stands for words left out: "fog ... I have" is "fog, and I have"', () => {
  const source = '\u201CWe will not let the bridge rust while the ferries wait in the fog, and I have not given up on Washington,\u201D Mayor Ilse Brandt said.\n';
  // Before, the outlet that left "and" out behind an ellipsis, and the source, were both warned.
  const cut = '\u201CWe will not let the bridge rust while the ferries wait in the fog ... I have not given up on Washington,\u201D Brandt said.\n';
  const out = checkAll({ source, cut });
  assert.deepEqual([...rule(out.cut, 'quote-differs'), ...rule(out.source, 'quote-differs')], []);
  // A changed word is still a change beside an ellipsis, and the fix never rewrites across one.
  const changed = '\u201CWe will not let the bridge rot while the ferries wait in the fog \u2026 I have not given up on Washington,\u201D Brandt said.\n';
  const [finding] = rule(checkAll({ source, changed }).changed, 'quote-differs');
  assert.equal(finding.message, 'Quote differs from source line 1: rust \u2192 rot.');
  assert.deepEqual(finding.fixes.filter((f) => f.title.startsWith('Use the wording')), []);
});

test('quote-differs: a clock time in either style and a writer\u2019s note in round brackets are no change', () => {
  const wire = 'Bishop Anselm Roth, the diocese\u2019s spokesman, said: \u201CAt 6:40 this morning the old bell of St Brendan\u2019s rang for the last time before its removal.\u201D\n';
  const paper = 'Bishop Anselm Roth, the diocese\u2019s spokesman, said: \u201CAt 6.40 this morning (local time) the old bell of St Brendan\u2019s rang for the last time before its removal.\u201D\n';
  // Before, "6:40" was two words against "6.40", and the paper's note a change: both files warned.
  assert.deepEqual(rule(checkAll({ wire, paper }).paper, 'quote-differs'), []);
  assert.deepEqual(rule(checkAll({ wire, paper }).wire, 'quote-differs'), []);
  // A changed time is still a change.
  const changed = wire.replace('6:40', '7:40');
  assert.deepEqual(rule(checkAll({ wire, paper, changed }).changed, 'quote-differs').map((f) => f.message), ['Quote differs from wire line 1: 6.40 \u2192 7.40.']);
});

test('speakers: read back from the verb before "in a statement", past a capitalised title', () => {
  // Before, the phrase was the place read from, and the body in the title nearer to it was the speaker.
  assert.equal(speaker('\u201CThe bell will ring again next spring,\u201D Bishop Anselm Roth, Chancellor of the Diocese of Lorne, said in a statement.'), 'Bishop Anselm Roth');
  assert.equal(speaker('\u201CThe bell will ring again,\u201D Ana Ruiz, a writer for The Harbour Times, said on Twitter.'), 'Ana Ruiz');
  // A title "of" a body before the name is no name: before, "Deputy Commissioner" spoke.
  assert.match(speaker('Deputy Commissioner of Police Kanan Varga said: \u201CForty bodies have reached the hospital.\u201D'), /Kanan Varga$/);
  assert.equal(speaker('President Tomas Ortega of Castania said: \u201CThe border stays open.\u201D'), 'President Tomas Ortega');
  // A place after a name, with no "of", is not an aside: "Kerr County, Texas, said" stays as it was.
  assert.equal(speaker('\u201CThe river rose fast,\u201D Judge Rob Kelly said in a statement.'), 'Judge Rob Kelly');
});

test('"he began" attributes a quote; "what began as a protest" in the article\u2019s own sentence reports no speech', () => {
  // Before, both parts of this quote were flagged as having no speaker.
  const text = 'Mayor Ines Varga opened the harbour festival on Saturday.\n\u201CAgainst all odds, and after two hard winters,\u201D she began, \u201Cthe harbour did not close. The harbour is alive.\u201D\n';
  assert.deepEqual(unattributed(text), []);
  // A pull quote of the article's own words is still its own words when its sentence holds "began".
  const own = 'The strike began as a row over night shifts and grew into a fight over the harbour\u2019s future that closed the port for a week.\n\u2018The strike began as a row over night shifts\u2019\n';
  assert.deepEqual(unattributed(own), []);
});

test('speakers: after ", saying" or ", telling" the clause\u2019s subject speaks, not the name nearest the verb', () => {
  // Before, the place and the listener nearest the participle were the speakers.
  assert.equal(speaker('Varga had appeared at the harbour in a wheelchair and waved to crowds from the steps of St Brendan\u2019s Church, saying: \u201CHappy Easter to every family here.\u201D'), 'Varga');
  assert.equal(speaker('Ruiz weighed in on Monday, telling Brek: \u201CThe ferry will not stop running this winter.\u201D'), 'Ruiz');
});

test('a speech verb\u2019s -ing form after a verb it follows ("is heard shouting") is a cue', () => {
  // Before, "heard" made "shouting" a noun, and the quote had no cue.
  assert.deepEqual(unattributed('\u201CThe whole pier just fell into the sea,\u201D a harbour officer is heard shouting on the recording.\n'), []);
  assert.deepEqual(unattributed('\u201CWe will rebuild the pier before the summer,\u201D Varga was caught saying to an aide.\n'), []);
});

test('a line that is only a short quote with no closing stop is a quoted subhead, not unattributed speech', () => {
  // Before, the subhead was flagged as a quote with no speaker.
  const text = 'The council cut 40 jobs at the harbour office on Monday, the third round of cuts this year.\n\u2018Job cuts are the ultimate test of a council\u2019s empathy\u2019\nUnion leader Ines Varga said the cuts had come without warning.\n';
  assert.deepEqual(unattributed(text), []);
  // A paragraph of speech ends as a sentence, and is still flagged.
  assert.deepEqual(unattributed(text.replace('\u2019s empathy\u2019', '\u2019s empathy.\u2019')), [2]);
});

test('an opening mark ending a paragraph after a space closes the quote, reversed (one warning, not two)', () => {
  const text = '\u201CToday was a close call,\u201D Mayor Ines Varga said. \u201CIt was the best decision for the harbour and the town. \u201C\n';
  const found = rule(checkAll({ a: text }).a, 'unbalanced-quote').map((f) => f.message);
  // Before, the quote was left open and the last mark opened another: two warnings.
  assert.deepEqual(found, ['Quote closes with an opening mark \u201C; a closing mark \u201D was probably meant.']);
  assert.deepEqual(quotes(text), ['Today was a close call,', 'It was the best decision for the harbour and the town. ']);
});

test('quotes opening a story, two in a row, are attributed by "That\u2019s how one passenger described …" after them', () => {
  // Before, both were flagged: "That's" did not point back, the sentence ran past 200 characters,
  // and only one quote paragraph was looked past.
  const page = (next) => `\u201CEverything was fine until we heard a loud bang, and then the masks dropped.\u201D\n\n\u201CI looked to my left and there was a hole where the window had been.\u201D\n\n${next}\n`;
  const back = 'That\u2019s how one passenger described to Coastal Radio a flight from Port Alder that had to turn back on Friday after a cabin panel tore away at 12,000 feet, leaving a gap in the side of the aircraft above the wing that the crew covered with blankets.';
  assert.deepEqual(unattributed(page(back)), []);
  const a = lib.analyzeDocument(page(back));
  assert.deepEqual(a.quotes.map((q) => q.attribution.speaker), ['one passenger', 'one passenger']);
  // A paragraph that does not point back still attributes nothing.
  assert.deepEqual(unattributed(page('The flight from Port Alder had to turn back on Friday.')), [1, 3]);
});

test('a quote running on over paragraphs without continuation marks is one finding, its fix opening each continued paragraph', () => {
  const text = 'The harbour master\u2019s statement reads: \u201CThe ferry will not sail until the storm has passed.\n\nWe know how hard this is for the islanders who rely on it.\n\nThe first crossing will be announced on our website.\u201D\n\nThe council met on Monday.\n';
  const found = rule(checkAll({ a: text }).a, 'unbalanced-quote');
  // Before: "Opening quote mark is never closed" on line 1 and "Closing quote mark has no opening mark" on line 5.
  assert.deepEqual(found.map((f) => [lineOf(text, f.start), f.message]), [[1, 'Quote runs on over 3 paragraphs without an opening mark on the next 2.']]);
  const edits = found[0].fixes[0].edits;
  let fixed = text;
  for (const e of [...edits].sort((a, b) => b.start - a.start)) fixed = fixed.slice(0, e.start) + e.newText + fixed.slice(e.end);
  assert.equal(fixed, text.replace('\n\nWe know', '\n\n\u201CWe know').replace('\n\nThe first', '\n\n\u201CThe first'));
  assert.deepEqual(rule(checkAll({ a: fixed }).a, 'unbalanced-quote'), []);
  // A quote mark between the two ends them as separate marks.
  const apart = text.replace('We know how hard', 'We know \u201Chow hard\u201D');
  assert.equal(rule(checkAll({ a: apart }).a, 'unbalanced-quote').length, 2);
  // The closing paragraph may hold more quotes after its closing mark: the run-on is still one
  // finding (before, two), and an unclosed quote later in that paragraph one of its own.
  const more = 'The office said: \u201CThe ferry will not sail until the storm has passed.\n\nThe first crossing will be announced on our website,\u201D the statement said. \u201CWe thank the islanders for their patience.\n';
  assert.deepEqual(rule(checkAll({ a: more }).a, 'unbalanced-quote').map((f) => [lineOf(more, f.start), f.message.slice(0, 30)]), [[1, 'Quote runs on over 2 paragraph'], [3, 'Opening quote mark is never cl']]);
});

test('a quote on the line after "A statement from the harbour office said," is attributed to the office', () => {
  // Before, flagged: the page broke the paragraph after the speech verb's comma.
  const text = 'The ferry will not sail on Monday. A statement from the Port Alder harbour office said,\n\u201CThe crossing is cancelled until the storm has passed and the pier has been checked.\u201D\n';
  assert.deepEqual(unattributed(text), []);
  assert.ok(lib.analyzeDocument(text).quotes[0].attribution.speaker);
  // A line ending in a comma without a speech verb introduces nothing.
  assert.deepEqual(unattributed(text.replace('harbour office said,', 'harbour office, as ever,')), [2]);
});

test('an ellipsis leaving out a whole paragraph of the source quote is no change', () => {
  const story = 'The harbour council voted on Monday to close the old ferry terminal in Port Alder after forty years of service to the islands.';
  const source = `${story}\n\nClosing the debate, she said: \u201CThere was a sense of loss in the room.\n\n\u201CDuring the long debate you have calmly weighed every option.\n\n\u201CYou have no doubts. There are no easy answers.\u201D\n`;
  const quoted = (q) => `${story}\n\n\u201C${q},\u201D said the mayor, Ana Ruiz.\n`;
  const differs = (q) => rule(checkAll({ source, draft: quoted(q) }).draft, 'quote-differs').map((f) => f.message);
  // Before: "Quote differs …: − calmly weighed every option you have" (the "you have" of the left-out paragraph matched the next one's).
  assert.deepEqual(differs('There was a sense of loss in the room ... You have no doubts. There are no easy answers'), []);
  // A word changed beside the ellipsis is still found, and told alone.
  assert.deepEqual(differs('There was a deep sense of loss in the room ... You have no doubts. There are no easy answers'), ['Quote differs from source line 3: + deep.']);
});

test('a quote joined from two of another outlet\u2019s quotes is vouched for by both, against a third wording', () => {
  const story = 'Mourners filled the harbour chapel in Port Alder on Sunday for the funeral of the ferry skipper Ana Cole, who died saving two passengers.';
  const files = {
    eagle: `${story}\n\n\u201CAna was a harbour girl. Ana was a skipper,\u201D Mayor Tomas Ruiz said. \u201CAna went to chapel every Sunday.\u201D\n`,
    magic: `${story}\n\n\u201CAna was a harbour girl,\u201D Mayor Tomas Ruiz said at a news conference. \u201CAna was a skipper. Ana went to chapel every Sunday.\u201D\n`,
    zona: `${story}\n\n\u201CAna was a harbour girl, a skipper, and a loyal friend to all. She died a hero,\u201D Mayor Tomas Ruiz remarked.\n`,
  };
  const differs = (name) => rule(checkAll(files)[name], 'quote-differs').map((f) => f.message);
  // Before, the outlet that joined the mayor's two quotes was warned as well as the one that rewrote them.
  assert.deepEqual(differs('eagle'), []);
  assert.deepEqual(differs('zona'), ['Quote differs from eagle line 3: \u2212 Ana was.']);
});

test('a quote ending in "!" or "?" and a longer next sentence opening with its attribution: "… Brandt said in an open letter to …"', () => {
  const lead = 'The harbour council voted on Monday to close the old bridge for repairs before winter.';
  for (const next of ['Mayor Ilse Brandt said in an open letter to ferry operators on Thursday.', 'Brandt tweeted with a video of the flooded harbour office on Thursday evening.', 'The council said in a statement to ferry operators on Thursday that it would act.']) {
    assert.deepEqual(unattributed(`${lead}\n\n\u201CThe ferries cannot wait another winter!\u201D ${next}\n`), [], next);
  }
  // Only an opening attribution: a verb later in a long sentence, or a noun shaped like a verb, is not one.
  for (const next of ['It was a question the mayor said she could not answer at the meeting on Thursday evening.', 'Ferry operators in the harbour have waited for the repairs since the storm, the mayor said.']) {
    assert.deepEqual(unattributed(`${lead}\n\n\u201CWho will pay for the ferries?\u201D ${next}\n`), [3], next);
  }
  // A quote closed by a full stop keeps its rule: the next sentence is a new one.
  assert.deepEqual(unattributed(`${lead}\n\n\u201CThe ferries cannot wait another winter.\u201D Mayor Ilse Brandt said in an open letter to ferry operators on Thursday that repairs would start in May.\n`), [3]);
});

test('a British run-on quote in single marks carries its attribution into the next paragraph; a leading "And" is no change', () => {
  const mail = 'Close to tears, Mayor Ilse Brandt said: \u2018 And to the ferry crews, as you begin your last winter on the old boats, I want simply to say this: thank you.\n\n\u2018Thank you for your care and devotion to this harbour all these years.\u2019\n';
  const quotes = lib.analyzeDocument(mail).quotes;
  assert.equal(quotes.length, 1);
  assert.equal(quotes[0].span.parts.length, 2);
  assert.equal(quotes[0].attribution.attributed, true);
  assert.deepEqual(unattributed(mail), []);
  // A lone \u2018 left open, with no paragraph going on with it, starts no quote.
  assert.equal(lib.analyzeDocument('Brandt said the \u2018 key was lost.\n\nThe ferry sailed at noon.\n').quotes.length, 0);
  // Another outlet quoting more, and "To the ferry crews …" without the "And" (its "and" two words
  // back must not pair with the "And"): the same words.
  const wire = 'Mayor Ilse Brandt told the crews: \u201CWe owe them for their courage, guidance and example. To the ferry crews, as you begin your last winter on the old boats, I want simply to say this: thank you. Thank you for your care and devotion to this harbour all these years.\u201D\n';
  const found = checkAll({ mail, wire });
  assert.deepEqual([...rule(found.mail, 'quote-differs'), ...rule(found.wire, 'quote-differs')].map((f) => f.message), []);
  // A changed word is still found past the "And".
  const changed = checkAll({ mail: mail.replace('devotion', 'loyalty'), wire });
  assert.equal(rule(changed.mail, 'quote-differs').length, 1);
});

test('a headline\u2019s speaker after its quote and a colon ("\u2018You\u2019re gambling …\u2019: Donald Trump pulls up Zelenskyy") attributes the quote', () => {
  const body = '\n\nThe harbour council voted on Monday to close the old bridge for repairs before winter, officials said.\n';
  assert.deepEqual(unattributed(`\u2018The ferries cannot wait another winter for the council to act\u2019: Ana Ruiz pulls up the council${body}`), []);
  assert.equal(speaker(`\u201CThe ferries cannot wait another winter for the council to act\u201D: Mayor Ilse Brandt rounds on the council${body}`), 'Mayor Ilse Brandt');
  // A headline's second half that names no one ("How …", "The …") attributes nothing.
  for (const h of ['How Harwick lost its boats', 'The harbour\u2019s winter of discontent']) {
    assert.deepEqual(unattributed(`\u2018The ferries cannot wait another winter for the council to act\u2019: ${h}${body}`), [1], h);
  }
});

test('quote-differs: a short source quote that another quote of mine holds whole is not matched to a common phrase in a longer one', () => {
  const source = 'Skipper Lena Berg won the Varde regatta on Sunday.\n\n\u201CI was not sure I could sail tonight,\u201D Berg told reporters. \u201CBut I\u2019m glad I was able to.\u201D\n';
  const whole = '\u201CI was not sure I could sail tonight, but I\u2019m glad I was able to,\u201D Berg said.\n\n';
  const phrase = '\u201CI did everything I could do and I\u2019m so happy that I was able to win this with this crew,\u201D Berg said.\n';
  // Before, the second quote was warned: "glad \u2192 so happy that".
  assert.deepEqual(rule(checkAll({ source, draft: `Berg won the Varde regatta on Sunday.\n\n${whole}${phrase}` }).draft, 'quote-differs'), []);
  // A quote of mine that holds only part of the source quote leaves a real change in another found.
  const split = 'Skipper Lena Berg won the Varde regatta on Sunday.\n\n\u201CI felt the boat tilt at the last mark and felt a big gust. The crew told us to stay calm,\u201D Berg said.\n';
  const draft = 'Berg won the Varde regatta on Sunday.\n\n\u201CI was worried and then I felt the boat tilted at the last mark and felt a big gust,\u201D Berg said.\n\n\u201CThe crew told us to stay calm,\u201D she added.\n';
  const [f] = rule(checkAll({ source: split, draft }).draft, 'quote-differs');
  assert.match(f.message, /tilt \u2192 tilted\.$/);
});

test('before a colon, "His last words … were:" gives the words\u2019 owner, a place after "at" is no speaker, and a wire agency\u2019s closing tag is no signature', () => {
  const attribution = (text) => lib.analyzeDocument(text).quotes.map((q) => [q.attribution.attributed, q.attribution.speaker ?? null]);
  const story = 'Lena Berg said goodbye to the Harbour Gulls\u2019 fans on Sunday.\n\n';
  // Before: the speaker was "AFP" (the agency's tag read as a signature).
  assert.deepEqual(attribution(`${story}\u201CWe will sail again,\u201D Berg said.\n\nHer last words to fans at Varde Arena were: \u201CThank you from the bottom of our hearts.\u201D - AFP\n`), [[true, 'Berg'], [true, 'Berg']]);
  // Before: the speaker was "Varde Arena".
  assert.deepEqual(attribution(`${story}The crowd at Varde Arena: \u201CThank you from the bottom of our hearts.\u201D\n`), [[false, null]]);
  // A person's signature after a dash is still one.
  assert.deepEqual(attribution('\u201CThe sea gives and the sea takes.\u201D \u2014 Lena Berg\n'), [[true, 'Lena Berg']]);
});

test('a statement introduced by "which read" is its owner\u2019s words, not the outlet\u2019s that reported it', () => {
  const attribution = (text) => lib.analyzeDocument(text).quotes.map((q) => [q.attribution.attributed, q.attribution.speaker ?? null, q.attribution.cue]);
  // Before: the speaker was "Harbour TV" (the report verb after the quote was the only cue).
  assert.deepEqual(attribution('Her family released a statement which read, \u201CIt is with great sadness that we share the news of her death this morning,\u201D Harbour TV reported.\n'), [[true, null, 'a statement which read']]);
  assert.deepEqual(attribution('The Norvik Ferry Company issued a statement that said: \u201CAll crossings are cancelled until the storm has passed the islands.\u201D\n'), [[true, 'Norvik Ferry Company', 'a statement which read']]);
});

test('"“…,” Berg said, according to the AP": the speaker said it; the outlet passed it on', () => {
  const speakerOf = (text) => lib.analyzeDocument(text).quotes.map((q) => q.attribution.speaker ?? null);
  // Before: the speaker was "AP." ("according to" was read before the speech verb).
  assert.deepEqual(speakerOf('\u201CYou have no idea how I feel, thank you from the bottom of my heart,\u201D Berg said, according to the AP.\n'), ['Berg']);
  // A person after "according to" is still the speaker.
  assert.match(speakerOf('\u201CThe quay will open by spring,\u201D according to harbour master Tomas Berg.\n')[0], /^Tomas Berg/);
});

test('"As per SpaceX, “…”" and "as per to the council" attribute the quote', () => {
  const un = (s) => rule(checkAll({ a: s }).a, 'unattributed-quote').length;
  // Before, each was warned as having no speaker.
  assert.equal(un('The tenth flight test lifted off on Friday. As per to the Norvik Space Agency, \u201CEvery major objective was met, providing critical data for the next rocket.\u201D\n'), 0);
  assert.equal(un('As per Ana Ruiz, \u201CThe library will open on Sundays from next month.\u201D\n'), 0);
  assert.equal(lib.analyzeDocument('As per Ana Ruiz, \u201CThe library will open on Sundays from next month.\u201D\n').quotes[0].attribution.speaker, 'Ana Ruiz');
});

test('"The fire service shared on X that …: “…”" attributes the quote to the fire service', () => {
  const un = (s) => rule(checkAll({ a: s }).a, 'unattributed-quote').length;
  const text = 'Rescuers reached the flooded villages overnight. The Norvik Fire Service shared on social media platform X that crews were still working in Valna: \u201CWe continue to search for the missing in Valna and along the river.\u201D\n';
  // Before, warned as having no speaker.
  assert.equal(un(text), 0);
  assert.equal(lib.analyzeDocument(text).quotes[0].attribution.speaker, 'Norvik Fire Service');
  // The same quote with no one sharing it is warned.
  assert.equal(un(text.replace(/The Norvik .*?Valna: /, '')), 1);
});

test('a mark never closed inside a paragraph is warned once, as unbalanced, not also as a quote without a speaker', () => {
  const nickname = 'Ana \u201CThe Anchor Ruiz was cleared of all charges on Friday, ending a trial that gripped the harbour town for three months.';
  // Before, both rules fired on it (the nickname lost its closing mark).
  assert.deepEqual(unattributed(nickname), []);
  assert.equal(rule(checkAll({ a: nickname }).a, 'unbalanced-quote').length, 1);
  // A paragraph of speech opening with its mark and never closed is still judged.
  const speech = ['\u201CWe will rebuild the harbour wall before the winter storms arrive and the ferries stop running.', '', 'The council meets again on Monday.'].join('\n');
  assert.deepEqual(unattributed(speech), [1]);
});

test('a headline closing on a quote after a colon is attributed by its subject, as headlines are', () => {
  const headline = 'Ruiz shuts the harbour bridge to lorries and buses for the whole winter in \u2018Declaration of Safety\u2019: \u2018We cannot wait for it to fall\u2019';
  const body = 'The bridge will close to heavy traffic from Monday, the council said.';
  // Before, flagged: no speech verb in its sentence.
  assert.deepEqual(unattributed([headline, '', body].join('\n')), []);
  // The same words closing a paragraph as a sentence are judged as before.
  assert.deepEqual(unattributed([`${headline}.`.replace('Ruiz shuts', 'The council shut'), '', body].join('\n')), [1]);
});

test('a heading in quote marks with a year after it is a heading, not a quote without a speaker', () => {
  const body = 'The bridge will close to heavy traffic from Monday, the council said.';
  // Before, flagged: the year after the closing mark kept the line from reading as a heading.
  // (Eleven words or more: a shorter Title Case quote is a title already.)
  for (const heading of ['\u201CBridge Closed: Harbour Crossing Shut to Lorries, Buses & Major Coach Routes\u201D 2026', '"Bridge Closed: Harbour Crossing Shut to Lorries, Buses and All Coach Routes" (2026)']) assert.deepEqual(unattributed([heading, '', body].join('\n')), [], heading);
  // Words after the mark, or speech that ends as a sentence, are judged as before.
  assert.deepEqual(unattributed(['\u201CWe cannot wait for the bridge to fall\u201D in 2026', '', body].join('\n')), [1]);
  assert.deepEqual(unattributed(['\u201CWe cannot wait for the bridge to fall.\u201D 2026', '', body].join('\n')), [1]);
});

test('a title of short words in quote marks ("All the President\u2019s Men") is a title, not a quote without a speaker', () => {
  // Before, flagged: the title had one word of four letters or more to judge by.
  assert.deepEqual(unattributed('Lind sang in classics such as \u201CHarbour Lights at Dusk\u201D and \u201CAll the Fisher\u2019s Men\u201D before she founded the Bergen folk festival.'), []);
  assert.deepEqual(unattributed('Her hits included "Salt Roads," "The Sting of Winter," and "All the Fisher\'s Men."'), []);
  // Speech in lower case is judged as before.
  assert.deepEqual(unattributed('Lind wrote back: \u201Call of the men are gone now\u201D.'), []);
  assert.deepEqual(unattributed('The harbour was quiet on Monday.\n\n\u201CAll of the men are gone now.\u201D\n\nThe boats stayed in.'), [3]);
});

test('a double mark typed for a contraction\u2019s apostrophe ("I\u201Dm", "don"t") is no quote mark, and the quote reads as its other copies', () => {
  const text = '\u201CI\u201Dm happy to be back here tonight, and I don"t think anyone expected it,\u201D Costa said at the reopening.';
  // Before, "I\u201Dm" closed the quote after "I" and the last mark was left without its opening one.
  assert.deepEqual(quotes(text), ['I\u201Dm happy to be back here tonight, and I don"t think anyone expected it,']);
  assert.deepEqual(rule(checkAll({ a: text }).a, 'unbalanced-quote'), []);
  // Against another outlet's copy with the right apostrophes: the same words (before, "I\u2019m \u2192 I m").
  const other = 'Costa told reporters: \u201CI\u2019m happy to be back here tonight, and I don\u2019t think anyone expected it.\u201D';
  assert.deepEqual(rule(checkAll({ a: text, b: other }).a, 'quote-differs'), []);
  // A closing mark glued to a word that is no contraction\u2019s ending still closes: \u201Cgreat\u201Dhe said.
  assert.deepEqual(quotes('She called it \u201Cgreat\u201Dhe said, and left.'), ['great']);
});

test('a quote left open in the text\u2019s last paragraph, stopping mid-sentence, was cut off by the page: no unbalanced mark', () => {
  const cut = 'Police arrested a man on Harbour Road on Monday.\n\n\u201CWe can confirm the man arrested is a 53-year-old man from';
  // Before, warned "Opening quote mark is never closed".
  assert.deepEqual(rule(checkAll({ a: cut }).a, 'unbalanced-quote'), []);
  // Before, warned too: stopping on a comma, a colon or a dash ("… and more,") is mid-sentence.
  for (const end of [' Harwick,', ' Harwick:', ' Harwick \u2014']) assert.deepEqual(rule(checkAll({ a: cut + end }).a, 'unbalanced-quote'), [], end);
  // Ending on a full stop, or with a paragraph after it, the quote is unclosed.
  for (const text of [cut + ' the town.', cut + '\n\nThe road reopened on Tuesday.', cut + ' Harwick,\n\nThe road reopened on Tuesday.']) assert.equal(rule(checkAll({ a: text }).a, 'unbalanced-quote').length, 1, text);
});

test('a Title Case title holding an abbreviation ("The Story of Dr. Dolittle") is a title, not a quote without a speaker', () => {
  // Before, the full stop of "Dr." read as a sentence break, and the title as speech.
  assert.deepEqual(unattributed('As a girl, Costa loved animals, including the 1931 book \u201CThe Voyages of Dr. Marlow,\u201D and the sea.'), []);
  assert.deepEqual(unattributed('The harbour film \u201CMr. Ruiz Goes to Port Alder\u201D opened the festival.'), []);
  // A stop after a word that is no abbreviation still breaks a sentence: speech, flagged.
  assert.deepEqual(unattributed('The ferry left late. On the quay that night, \u201CWe Waited Hours. Nobody Came To Help\u201D and the boat sailed.'), [1]);
});

test('an offence\'s name in quotes after a charge\'s words ("two counts of “…”", "charged with “…”") needs no speaker, whoever else quotes it', () => {
  const court = 'Harbour tycoon Ana Ruiz was convicted this morning at the Valna court on two counts of \u201Cconspiracy to collude with foreign forces\u201D and one count of \u201Cconspiracy to publish seditious publication\u201D.';
  assert.deepEqual(unattributed(court), []);
  assert.deepEqual(unattributed('She was charged with \u201CConspiracy To Defraud The Harbour Board Of Valna\u201D in May.'), []);
  // Another file's sentence quoting the same name beside a speech verb does not make it speech here (before, flagged).
  const other = 'In the first case brought over the \u201Cconspiracy to collude with foreign forces\u201D offence under the new law, Ana Ruiz faced life imprisonment if found guilty, said Professor Lena Park, a lawyer in Valna.';
  assert.deepEqual(rule(checkAll({ a: court, b: other }).a, 'unattributed-quote'), []);
  // Speech after a charge is still speech.
  assert.deepEqual(unattributed('The court heard two counts of fraud. \u201CI never took a penny from the harbour fund.\u201D'), [1]);
});

test('two closing single marks typed for a closing double one (“Jumpers’’ (1972)) close the quote', () => {
  const text = 'The playwright\u2019s best-known plays include \u201CThe Harbour Wall\u2019\u2019 (1971), \u201CNight Ferry\u2019\u2019 (1979) and "Low Tide\'\' (1988).\n';
  // Before, each was an opening mark never closed: three warnings on one paragraph.
  assert.equal(rule(checkAll({ a: text }).a, 'unbalanced-quote').length, 0);
  assert.deepEqual(quotes(text), ['The Harbour Wall', 'Night Ferry', 'Low Tide']);
  // One closing single mark in a double quote is still an apostrophe inside it.
  assert.deepEqual(quotes('She called it \u201Cthe Joneses\u2019 ferry\u201D on Monday.\n'), ['the Joneses\u2019 ferry']);
});
