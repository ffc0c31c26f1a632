import { test } from 'node:test';
import assert from 'node:assert/strict';
import { checkAll, rule, lib } from './helpers.mjs';

/** Every claim of a text, with all its readings. */
const allClaims = (s) => lib.analyzeDocument(s).claimSentences.flatMap((c) => c.claims);
/** Each claim's text with the names of the given marks it carries: "€9.5m added", "Thursday planned". */
const textsMarked = (s, ...marks) => allClaims(s).map((k) => [k.text, ...marks.filter((m) => k[m])].join(' '));
/** A text's claims, their kind, unit, text and interval only. */
const claims = (s) => allClaims(s).map((k) => ({ kind: k.kind, unit: k.unit, text: k.text, low: k.low, high: k.high }));
/** Whether each weekday of a text dates a report. */
const weekdaysReported = (s) => allClaims(s).filter((k) => k.kind === 'weekday').map((k) => Boolean(k.reported));
const conflicts = (files) => Object.fromEntries(Object.entries(checkAll(files)).map(([k, v]) => [k, rule(v, 'claim-conflict')]));
/** Outlets' files of one story: its opening paragraph, then each outlet's own sentence. */
const outlets = (story, sentences) => Object.fromEntries(Object.entries(sentences).map(([name, sentence]) => [name, `${story}\n\n${sentence}\n`]));
/** An invented results story's opening paragraph, shared by the tests of company figures. */
const RESULTS_STORY = 'Harbourline Group reported its first quarter with revenue above $50 billion on Tuesday, helped by demand for its cloud and subscription products, and its shares rose 6% in late trading.';
/** Each outlet's sentence after the results story's opening. */
const resultsOutlets = (sentences) => outlets(RESULTS_STORY, sentences);
/** An invented obituary's opening, and the findings of outlets' sentences after it. */
const OBITUARY = 'Ines Varga, the former harbour master of Port Alder, died Monday at age 84, her family said in a statement.';
const obituaryConflicts = (sentences) => conflicts(outlets(OBITUARY, sentences));

/**
 * A reading's guard: the paper's copy changed by `edit`, checked beside the outlets and a copy of
 * the paper reworded by `reword`, is still warned. Gives the changed copy's messages.
 */
const editedCopyWarnings = (files, edit, reword) => conflicts({ ...files, radio: edit(files.paper), blog: reword(files.paper) }).radio.map((f) => f.message);
/** The claim-conflict findings of the named files (of every file when none is named), in one list. */
const conflictsIn = (files, ...names) => {
  const out = conflicts(files);
  return (names.length ? names : Object.keys(out)).flatMap((name) => out[name]);
};

test('extraction: money, percent, counts, durations, ordinals, years, dates, weekdays', () => {
  const c = claims('The port handled US$123 billion, up 31 per cent, as six shipyards built more than 150 million parts over 70 minutes on Wednesday, Dec 15, at its 37th meeting in 2021.');
  const kinds = c.map((k) => `${k.kind}:${k.text}`);
  for (const k of ['money:US$123 billion', 'percent:31 per cent', 'count:six shipyards', 'count:150 million parts', 'duration:70 minutes', 'weekday:Wednesday', 'date:Dec 15', 'ordinal:37th', 'year:2021']) assert.ok(kinds.includes(k), `${k} in ${kinds}`);
  const money = c.find((k) => k.kind === 'money');
  assert.equal(money.unit, 'USD');
  assert.ok(money.low <= 123e9 && money.high >= 123e9);
  const more = c.find((k) => k.text === '150 million parts');
  assert.equal(more.high, Infinity);
});

test('same value in other spellings agrees: $ 123 billion, 123 billion dollars, 31%, 31 percent', () => {
  const files = {
    a: 'Trade between the two ports rose 31% to $ 123 billion in the fiscal year, the harbour authority said.',
    b: 'Trade between the two ports rose 31 percent to 123 billion dollars in the fiscal year, the harbour authority said.',
    c: 'Trade between the two ports rose 31 per cent to US$123 billion in the fiscal year, the harbour authority said.',
  };
  const out = conflicts(files);
  assert.deepEqual(Object.values(out).flat(), []);
});

test('lengths, weights and speeds in any unit are one quantity: 30cm, 30 centimetres, 12 inches', () => {
  const sentence = (v) => `The flood water reached ${v} inside the shop on Bridge Street, the owner said on Thursday morning.`;
  // Before, "30cm" was no claim at all (the unit was too short for a noun), so a changed one passed.
  assert.deepEqual(Object.values(conflicts({ a: sentence('30cm'), b: sentence('30 centimetres'), c: sentence('12 inches') })).flat(), []);
  const out = conflicts({ draft: sentence('50cm'), wire: sentence('30 centimetres') });
  assert.match(out.draft[0].message, /50cm here; 30 centimetres in 1 other file/);
  // "4.2m" is metres at a gauge, millions of people or pounds otherwise.
  const gauge = (v) => `The river peaked at ${v} at the Mill Lane gauge shortly before midnight on Wednesday.`;
  assert.match(conflicts({ draft: gauge('4.7 metres'), wire: gauge('4.2m') }).draft[0].message, /4\.7 metres here; 4\.2m/);
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  assert.deepEqual(kinds('The scheme cost \u00A34m and served 4.2m people.'), ['money:GBP:\u00A34m', 'count:people:4.2m people']);
  // A length of something named after it ("3 km of road") is a length of that.
  assert.deepEqual(kinds('The trench was dug 2m deep by 3 km of road, at 30 mph.'), ['count:metre of depth:2m', 'count:metre of road:3 km', 'count:km/h:30 mph']);
  const speed = (v) => `Police said the van was travelling at ${v} when it left the road near the harbour on Friday.`;
  assert.deepEqual(Object.values(conflicts({ a: speed('50mph'), b: speed('80 km/h') })).flat(), []);
  assert.equal(conflicts({ a: speed('70mph'), b: speed('80 km/h'), c: speed('50 mph') }).a.length, 1);
  // A conversion rounded in its own scale agrees: 185 mph is 297.7 km/h, printed as 295. Before, it was warned.
  const wind = (v) => `Hurricane Kestrel made landfall on Valna as a Category 5 storm with sustained winds of ${v}, the strongest on record there.`;
  assert.deepEqual(Object.values(conflicts({ a: wind('185 mph'), b: wind('295 km/h') })).flat(), []);
  assert.deepEqual(Object.values(conflicts({ a: wind('185 mph'), b: wind('300 km/h') })).flat(), []);
  // Beyond 3% it is another figure: 185 mph against 260 km/h.
  assert.equal(conflicts({ a: wind('185 mph'), b: wind('185 mph'), c: wind('260 km/h') }).c.length, 1);
  // In one scale, the figures are compared as written: 295 km/h against 300 km/h.
  assert.equal(conflicts({ a: wind('295 km/h'), b: wind('295 km/h'), c: wind('300 km/h') }).c.length, 1);
});

test('a month of a year is a date: February 2023 against March 2023, one finding per change', () => {
  const flood = (v) => `The last major flood, in ${v}, damaged nearly 200 properties in the town and cost millions in repairs.`;
  // Before, only the year was a claim: a changed month passed.
  const month = conflicts({ draft: flood('March 2023'), wire: flood('February 2023') }).draft;
  assert.deepEqual(month.map((f) => f.message), ['March 2023 here; February 2023 in 1 other file.']);
  // A changed year is one finding on the whole date, not a second one on its year.
  assert.deepEqual(conflicts({ draft: flood('February 2024'), wire: flood('February 2023') }).draft.map((f) => f.message), ['February 2024 here; February 2023 in 1 other file.']);
  // The year alone agrees with a month of it.
  assert.deepEqual(Object.values(conflicts({ draft: flood('March 2023'), wire: flood('2023') })).flat(), []);
});

test('times of day: 6pm and 18:00 agree, 8pm does not; zones, stamps and scores are kept apart', () => {
  const warning = (v) => `The Met Office amber warning for heavy rain remains in force until ${v} on Thursday across the county.`;
  // Before, no time of day was a claim.
  assert.deepEqual(Object.values(conflicts({ a: warning('6pm'), b: warning('18:00'), c: warning('6 p.m.') })).flat(), []);
  assert.match(conflicts({ draft: warning('8pm'), wire: warning('18:00') }).draft[0].message, /8pm here; 18:00 in 1 other file/);
  // A time in a named zone is compared only with times in that zone.
  assert.deepEqual(Object.values(conflicts({ a: warning('6pm GMT'), b: warning('1pm EST') })).flat(), []);
  // "About" a time allows half an hour.
  assert.deepEqual(Object.values(conflicts({ a: warning('about 6pm'), b: warning('6.15pm') })).flat(), []);
  const kinds = (s) => claims(s).filter((k) => k.kind === 'time').map((k) => k.text);
  // A page's timestamp, a game clock and a running time are no time of a story's event.
  assert.deepEqual(kinds('Chris Davies - Nov 19, 2026, 10:31 pm CST'), []);
  assert.deepEqual(kinds('Updated 8:15 pm. The winner ran 2:05:30, and the score was 2:1.'), []);
  assert.deepEqual(kinds('Parise scored at 8:14 of the first period and again at 19:56 into the second, with a goal at 4:12 remaining.'), []);
  assert.deepEqual(kinds('The vote began at 7pm, ended at 9:30 p.m. E.T. and the count at 23:10.'), ['7pm', '9:30 p.m. E.T.', '23:10']);
  // A live blog entry's stamp opening its paragraph is when it was posted (before, a time of the
  // story; and its minutes alone, "12 a.m.", too); a time opening a sentence without the dash is a claim.
  assert.deepEqual(kinds('6:12 a.m. - Councillor Brandt\u2019s husband saved their daughter during the attack on their Valna home early Saturday.'), []);
  assert.deepEqual(kinds('6:12 a.m. was when the first call reached the Valna police.'), ['6:12 a.m.']);
});

test('a timetable time naming a service ("the 6.25pm service", "the 18.25 Harwick-Lowmere train") is no time or count of the story', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, the first was a time of the attack and the second a count of 18.25 "harwick-lowmere".
  assert.deepEqual(kinds('The attack happened on the 6.25pm service from Harwick to Lowmere on Saturday.'), ['weekday:Saturday']);
  assert.deepEqual(kinds('Police boarded the 18.25 Harwick-Lowmere train at about 7.40pm.'), ['time:7.40pm']);
  assert.deepEqual(kinds('She missed the 7:15 a.m. flight and the 9am Saltby ferry.'), []);
  // A time the story's event happened at stays a claim, and so does an hour alone ("the 6 bus" is a route).
  assert.deepEqual(kinds('The fire started at 6.25pm on the train.'), ['time:6.25pm']);
  const files = {
    wire: 'Harwick train stabbing\n\nTen people were taken to hospital after a man with a knife attacked passengers on the 6.25pm service from Harwick to Lowmere on Saturday, police said.\n',
    blog: 'Harwick train stabbing\n\nTen people were taken to hospital after the knife attack on a Harwick to Lowmere service at approximately 7:30 PM on Saturday, police said.\n',
  };
  assert.deepEqual(conflictsIn(files), []);
  // The times of the attack itself are still compared.
  assert.match(conflicts({ ...files, wire: files.wire.replace('on the 6.25pm service', 'on a service at 6.25pm') }).wire[0].message, /6\.25pm here; 7:30 PM in 1 other file/);
});

test('a weekday after a telling "in a statement" dates the statement, not what it told', () => {
  // Before, "Tuesday here; Monday in 1 other file": the family's statement came the day after the death.
  const found = obituaryConflicts({
    wire: 'Her family announced her death in a statement Tuesday, saying she passed peacefully from complications of heart disease.',
    paper: 'She passed away Monday from complications of heart disease, surrounded by her daughters.',
  });
  assert.deepEqual(Object.values(found).flat(), []);
  assert.deepEqual(weekdaysReported('Police said in a news release on Monday that two men were arrested.'), [true]);
  // A deed done in a letter is dated by its day: "resigned in a letter Friday".
  assert.deepEqual(weekdaysReported('The harbour master resigned in a letter Friday.'), [false]);
  // The death's own day is still compared.
  assert.match(obituaryConflicts({ wire: 'She passed away Sunday from complications of heart disease, surrounded by her daughters.', paper: 'She passed away Monday from complications of heart disease, surrounded by her daughters.' }).wire[0].message, /Sunday here; Monday in/);
});

test('a number naming a thing after its capitalised label ("Ligue 1", "Formula 1", "Phase 3") is no count', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "1 title", "1 race" and "3 trials" were counts.
  assert.deepEqual(kinds('Harwick lifted the Ligue 1 title and the Formula 1 race drew 120,000 fans.'), ['count:120,000 fans']);
  assert.deepEqual(kinds('The vaccine entered Phase 3 trials in Terminal 5 with 30,000 volunteers.'), ['count:30,000 volunteers']);
  // A count after a name that is no label stays: "gave Harwick 3 points".
  assert.deepEqual(kinds('The win gave Harwick 3 points.'), ['count:3 points']);
});

test('a sum per month and a sum per year are one charge; a rate is compared only with rates', () => {
  const levy = (v) => `The ferry levy will cost the average household ${v} from April, the council estimates.`;
  // Before, "£38 a year" conflicted with "£3.20 a month".
  assert.deepEqual(Object.values(conflicts({ a: levy('£3.20 a month'), b: levy('about £38 a year'), c: levy('£38.40 annually') })).flat(), []);
  assert.match(conflicts({ draft: levy('£5 a month'), wire: levy('£38 a year') }).draft[0].message, /£5 here; £38 in 1 other file/);
  const units = (s) => claims(s).map((k) => `${k.text}:${k.unit}`);
  // Both ends of a range take the rate named after it; "a year earlier" is when, not how often.
  assert.deepEqual(units('Staff made between $28,000 and $60,000 a year, up from $25,000 a year earlier.'), ['$28,000:USD/year', '$60,000:USD/year', '$25,000:USD']);
});

test('among unequal numbers of values, a value is compared with the one said of the same word', () => {
  const draft = 'Voters backed the ferry levy by 54% to 46% on Sunday, on a turnout of just over 71 per cent, the council said.';
  const wire = 'Residents backed the ferry levy in a vote on Sunday, with turnout at 61.3%, the council said.';
  // Before, three percentages against one could not be told apart, so none was compared.
  assert.match(conflicts({ draft, wire }).draft[0].message, /71 per cent here; 61\.3% in 1 other file/);
  // A value only near a word ("tariffs on $125 billion") is not said of it.
  const a = 'Beijing wants the 15% tariffs on about $125 billion of goods lifted, and relief on an earlier $250 billion list, officials said.';
  const b = 'Beijing wants the tariffs on $360 billion of goods lifted, officials said on Monday.';
  assert.deepEqual(Object.values(conflicts({ a, b })).flat(), []);
});

test('a number and a word with a comma between them are no count', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "614, Gyeonggam-ro" was 614 of a noun "gyeonggam-ro", and "the top 12, NBA scouts" 12 NBA.
  assert.deepEqual(kinds('The office moved to 614, Gyeonggam-ro in the spring.'), []);
  assert.deepEqual(kinds('He finished in the top 12, NBA scouts said.'), []);
  assert.deepEqual(kinds('About 200 residents came.'), ['count:200 residents']);
});

test('a changed weekday is flagged, with every source linked and a fix to the sources\u2019 value', () => {
  const sentence = (d) => `The Alder city council approved the harbour bridge repairs at its meeting on ${d}, ending a long dispute over costs.`;
  const files = { draft: sentence('Tuesday'), wire: sentence('Thursday'), notes: sentence('Thursday'), blog: sentence('Thursday') };
  const out = conflicts(files);
  assert.equal(out.draft.length, 1);
  assert.match(out.draft[0].message, /Tuesday here; Thursday in 3 other files/);
  assert.deepEqual(out.draft[0].related.map((r) => r.file).sort(), ['blog', 'notes', 'wire']);
  assert.equal(lib.applyEdits(files.draft, out.draft[0].fixes[0].edits), sentence('Thursday'));
  assert.equal(out.wire.length, 0, 'the agreeing majority is not warned');
});

test('each kind conflicts when changed: number, ordinal, date, duration, percent', () => {
  const pairs = [
    ['The council has 42 members after the reform of the harbour district boundaries.', 'The council has 45 members after the reform of the harbour district boundaries.'],
    ['It was the 37th meeting of the harbour board since the port was founded.', 'It was the 38th meeting of the harbour board since the port was founded.'],
    ['The harbour bridge will reopen to traffic on March 14 after the repairs.', 'The harbour bridge will reopen to traffic on March 21 after the repairs.'],
    ['The harbour board meeting on the bridge repairs lasted 70 minutes.', 'The harbour board meeting on the bridge repairs lasted 95 minutes.'],
    ['Fishing catches in the harbour district fell 12 per cent as storms closed the port.', 'Fishing catches in the harbour district fell 21 per cent as storms closed the port.'],
  ];
  for (const [a, b] of pairs) {
    const out = conflicts({ a, b, c: b });
    assert.equal(out.a.length, 1, a);
  }
});

test('traps: different periods, approximate values that overlap, different subjects with the same unit', () => {
  const periods = conflicts({
    a: 'Trade between the two ports was US$123 billion in the first 11 months of this year, officials said.',
    b: 'Trade between the two ports passed US$100 billion in the first three quarters of this year, officials said.',
  });
  assert.deepEqual(Object.values(periods).flat(), []);
  const approx = conflicts({
    a: 'The hour-long meeting between the two mayors covered the harbour bridge and the ferry timetable.',
    b: 'The meeting between the two mayors, which lasted around 70 minutes, covered the harbour bridge and the ferry timetable.',
  });
  assert.deepEqual(Object.values(approx).flat(), []);
  const subjects = conflicts({
    a: 'The harbour bridge repairs will cost $42 million, the transport office said.',
    b: 'The new school in the north of the district will cost $18 million, the education office said.',
  });
  assert.deepEqual(Object.values(subjects).flat(), []);
});

test('agreement is not a problem, and is available as evidence', () => {
  const s = 'The Alder city council approved the harbour bridge repairs at its meeting on Thursday, ending a long dispute.';
  const corpus = new lib.Corpus();
  for (const f of ['a', 'b', 'c']) corpus.set(f, lib.analyzeDocument(s));
  const ev = lib.claimEvidence({ file: 'a', analysis: corpus.get('a'), corpus, isSource: () => true, display: (f) => f });
  const thursday = ev.find((e) => e.claim.text === 'Thursday');
  assert.equal(thursday.agree.length, 2);
  assert.equal(thursday.conflict.length, 0);
});

test('files about different stories do not conflict, even when a sentence looks alike', () => {
  const bridge = [
    'The Alder city council met on Tuesday to approve the harbour bridge repairs.',
    'Engineers found cracks in the steel deck of the bridge during an inspection last spring.',
    'Ferry operators welcomed the decision, saying the bridge closure had doubled their traffic.',
    'Repairs to the bridge deck, cables and lighting will take about 18 months.',
  ].join('\n');
  const school = [
    'The Alder city council met on Thursday to discuss the teachers strike.',
    'Teachers at six primary schools walked out over pay and class sizes.',
    'Parents said the strike had forced them to take time off work to look after children.',
    'The union said talks with the education office would resume next week.',
  ].join('\n');
  const out = conflicts({ bridge, school, other: school.replace('teachers strike', 'strike by teachers') });
  assert.deepEqual(out.bridge, []);
});

test('several values of one kind: an ambiguous sentence decides nothing; values far apart are different quantities', () => {
  const out = conflicts({
    a: 'Donors who gave $200 or less made up 24 percent of the harbour fund, the treasurer said.',
    b: 'Donors who gave $200 or less made up 24 percent of the harbour fund, while 43 percent gave more, the treasurer said.',
  });
  assert.deepEqual(Object.values(out).flat(), []);
  const far = conflicts({
    a: 'The harbour fund raised $200 from the bake sale, the treasurer said at the meeting.',
    b: 'The harbour fund raised $500 million from the state, the treasurer said at the meeting.',
  });
  assert.deepEqual(Object.values(far).flat(), []);
});

test('a folder of sixty versions of one story: words common to every file still align claims', () => {
  const source = 'The Alder harbour council voted on Thursday to spend $42 million on the Kestrel Street bridge.\n\nWork starts in March, the transport office said.\n';
  const files = { draft: source.replace('Thursday', 'Tuesday') };
  for (let i = 0; i < 60; i++) files[`copy-${i}`] = source.replace('March', i % 2 ? 'March' : 'the spring');
  const found = rule(checkAll(files).draft, 'claim-conflict');
  assert.equal(found.length, 1);
  assert.match(found[0].message, /^Tuesday here; Thursday in 60 other files/);
});

test('a claim many files contradict: the message counts them all, the links go to the first ten', () => {
  const files = { 'draft.txt': 'The Harwick council voted on Tuesday to repair the harbour bridge, officials said.\n' };
  for (let i = 0; i < 15; i++) files[`wire-${i}.txt`] = `The Harwick council voted on Thursday to repair the harbour bridge, officials said in statement ${i}.\n`;
  const [f] = rule(checkAll(files)['draft.txt'], 'claim-conflict');
  assert.match(f.message, /Thursday in 15 other files/);
  assert.equal(f.related.length, 10);
});

test('bounds in the same direction compare their figures; "the top 1 percent" is a group, not a bound', () => {
  const sentence = (v) => `The harbour festival drew more than ${v} visitors over the three days, the Alder tourism office said.`;
  const changed = conflicts({ draft: sentence('160,000'), wire: sentence('100,000'), notes: sentence('100,000') });
  assert.equal(changed.draft.length, 1, 'more than 160,000 against more than 100,000');
  assert.match(changed.draft[0].message, /160,000 visitors here; 100,000 visitors in 2 other files/);
  const capped = (v) => `The Alder council will spend up to $${v} million on the ferry terminal, the transport office said.`;
  assert.equal(conflicts({ draft: capped(65), wire: capped(40) }).draft.length, 1, 'up to $65 million against up to $40 million');
  // The same figure rounded differently is not a conflict.
  assert.deepEqual(Object.values(conflicts({ a: sentence('1.2 million'), b: sentence('1.23 million') })).flat(), []);
  // A bound and a figure inside it still agree.
  assert.deepEqual(Object.values(conflicts({ a: sentence('100,000'), b: 'The harbour festival drew 118,000 visitors over the three days, the Alder tourism office said.' })).flat(), []);
  // A round bound holds an exact count rounded down to it (before, "over 200" conflicted with 241);
  // past the bound's next round step it does not.
  const killed = (q) => `The ferry capsized off the port of Valna on Thursday, killing ${q} people, the coastguard said.`;
  assert.deepEqual(Object.values(conflicts({ a: killed('over 200'), b: killed('at least 241') })).flat(), []);
  assert.equal(conflicts({ a: killed('over 200'), b: killed('at least 341') }).a.length, 1, 'over 200 against at least 341');
  assert.equal(conflicts({ a: killed('over 200'), b: killed('at least 240') }).a.length, 1, 'two round figures: over 200 against at least 240');
  const group = claims('The top 1 percent of Alder households paid 41 percent of the harbour levy, and the bridge toll could top 5 percent of fares.');
  const top = group.find((k) => k.text === '1 percent');
  assert.deepEqual([top.low, top.high], [0.5, 1.5]);
  assert.equal(group.find((k) => k.text === '5 percent').high, Infinity, 'a verb "top" is still a bound');
});

test('short lines sharing a word or two are not about the same thing; a short sentence copied with another value is', () => {
  const shop = conflicts({
    a: 'Harbour Echo speakers for $130\nGet it at Alder Books for $45\n',
    b: 'Get the Harbour Echo speaker at Alder Books for $649.99\nAlder Books gift cards for $25\n',
  });
  assert.deepEqual(Object.values(shop).flat(), []);
  const visit = (d) => `She will visit Alder harbour on ${d}.`;
  assert.equal(conflicts({ draft: visit('Thursday'), wire: visit('Tuesday') }).draft.length, 1);
});

test('"two days ago" and decades are not claims: they depend on when a file was written, or name no year', () => {
  assert.deepEqual(claims('The ferry sank two days ago, the coastguard said.'), []);
  assert.deepEqual(claims('Alder grew fast in the 1960s and the \u201990s, and again in the mid-2020s.'), []);
  assert.deepEqual(claims('The ferry sank in 1962, the coastguard said, after two days at sea.').map((k) => k.text), ['1962', 'two days']);
});

test('several approximate values in order: each is compared with its partner, not with whichever neighbour overlaps', () => {
  const source = 'Women held about 25 percent of the harbour board seats, compared with about 32 percent on the ferry board, the survey found.';
  const changed = conflicts({ source, draft: source.replace('about 25 percent', 'about 40 percent') });
  // Before, "about 40 percent" agreed with the neighbouring "about 32 percent" (the two intervals overlap).
  assert.deepEqual(changed.draft.map((f) => f.message), ['40 percent here; 25 percent in 1 other file.']);
  const reordered = conflicts({ source, draft: 'Women held about 32 percent of the ferry board seats, compared with about 25 percent on the harbour board, the survey found.' });
  assert.deepEqual(Object.values(reordered).flat(), [], 'the same figures in another order agree');
});

test('a number word joined to a time unit is a duration; "should last two years" is a duration, not a period', () => {
  assert.deepEqual(claims('The bridge will close for a six-week spell in 2027.').map((k) => `${k.kind}:${k.text}:${k.unit}`), ['duration:six-week:day', 'year:2027:year']);
  const six = claims('a six-week closure')[0];
  assert.ok(six.low <= 42 && six.high >= 42 && six.high < 49, 'six weeks, not seven');
  // Before, "last two years" was read as a period ("over the last two years") and the duration lost.
  assert.deepEqual(claims('The repairs should last two years.').map((k) => k.text), ['two years']);
  assert.deepEqual(lib.analyzeDocument('Fares rose 8% over the last two years.').claimSentences[0].periods, ['last two years']);
  assert.deepEqual(claims('A two-year-old boy and a first-year student were unhurt.').map((k) => k.kind), ['age']);
  // Both spellings compare: a six-week closure in one file, eight weeks in another.
  const closure = (d) => `Alder's harbour bridge will close for ${d} in the summer while crews replace the rusted deck plates, the council said.`;
  assert.deepEqual(conflicts({ draft: closure('eight weeks'), wire: closure('a six-week spell') }).draft.map((f) => f.message), ['eight weeks here; six-week in 1 other file.']);
});

test('a paraphrase sharing four words that carry half the context is about the same thing; three are not enough', () => {
  const story = 'The harbour council in Alder voted on Tuesday to repair the Kestrel Street bridge before the ferry season.\n\n';
  const draft = `${story}Last year the council spent $1.2 million on emergency patches.\n`;
  const wire = `${story}The city spent $2.1 million on emergency repairs last year.\n`;
  // Before, four shared words (spent, emergency, last, year) were one short of the five required.
  assert.deepEqual(conflicts({ draft, wire }).draft.map((f) => f.message), ['$1.2 million here; $2.1 million in 1 other file.']);
  // Peak and off-peak services share three words (ferry, runs, carried): different figures, no conflict.
  const peak = `${story}The ferry service, which runs every 20 minutes at peak hours, carried 1.4 million passengers in 2024.\n`;
  const offPeak = `${story}The ferry, which runs every 30 minutes off-peak, carried 1.4 million passengers in 2024.\n`;
  assert.deepEqual(Object.values(conflicts({ peak, offPeak })).flat(), []);
});

test('ages and tallies are claims: "34-year-old", "Webb, 51,", "aged 19"; "voted 7-2", "a 52-48 vote", "won 3-1"', () => {
  const text = (c) => claims(c).map((k) => `${k.kind}:${k.text}`);
  assert.deepEqual(text('A 34-year-old man and a thirty-four-year-old woman were hurt.'), ['age:34-year-old', 'age:thirty-four-year-old']);
  assert.deepEqual(text('Webb, 51, was convicted; the victim, aged 19, and her mother, who is 40 years old, spoke.'), ['age:51', 'age:19', 'age:40 years old']);
  assert.deepEqual(text('The council voted 7-2, the Senate vote was 52\u201348, the court ruled 5 to 4, and Alder won 3-1.'), ['tally:7-2', 'tally:52\u201348', 'tally:5 to 4', 'tally:3-1']);
  // Ranges, changes and dates are not tallies or ages.
  assert.deepEqual(text('Children aged 7-12 are welcome.').filter((k) => k.startsWith('tally')), []);
  assert.deepEqual(text('The margin narrowed from 7 to 2 points.').filter((k) => k.startsWith('tally')), []);
  assert.deepEqual(text('On Nov. 17, 2019, the ferry sank.'), ['date:Nov. 17', 'year:2019']);
  // A win is the other side's loss: 7-2 and 2-7 are one tally.
  const vote = (t) => `The Alder harbour council approved the Kestrel Street bridge repairs by a ${t} vote after a long night of debate.`;
  assert.deepEqual(Object.values(conflicts({ draft: vote('7-2'), wire: vote('2-7') })).flat(), []);
  assert.deepEqual(conflicts({ draft: vote('6-3'), wire: vote('7-2'), notes: vote('7-2') }).draft.map((f) => f.message), ['6-3 here; 7-2 in 2 other files.']);
  const age = (a) => `Harbour master Ines Varga, ${a}, said the ferries of Port Alder would run all winter despite the storms.`;
  assert.deepEqual(conflicts({ draft: age('43'), wire: age('34') }).draft.map((f) => f.message), ['43 here; 34 in 1 other file.']);
});

test('measures named before their number: a death toll, a magnitude', () => {
  const text = (c) => claims(c).map((k) => `${k.kind}:${k.text}:${k.unit}`);
  assert.deepEqual(text('Officials said the death toll rose to 23.'), ['count:23:death toll']);
  assert.deepEqual(text('The toll has climbed to at least 40.'), ['count:40:death toll']);
  // An aftershock's magnitude, and one after it with no shock of its own, are the aftershock's.
  assert.deepEqual(text('A magnitude 6.4 quake, a 6.1-magnitude aftershock and a magnitude of 5.2.'), ['count:6.4:magnitude', 'count:6.1-magnitude:aftershock magnitude', 'count:5.2:aftershock magnitude']);
  // A toll road, or a toll with a noun of its own, is something else.
  assert.deepEqual(text('The toll road costs $5 and the toll of 12 hours of work shows.'), ['money:$5:USD', 'duration:12 hours:minute']);
  const quake = (m, d) => `The earthquake off the coast of Alder Bay had a magnitude of ${m}, and the death toll rose to ${d}, the coastguard said.`;
  assert.deepEqual(
    conflicts({ draft: quake('6.1', '32'), wire: quake('6.4', '23'), notes: quake('6.4', '23') }).draft.map((f) => f.message),
    ['6.1 here; 6.4 in 2 other files.', '32 here; 23 in 2 other files.'],
  );
});

test('neighbouring figures conflict: their rounding intervals touch but do not overlap', () => {
  const approved = (y) => `The Alder harbour council first approved the Kestrel Street bridge repairs in ${y} after a long dispute over costs.`;
  // Before, 2019 (2018.5-2019.5) and 2020 (2019.5-2020.5) agreed at their shared edge.
  assert.deepEqual(conflicts({ draft: approved('2019'), wire: approved('2020') }).draft.map((f) => f.message), ['2019 here; 2020 in 1 other file.']);
  const debate = (n) => `The Alder harbour council approved the Kestrel Street bridge repairs after ${n} of debate over costs.`;
  assert.deepEqual(conflicts({ draft: debate('2 days'), wire: debate('3 days') }).draft.map((f) => f.message), ['2 days here; 3 days in 1 other file.']);
  assert.deepEqual(conflicts({ draft: debate('6.4 hours'), wire: debate('6.5 hours') }).draft.map((f) => f.message), ['6.4 hours here; 6.5 hours in 1 other file.']);
  // Approximations still overlap, and the same figure agrees.
  assert.deepEqual(Object.values(conflicts({ draft: debate('about 20 days'), wire: debate('21 days') })).flat(), []);
  assert.deepEqual(Object.values(conflicts({ draft: approved('2019'), wire: approved('2019') })).flat(), []);
});

test('basis points and percentage points are one unit: "25 basis points" is "0.25 percentage points"', () => {
  const hike = (by) => `The Alder central bank raised its main rate by ${by} to 4.75% on Thursday, its third increase this year.`;
  // Before, "50 basis points" was a count of "basi" (shown as "50 basis") and "0.25 percentage points" a count of "percentage".
  assert.deepEqual(conflicts({ draft: hike('50 basis points'), wire: hike('25 basis points') }).draft.map((f) => f.message), ['50 basis points here; 25 basis points in 1 other file.']);
  assert.deepEqual(conflicts({ draft: hike('0.5 percentage points'), wire: hike('25bp') }).draft.map((f) => f.message), ['0.5 percentage points here; 25bp in 1 other file.']);
  assert.deepEqual(Object.values(conflicts({ draft: hike('a quarter of a percentage point, 25 basis points,'), wire: hike('0.25 percentage points') })).flat(), []);
});

test('numbers inside names are no figures: G7, A320, F-35, COVID-19, 5G, a file name; glued units still are, and are the unit', () => {
  const texts = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, each of these was a count ("7 leaders", "320 jets", "35 jets", "19 cases", "5G handsets", "1409.jpeg", "19681 while").
  assert.deepEqual(texts('G7 leaders and A320 jets met 12 F-35 jets as COVID-19 cases and 5G handsets spread, in 1409.jpeg, and the club scored 19681 while others lost.'), []);
  assert.deepEqual(texts('The laptop has a 2.6GHz chip, 512GB of storage, a 96W adapter and 60fps video; it was 12ª temporada, mid-2020.'), ['count:2.6GHz', 'count:512GB', 'count:96W', 'count:60fps', 'count:12ª temporada', 'year:2020']);
});

test('temperatures are one quantity in Celsius: 41C, 41 °C, 106F and "41 degrees Celsius"; -5C is below zero', () => {
  const heat = (t) => `Temperatures in Seville reached ${t} on Tuesday, the highest reading of the summer, the weather service said.`;
  // Before, no temperature was a claim: "41C" and "44C" never conflicted.
  assert.deepEqual(conflicts({ draft: heat('44C'), wire: heat('41C') }).draft.map((f) => f.message), ['44C here; 41C in 1 other file.']);
  assert.deepEqual(conflicts({ draft: heat('-5C'), wire: heat('5 °C') }).draft.map((f) => f.message), ['-5C here; 5 °C in 1 other file.']);
  assert.deepEqual(Object.values(conflicts({ draft: heat('106F'), wire: heat('41 degrees Celsius') })).flat(), []);
  // A model's letter and an angle are no temperature.
  assert.deepEqual(claims('The iPhone 5C turned 180 degrees.').filter((k) => k.unit === '\u00B0C'), []);
  // Nor a flight's code: before, "flight 7C2216" and "flight 7C 2216" were 7C.
  assert.deepEqual(claims('Valna Air flight 7C2216 crashed on landing.').filter((k) => k.unit === '\u00B0C'), []);
  assert.deepEqual(claims('Valna Air flight 7C 2216 had left Kestrel at dawn.').filter((k) => k.unit === '\u00B0C'), []);
  assert.deepEqual(claims('The low was 7C, the weather service said.').map((k) => k.unit), ['\u00B0C']);
});

test('an age after a full name is compared with that name\u2019s age in any sentence of the story\u2019s other files', () => {
  const wire = 'A former port official was jailed for nine years on Wednesday for taking bribes from dredging firms. Jonas Ekberg, 58, was also fined 450,000 crowns and barred from public office. The court convicted him on 11 counts.\n';
  const radio = 'Jonas Ekberg, 58, took bribes from dredging firms for five years, the court ruled on Wednesday. The former port official was jailed for nine years.\n';
  const draft = (who) => `${who}, 56, was convicted on 11 counts. The former port official was jailed for nine years on Wednesday for taking bribes from dredging firms.\n`;
  // Before, the ages sat in sentences about other things and were never paired.
  const out = conflicts({ wire, radio, draft: draft('Jonas Ekberg') });
  assert.deepEqual(out.draft.map((f) => f.message), ['56 here; 58 in 2 other files.']);
  assert.match(checkAll({ wire, radio, draft: draft('Jonas Ekberg') }).draft.find((f) => f.rule === 'claim-conflict').detail, /give Jonas Ekberg another age/);
  assert.deepEqual([...out.wire, ...out.radio], [], 'the files that agree are not warned');
  // A surname alone may be anyone of a family; another first name is another person.
  assert.deepEqual(conflicts({ wire, radio, draft: draft('Ekberg') }).draft, []);
  assert.deepEqual(conflicts({ wire, radio, draft: draft('Maria Ekberg') }).draft, []);
  // A file that gives the name two ages decides nothing.
  // (The second age in a sentence of its own: "Jonas Ekberg, 57, at his arrest, was convicted on 11
  // counts" is the draft's sentence, paired as two short sentences are.)
  const twice = wire.replace('The court convicted him on 11 counts', 'Jonas Ekberg, 57, at his arrest, was held in Port Alder');
  assert.deepEqual(conflicts({ twice, draft: draft('Jonas Ekberg') }).draft, []);
});

test('an age after a surname alone ("Vance, 31,") is not compared with another person\u2019s age', () => {
  const police = [
    'Officials have confirmed the arrest of Omar Castell, 24, in connection with the fatal stabbing of Coast Party co-founder and activist Ivo Vance at Port Alder College on Wednesday.',
    'Castell was detained late on Thursday near Brenmouth, about 90 miles south of the campus. Investigators said his father called police after the young man confessed.',
    'A knife wrapped in a towel was found in a hedge near the college library. The stabbing happened during an outdoor debate attended by about 800 students.\n',
  ].join('\n');
  const draft = (second) => [
    'Ivo Vance, the Coast Party co-founder, died after he was stabbed at an outdoor debate at Port Alder College on Wednesday.',
    second,
    'Police detained a suspect late on Thursday near Brenmouth after his father called them. A knife wrapped in a towel was found near the college library.\n',
  ].join('\n');
  const victim = draft('Vance, 31, was stabbed in the neck while speaking at a Coast Party event in Port Alder.');
  // Before, the victim's age was warned against the age of the man arrested.
  assert.deepEqual(conflicts({ police, victim }), { police: [], victim: [] });
  assert.equal(lib.analyzeDocument(victim).claimSentences[1].claims[0].bearer, 'vance');
  // The same surname may be the same man: still compared.
  const suspect = draft('Castell, 26, was detained after the stabbing at a Coast Party event in Port Alder.');
  assert.deepEqual(conflicts({ police, suspect }).suspect.map((f) => f.message), ['26 here; 24 in 1 other file.']);
});

test('an age right before a full name ("23-year-old Jonas Ekberg", "a 58-year-old man, Jonas Ekberg,") is that person\u2019s', () => {
  const wire = 'A former port official was jailed for nine years on Wednesday for taking bribes from dredging firms. The court named him as 58-year-old Jonas Ekberg. He was also fined 450,000 crowns.\n';
  const radio = 'The court ruled on Wednesday that a 58-year-old man, Jonas Ekberg, took bribes from dredging firms for five years. The former port official was jailed for nine years.\n';
  const draft = 'The former port official, 56-year-old Jonas Ekberg, was convicted on 11 counts. He was jailed for nine years on Wednesday for taking bribes from dredging firms.\n';
  // Before, no age had a person, and the sentences were about other things: nothing was compared.
  assert.deepEqual(conflicts({ wire, radio, draft }).draft.map((f) => f.message), ['56-year-old here; 58-year-old in 2 other files.']);
  const person = (t) => lib.analyzeDocument(t).claimSentences[0].claims.find((k) => k.kind === 'age').person;
  // A team or an organisation in capitals before a noun is no person.
  assert.deepEqual([person('The 22-year-old Harbour City striker scored twice.\n'), person('It killed the 33-year-old Coast Party USA co-founder.\n'), person('Police named 40-year-old Ana Ruiz as the driver.\n')], [undefined, undefined, 'ana ruiz']);
});

test('an age in brackets after a title and a surname ("Mr. Lee (33)") is an age; a bracketed figure after a name alone is not', () => {
  const hospital = (age) => `Two crew members survived the crash at Valna airport. The male crew member, Mr. Lee (${age}), was taken to Valna General Hospital and later moved to Port Alder.\n`;
  // Before, "(33)" was no claim and a changed age passed.
  assert.deepEqual(conflicts({ a: hospital(33), b: hospital(33), c: hospital(34) }).c.map((f) => f.message), ['34 here; 33 in 2 other files.']);
  // "Kane (45)" is a goal's minute, "Root (45)" a batsman's runs.
  assert.deepEqual(claims('Kane (45) and Saka (67) scored for Harbour City.').filter((k) => k.kind === 'age'), []);
});

test('two short full sentences sharing three words that carry three quarters of their context are about one thing', () => {
  const wire = 'A Boreal Air jet carrying 168 people skidded off the runway at Port Alder airport in heavy rain on Friday.\nThe plane, delivered in 2014, had flown 31,000 hours, Boreal Air said.\n';
  const draft = (year, hours) => `A Boreal Air jet carrying 168 people skidded off the runway at Port Alder airport in heavy rain on Friday.\nThe plane was delivered in ${year} and had flown ${hours} hours.\n`;
  // Before, three shared words were too few to pair the sentences, and both swapped figures passed.
  assert.deepEqual(conflicts({ wire, draft: draft(2016, '13,000') }).draft.map((f) => f.message), ['2016 here; 2014 in 1 other file.', '13,000 hours here; 31,000 hours in 1 other file.']);
  assert.deepEqual(conflicts({ wire, draft: draft(2014, '31,000') }).draft, []);
  // A line that is no full sentence (a headline, a caption, a deal line: "$15 Off Apple AirPods
  // Pro on Amazon" against "Apple AirPods Pro for $235" in two real pages) shares as much without
  // being about one thing.
  assert.deepEqual(conflicts({ wire, draft: draft(2016, '13,000').replace('hours.\n', 'hours\n') }).draft, []);
});

test('British forms: "3rd December" and "the 3rd of December" are dates, "3.5pc" a percentage; "1,5 million" is no five million', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, "3rd December" was the third of something called "december", and "3.5pc" a name like "5G".
  assert.deepEqual(kinds('The vote is on 3rd December.'), ['date:date:3rd December']);
  assert.deepEqual(kinds('The vote is on the 3rd of December 2026.'), ['date:date:3rd of December', 'year:year:2026']);
  assert.deepEqual(kinds('The 3rd battalion left.'), ['ordinal:battalion:3rd']);
  assert.deepEqual(kinds('Shares fell 3.5pc.'), ['percent:% share price:3.5pc']);
  assert.deepEqual(kinds('They bought 5 PC games.'), ['count:game:5 PC games']);
  // A decimal comma: before, the "5" alone was read, five million euros against another file's 1.5 million.
  assert.deepEqual(kinds('It cost 1,5 million euros.'), []);
  const vote = (d) => `Councillors in Port Alder will vote on the ferry levy on ${d}, after a public meeting at the town hall, the council said.\n`;
  assert.deepEqual(conflicts({ a: vote('December 3'), b: vote('3 December'), draft: vote('3rd December') }).draft, []);
  assert.deepEqual(conflicts({ a: vote('December 3'), b: vote('3 December'), draft: vote('4th December') }).draft.map((f) => f.message), ['4th December here; December 3 in 2 other files.']);
});

test('a rank in one word ("sixth-largest maker") is an ordinal of the noun after it', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, the hyphenated word named no number.
  assert.deepEqual(kinds("Kestrel is the world's sixth-largest maker of phones."), ['ordinal:maker:sixth-largest']);
  assert.deepEqual(kinds('It is the second-biggest economy in the region.'), ['ordinal:economy:second-biggest']);
  assert.deepEqual(kinds('He is a first-rate player.'), []);
  // Sizes joined to their noun stay adjectives: "the 16-inch MacBook Pro" names a model.
  assert.deepEqual(kinds('The 16-inch MacBook Pro replaces the 15-inch model.'), []);
  const maker = (n) => `Kestrel sold 41 million phones last year, according to research firm Canalys, making it the world's ${n} maker.\n`;
  assert.deepEqual(conflicts({ a: maker('fifth-largest'), b: maker('fifth-biggest'), draft: maker('sixth-largest') }).draft.map((f) => f.message), ['sixth-largest here; fifth-largest in 2 other files.']);
});

test('a change whose end leaves out its unit ("from nine days to three") states two values', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  assert.deepEqual(kinds('The rail link will cut freight times from nine days to three.'), ['duration:day:nine days', 'duration:day:three']);
  assert.deepEqual(kinds('The queue grew from 20 people to 45 by noon.'), ['count:people:20 people', 'count:people:45']);
  assert.deepEqual(kinds('It went from 12 days to 3 million visitors.'), ['duration:day:12 days', 'count:visitor:3 million visitors']);
  const visit = 'President Ana Ruiz of Castania began a three-day state visit to Norvia on Tuesday, signing 11 agreements on energy and rail with President Tomas Brek in Sarova.\n';
  const freight = (to) => `President Tomas Brek and President Ana Ruiz of Castania signed 11 agreements on energy and rail in Sarova on Tuesday, a deal to cut freight times from nine days to ${to}.\n`;
  // Before, the freight time's start and the visit's length were one duration in two sentences about the same day.
  assert.deepEqual(conflicts({ a: visit, b: freight('three') }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: freight('three'), b: freight('three'), draft: freight('four') }).draft.map((f) => f.message), ['four here; three in 2 other files.']);
});

test('a conversion in brackets ("20 inches (50 centimeters)") restates its value: a value is compared with values, a conversion with conversions', () => {
  const rain = (amount) => `Forecasters warned that up to ${amount} of rain could fall in parts of east Texas through Saturday, the weather service said.\n`;
  // Before, the source's sentence gave two lengths and the draft's one: which was which? Nothing was compared.
  assert.deepEqual(conflicts({ wire: rain('20 inches (50 centimeters)'), draft: rain('25 inches') }).draft.map((f) => f.message), ['25 inches here; 20 inches in 1 other file.']);
  assert.deepEqual(conflicts({ wire: rain('20 inches (50 centimeters)'), draft: rain('20 inches') }).draft, []);
  assert.deepEqual(conflicts({ wire: rain('20 inches (50 centimeters)'), draft: rain('50 centimetres (20 inches)') }).draft, []);
  // A changed conversion is compared with the sources' conversion.
  const wind = (w) => `Lorna came ashore near Port Marlow early Thursday with maximum sustained winds of ${w}, the hurricane center said.\n`;
  assert.deepEqual(conflicts({ a: wind('140 mph (225 km/h)'), b: wind('140 mph (225 km/h)'), draft: wind('140 mph (250 km/h)') }).draft.map((f) => f.message), ['250 km/h here; 225 km/h in 2 other files.']);
  // Each outlet rounding its own conversion of one measure (140 mph is 225.3 km/h): no conflict. Before, warned both ways.
  assert.deepEqual(conflicts({ a: wind('140 mph (225 km/h)'), draft: wind('140 mph (220 kph)') }), { a: [], draft: [] });
  // A conversion that is off from its own value is still compared.
  assert.deepEqual(conflicts({ a: wind('140 mph (225 km/h)'), draft: wind('140 mph (235 kph)') }).draft.map((f) => f.message), ['235 kph here; 225 km/h in 1 other file.']);
  // The same unit in brackets is an aside, not a conversion: two values.
  assert.deepEqual(claims('Prices rose 5% (6% in May).').map((k) => Boolean(k.conversion)), [false, false]);
});

test('a plan\u2019s horizon ("over the next 10 years") is a duration compared like others, not a period', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  assert.deepEqual(kinds('They will invest 7.5 billion yuan over the next 10 years.'), ['money:CNY:7.5 billion yuan', 'duration:month:10 years']);
  assert.deepEqual(lib.analyzeDocument('Exports rose 8% in the first 11 months.').claimSentences[0].periods, ['first 11 months']);
  const plan = (horizon, sum) => `Under the deal, Castania and Norvia will invest a combined ${sum} in the lunar station over the next ${horizon}, with Castania contributing 60 percent.\n`;
  // Before, "next 12 years" and "next 10 years" were two periods: the sentences were never compared, nor the sums in them.
  assert.deepEqual(conflicts({ a: plan('10 years', '7.5 billion yuan'), b: plan('ten years', '7.5 billion yuan'), draft: plan('12 years', '5.7 billion yuan') }).draft.map((f) => f.message), [
    '5.7 billion yuan here; 7.5 billion yuan in 2 other files.',
    '12 years here; 10 years in 2 other files.',
  ]);
  // A period that grows with the report's date still separates: the first 11 months are not the first 10.
  const trade = (months, sum) => `Trade between Castania and Norvia reached ${sum} in the first ${months} months of the year, customs data showed.\n`;
  assert.deepEqual(conflicts({ a: trade('10', '$41 billion'), draft: trade('11', '$45 billion') }).draft, []);
});

test('results at one stage of a count ("with 95% of votes counted") are not compared with another stage\u2019s', () => {
  const result = (stage, brandt, valdez) => `With ${stage} of votes counted, Karin Brandt had ${brandt} against ${valdez} for Elena Valdez in Sunday's presidential election, the electoral commission said.\n`;
  // Before, "95%" and "99%" were two percentages of the sentence, and every figure conflicted.
  assert.deepEqual(conflicts({ a: result('95%', '52.3%', '38.1%'), b: result('99%', '51.8%', '38.6%') }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: result('99%', '51.8%', '38.6%'), b: result('99%', '51.8%', '38.6%'), draft: result('99%', '58.1%', '38.6%') }).draft.map((f) => f.message), ['58.1% here; 51.8% in 2 other files.']);
  // A share of the votes somewhere is no stage of the count.
  assert.deepEqual(lib.analyzeDocument('Brandt won 52% of votes in the capital.').claimSentences[0].periods, []);
});

test('values listed in another order are not paired by position when one of them stands elsewhere', () => {
  const a = 'Margit Sand won the Oscar for best actress in 1972 for "A Winter Harbour" and the Oscar for best supporting actress in 1989, the academy said.\n';
  const b = 'Margit Sand won a second Oscar, for best supporting actress, in 1989, and retired from acting in 2004, the academy said.\n';
  // Before, b's 2004 was paired with a's second year, 1989, which is b's first: a false alarm.
  assert.deepEqual(conflicts({ a, b }), { a: [], b: [] });
  // A value given twice still pairs: the other one stands at its own place.
  const twice = (x) => `The plant opened in 2019 and was sold in ${x} to the company that built it, the company said.\n`;
  assert.deepEqual(conflicts({ a: twice('2019'), b: twice('2019'), draft: twice('2025') }).draft.map((f) => f.message), ['2025 here; 2019 in 2 other files.']);
});

test('casualties counted by what befell them ("four injured", "12 wounded") are counts', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, a word shaped like an adjective after a number counted nothing.
  assert.deepEqual(kinds('The blast left 23 killed and 40 wounded.'), ['count:killed:23 killed', 'count:wounded:40 wounded']);
  assert.deepEqual(kinds('Three wounded soldiers were flown out.'), ['count:soldier:Three wounded soldiers']);
  // Past a bracket or a comma the next word is not their noun (before, "video" and "police").
  assert.deepEqual(kinds('Ferry runs aground off Valna, eight injured (video)'), ['count:injured:eight injured']);
  assert.deepEqual(kinds('Shootings leave 1 dead, 6 wounded, police say'), ['count:dead:1 dead', 'count:wounded:6 wounded']);
  const shooting = (n) => `Two people were killed and ${n} injured when a gunman opened fire inside a bar on Harbor Street late on Saturday, police said.\n`;
  assert.deepEqual(conflicts({ a: shooting('three'), b: shooting('three'), draft: shooting('four') }).draft.map((f) => f.message), ['four injured here; three injured in 2 other files.']);
});

test('a bare count told by what befell it ("866 were diagnosed", "four of them were killed") is a count', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, a number with no noun after it counted nothing.
  assert.deepEqual(kinds('Over the decade, 866 were diagnosed with dementia.'), ['count:diagnosed:866 were diagnosed']);
  assert.deepEqual(kinds('Four of them were killed and 12 have been arrested.'), ['count:killed:Four of them were killed', 'count:arrested:12 have been arrested']);
  // An age between commas, a single one (a pronoun as often as a count), a capitalised word: nothing.
  assert.deepEqual(kinds('The singer, 42, was voted off the show.'), []);
  assert.deepEqual(kinds('One was killed when Brandt Street was closed.'), []);
  const study = (n) => `During the follow-up, ${n} of them were diagnosed with dementia, the Kessford researchers said.\n`;
  assert.deepEqual(conflicts({ a: study('866'), b: study('866'), draft: study('686') }).draft.map((f) => f.message), ['686 of them were diagnosed here; 866 of them were diagnosed in 2 other files.']);
});

test('a tie of one file against one is broken by a third file stating one side\u2019s figure in other words', () => {
  const wire = (pct) => `Nordvik Telecom will cut about 3,200 jobs, or ${pct} of its workforce, over the next two years, the operator said.\n`;
  const paper = (pct) => `Nordvik Telecom plans to shed around 3,200 positions, about ${pct} of its staff, in a bid to save money.\n`;
  const msgs = (files) => Object.fromEntries(Object.entries(conflicts(files)).map(([k, v]) => [k, v.map((f) => f.message)]));
  // Before, the paper's sentence was worded too differently to pair, and both the wire and the changed copy were warned.
  assert.deepEqual(msgs({ wire: wire('9%'), paper: paper('9 per cent'), draft: wire('11%') }), { wire: [], paper: [], draft: ['11% here; 9% in 1 other file.'] });
  // Settled once, the file is the odd one out in its other ties too: a figure and a quote no third file restates.
  const wire2 = wire('9%') + 'The charge will be 1.8 billion crowns, the operator said.\n\u201CThese are painful decisions, but standing still is not an option,\u201D Liv Haugen said.\n';
  const draft2 = wire('11%') + 'The charge will be 1.6 billion crowns, the operator said.\n\u201CThese are difficult decisions, but standing still is not an option,\u201D Liv Haugen said.\n';
  const paper2 = paper('9 per cent') + 'Chief executive Liv Haugen said the operator had to cut costs and that the charge for the cuts would come this quarter, calling the decisions painful.\n';
  const out = checkAll({ wire: wire2, paper: paper2, draft: draft2 });
  assert.deepEqual([...rule(out.wire, 'claim-conflict'), ...rule(out.wire, 'quote-differs')].map((f) => f.message), []);
  assert.deepEqual([...rule(out.draft, 'claim-conflict'), ...rule(out.draft, 'quote-differs')].map((f) => f.message).sort(), ['1.6 billion crowns here; 1.8 billion crowns in 1 other file.', '11% here; 9% in 1 other file.', 'Quote differs from wire line 3: painful \u2192 difficult.']);
  // The third file stating neither figure, or both, or the wire's in a sentence about something else, breaks nothing.
  assert.equal(msgs({ wire: wire('9%'), paper: paper('a tenth'), draft: wire('11%') }).wire.length, 1);
  assert.equal(msgs({ wire: wire('9%'), paper: paper('9 per cent') + 'Rivals cut 11% of their staff last year.\n', draft: wire('11%') }).wire.length, 1);
  assert.equal(msgs({ wire: wire('9%'), paper: 'Ferry fares in the fjords rose 9% in October.\n', draft: wire('11%') }).wire.length, 1);
});

test('a weekday of a closing report ("…, results showed on Monday") is not the event\u2019s', () => {
  const won = 'Karin Brandt won the Norvian presidential election in the first round with 51.8% of the vote on Sunday, defeating Elena Valdez.\n';
  const results = 'Karin Brandt won the Norvian presidential election in the first round with 51.8% of the vote, defeating Elena Valdez, final results showed on Monday.\n';
  // Before, the day the results came out conflicted with the day of the vote.
  assert.deepEqual(conflicts({ a: won, b: won, c: results }).c, []);
  // The event's own day, also when the sentence opens with the attribution, is compared as before.
  assert.deepEqual(conflicts({ a: won, b: won, draft: won.replace('Sunday', 'Saturday') }).draft.map((f) => f.message), ['Saturday here; Sunday in 2 other files.']);
  const said = (day) => `Kestrel Mining said on ${day} that operating profit rose 12% in the third quarter to SEK 4.2 billion, helped by copper prices.\n`;
  assert.deepEqual(conflicts({ a: said('Wednesday'), b: said('Wednesday'), draft: said('Thursday') }).draft.map((f) => f.message), ['Thursday here; Wednesday in 2 other files.']);
});

test('a weekday after "reported" or "confirmed" is the day the news came, as in a closing report', () => {
  const crash = (day) => `Mining minister Oskar Vell and his deputy have been reported dead after a plane crash on ${day} in the hills north of Sarova.\n`;
  const news = 'Norvian state radio reported on Monday that mining minister Oskar Vell and his deputy were killed in a plane crash in the hills north of Sarova.\n';
  // Before, the day state radio reported the deaths conflicted with the day of the crash.
  assert.deepEqual(conflicts({ a: crash('Sunday'), b: crash('Sunday'), c: news }).c, []);
  assert.deepEqual(conflicts({ a: crash('Sunday'), b: news }).a, []);
  // Two such days are still compared, and the crash's own day as before.
  assert.deepEqual(conflicts({ a: news, b: news, c: news.replace('Monday', 'Tuesday') }).c.map((f) => f.message), ['Tuesday here; Monday in 2 other files.']);
  assert.deepEqual(conflicts({ a: crash('Sunday'), b: crash('Sunday'), c: crash('Saturday') }).c.map((f) => f.message), ['Saturday here; Sunday in 2 other files.']);
});

test('a date, like a weekday, needs three shared words besides names; a first word is a name when the other sentence capitalises it', () => {
  const trial = 'Judge Ana Ruiz presided over the Kessler trial in federal court in Port Varo last spring, which concluded March 3 with the jury convicting Kessler on four counts of fraud.\n';
  const sentenced = 'Kessler was sentenced in Port Varo Federal Court Nov. 18.\n';
  const losses = 'Investors in the harbour fund lost more than $300 million, prosecutors told the court.\n\nThe fund collapsed in 2021 after auditors found that its reported assets did not exist.\n';
  const founded = 'Kessler founded the harbour fund in 2015 and raised money from pension schemes across the region.\n\nShe had denied wrongdoing throughout the trial.\n';
  // Before, the day the trial ended was warned against the day of the sentence, both ways:
  // "Kessler", first in one sentence, counted as a shared word besides "federal" and "court".
  assert.deepEqual(conflicts({ a: trial, b: sentenced, c: losses, d: founded }), { a: [], b: [], c: [], d: [] });
  // The same event's date, changed, is still found.
  const full = (d) => `Kessler was sentenced on ${d} in Valna federal court to 11 years in prison for defrauding investors of the harbour fund.\n`;
  assert.deepEqual(conflicts({ a: full('Nov. 18'), b: full('Nov. 18'), c: full('Nov. 19') }).c.map((f) => f.message), ['Nov. 19 here; Nov. 18 in 2 other files.']);
});

test('a dateline\u2019s date is the report\u2019s; two report days are one report\u2019s only when the sentences give a figure alike', () => {
  const dated = (d) => `VALNA, ${d} (Coastal Wire) - The toll from the earthquake in the hill district has risen to 72, with Kestrel accounting for 56 deaths, officials said.\n`;
  const quake = 'The toll from the March 25 earthquake in the hill district has risen to 78, while 560 people are injured, officials said.\n';
  // Before, the dateline's March 27 was warned against the day of the earthquake.
  assert.deepEqual(conflicts({ a: dated('March 27'), b: quake }).a, []);
  assert.equal(lib.analyzeDocument(dated('March 27')).claimSentences[0].claims[0].reported, true);
  assert.equal(lib.analyzeDocument('Ana Ruiz, March 27 - the day she won the final.').claimSentences[0].claims[0].reported, undefined);
  // A country in square brackets and a colon after the date ("Valna [Norvia], November 18: …") is a dateline too.
  const bracketed = 'Valna [Norvia], November 18: Former mayor Ana Ruiz was sentenced in absentia on Monday for the crackdown on the dock strike that ended her rule.\n';
  const ousted = 'Ruiz was sentenced in absentia for the crackdown on the dock strike, having fled to Harwick after her ouster on August 5 last year.\n';
  assert.equal(lib.analyzeDocument(bracketed).claimSentences[0].claims[0].reported, true);
  // Before, "November 18 here; August 5 in 1 other file", both ways.
  assert.deepEqual(conflicts({ a: bracketed, b: ousted }), { a: [], b: [] });
  assert.equal(lib.analyzeDocument('Ana Ruiz, March 27: the day she won the final.').claimSentences[0].claims[0].reported, undefined);
  // Reports of a running toll on two days: the days are compared only when a figure is alike.
  const monday = 'The toll from the earthquake in the hill district has gone up to 72, with Kestrel accounting for 56 deaths, a top official said on Monday.\n';
  const wednesday = 'The toll from the earthquake in the hill district has gone up to 78, while the number of injured stands at 560, the government said on Wednesday.\n';
  const more = { c: 'The earthquake struck at dawn on Saturday.\n\nRescuers worked through the night to reach the hill villages.\n', d: 'The government sent army units to the region on Sunday.\n\nSchools will stay closed this week.\n' };
  // Before, Monday and Wednesday were warned against each other.
  assert.deepEqual(conflicts({ a: monday, b: wednesday, ...more }), { a: [], b: [], c: [], d: [] });
  const same = (day) => `The toll from the earthquake in the hill district has gone up to 72, with Kestrel accounting for 56 deaths, the government said on ${day}.\n`;
  assert.deepEqual(conflicts({ a: same('Monday'), b: same('Monday'), c: same('Tuesday').replace('the government said', 'officials in the capital said') }).c.map((f) => f.message), ['Tuesday here; Monday in 2 other files.']);
});

test('a weekday dates the word before it: two sentences that each speak of both things and date the other are not compared', () => {
  const manhunt = 'VALNA \u2013 Hundreds of officers joined a massive manhunt Thursday for a gunman accused of killing 11 people in a rampage at a ferry terminal and a bar in Port Alder.\n';
  const rampage = 'A gunman rampaged through Port Alder on Wednesday evening, killing 11 people at a ferry terminal and a bar as a manhunt for him stretched into the night.\n';
  const more = { c: 'The gunman was named as Tomas Brek, 40, a former ferry worker.\n\nSchools in Port Alder stayed closed.\n', d: 'Police said the weapon had been bought legally.\n\nThe mayor called it the darkest day in the town.\n' };
  // Before, the day of the manhunt and the day of the rampage were warned against each other.
  assert.deepEqual(conflicts({ a: manhunt, b: rampage, ...more }), { a: [], b: [], c: [], d: [] });
  const dated = (s) => lib.analyzeDocument(s).claimSentences[0].claims.find((k) => k.kind === 'weekday').dates;
  assert.equal(dated('The collapse of the bridge on Wednesday shocked the city.'), lib.stemWord('collapse'));
  // The same thing dated twice is still compared: "the bridge collapsed on Tuesday" and "the collapse of the bridge on Wednesday".
  const collapsed = 'The Kestrel Street bridge over the harbour collapsed on Tuesday after a cargo ship struck one of its piers, officials said.\n';
  const collapse = 'Officials said the collapse of the Kestrel Street bridge over the harbour on Wednesday came after a cargo ship struck one of its piers.\n';
  assert.deepEqual(conflicts({ a: collapsed, b: collapsed, c: collapse }).c.map((f) => f.message), ['Wednesday here; Tuesday in 2 other files.']);
});

test('two deeds of a story, each dated by its own day, are not compared: a background deed after its noun, a deed told as coming "after" the other', () => {
  const lifted = 'Councillors in Valna unanimously voted to lift a curfew declared Tuesday by Governor Ilse Marrow, reversing an order that had shut the port.\n';
  const voted = 'VALNA \u2014 The Valna regional council voted early Wednesday morning to lift the curfew imposed by Governor Ilse Marrow, hours after she declared that the port strikers were plotting against the region.\n';
  const address = 'Governor Ilse Marrow declared a curfew across Valna in a late-night radio address on Tuesday and was at once met with defiance from the regional council.\n';
  const defied = 'VALNA \u2014 The regional council defied Governor Ilse Marrow on Wednesday by voting to lift the curfew hours after her surprise declaration shut the port.\n';
  const more = { e: 'The port reopened at dawn.\n\nStrikers cheered outside the council hall.\n', f: 'Marrow has not spoken since.\n\nHer party called the curfew a mistake.\n' };
  // Before, the day of the declaration and the day of the vote were warned against each other, both ways.
  assert.deepEqual(conflicts({ a: lifted, b: voted, c: address, d: defied, ...more }), { a: [], b: [], c: [], d: [], e: [], f: [] });
  // One deed on two days is still compared: the same declaration, or the same vote.
  const declared = (day) => `Governor Ilse Marrow declared a curfew across Valna in a late-night radio address on ${day}, hours after the port strike began.\n`;
  assert.deepEqual(conflicts({ a: declared('Tuesday'), b: declared('Tuesday'), c: declared('Wednesday').replace('radio address', 'television address') }).c.map((f) => f.message), ['Wednesday here; Tuesday in 2 other files.']);
  const vote = (day) => `The Valna regional council voted early ${day} morning to lift the curfew declared by Governor Ilse Marrow, hours after the port strike began.\n`;
  assert.deepEqual(conflicts({ a: vote('Wednesday'), b: vote('Wednesday'), c: vote('Thursday').replace('regional council', 'council of the region') }).c.map((f) => f.message), ['Thursday here; Wednesday in 2 other files.']);
});

test('the day something that went on ended ("a manhunt … ended Sunday") is not compared with a day it was going on', () => {
  const ended = "A manhunt for Arlo Denn, the suspect in a targeted shooting that killed former Valna council leader Ilse Marrow and her husband, Tomas Marrow, ended Sunday with his surrender in a wooded area near his home. Police had launched the largest manhunt in Valna's history after attacks that also left councillor Pia Brandt and her husband critically wounded.\n";
  const underway = "A manhunt was under way on Saturday for Arlo Denn, 41, who police said is a suspect in the killing of Valna council leader Ilse Marrow and her husband, and the shooting of councillor Pia Brandt and her husband.\nIlse Marrow, the council's leader, was shot dead early Saturday.\n";
  // Before, the manhunt's end was warned against the day it was under way, both ways.
  assert.deepEqual(conflicts({ a: ended, b: underway }), { a: [], b: [] });
  // Two ends on two days are still compared.
  assert.equal(conflicts({ a: ended, b: ended.replace('Sunday', 'Monday') }).a.length, 1);
});

test('a date after "ending" or "ended" is when a period closed, compared only with such dates', () => {
  const released = 'On November 19, 2026, Harbour Chips released its financial results for its third quarter of fiscal 2027, reporting a record quarter fuelled largely by demand for its data centre chips.\n';
  const ending = 'Harbour Chips released its financial results for the third quarter of fiscal year 2027 (ending October 26), with all figures setting new records for the data centre business.\n';
  // Before, the release day and the quarter's end were warned against each other, both ways.
  assert.deepEqual(conflicts({ a: released, b: ending }), { a: [], b: [] });
  // Two ends of the quarter are still compared.
  assert.equal(conflicts({ a: ending, b: ending.replace('October 26', 'October 27') }).a.length, 1);
});

test('a day that came "after" a deed told with an irregular past ("hit"), against the deed\u2019s own day dating a name, is not compared', () => {
  const searched = 'Rescuers were racing against time on Tuesday to reach survivors after a powerful earthquake hit the Castanian Sea territory of Valna, laying waste to its many shantytowns.\n';
  const hit = 'The death toll from an earthquake which hit the Castanian Sea territory of Valna on Sunday is likely to be several hundred, a local official has warned.\nThe last reported death toll stood at 14, but the island governor Ilse Marrow said it would rise to several hundred once the damage was assessed.\n';
  // Before, the day of the search was warned against the day of the quake.
  assert.deepEqual(conflicts({ a: searched, b: hit }), { a: [], b: [] });
  // The quake on two days is still compared.
  assert.equal(conflicts({ a: hit.replace('Sunday', 'Monday'), b: hit }).a.length, 1);
});

test('a weekday written with its date is checked against the weekday other files write with that date, whatever the sentences say', () => {
  const files = {
    a: 'Ferry services across the Valna archipelago were restored after a day of strikes on Sunday, March 3. The walkout by deckhands of the Valna Ferry Company stranded thousands of island commuters and halted freight to Port Alder.\n\nThe union said the deckhands would return to work after the company agreed to review rosters and overtime pay.\n',
    b: 'On Monday, March 3, deckhands of the Valna Ferry Company walked off the job, stranding island commuters across the archipelago. The strike halted every crossing to Port Alder until the evening.\n\nThe company said it would review rosters and overtime pay, and the union called the deckhands back to work.\n',
    c: 'A strike by Valna Ferry Company deckhands hit the archipelago on Monday 3 March, leaving commuters stranded on the islands and freight stuck in Port Alder.\n\nCrossings resumed late in the day once the company promised to review rosters and overtime pay, the union said.\n',
  };
  // Before, no sentence of a paired with b's or c's, and the wrong weekday went unwarned.
  const found = checkAll(files);
  assert.deepEqual(rule(found.a, 'claim-conflict').map((f) => f.message), ['Sunday here; Monday in 2 other files.']);
  assert.match(found.a.find((f) => f.rule === 'claim-conflict').detail, /same date with another weekday/);
  assert.deepEqual([...rule(found.b, 'claim-conflict'), ...rule(found.c, 'claim-conflict')], []);
  const day = (s) => lib.analyzeDocument(s).claimSentences[0].claims.find((k) => k.kind === 'weekday');
  assert.deepEqual([day('It began on Sunday (March 2) at noon.').onDate, day('It hit on Monday, March 3, 2025, at dawn.').onYear], [202, 2025]);
  // A weekday not written with its date has none: "on Monday, and on March 4".
  assert.equal(day('Talks began on Monday, and on March 4 the strike ended.').onDate, undefined);
  // Two years given are two calendars: no warning.
  const years = { a: files.a.replace('March 3.', 'March 3, 2024.'), b: files.b.replace('March 3,', 'March 3, 2025,'), c: files.c.replace('3 March,', '3 March 2025,') };
  assert.deepEqual(rule(checkAll(years).a, 'claim-conflict'), []);
  // Two dates are two days, their weekdays not compared: the date is warned, not the weekday too.
  const near = (d) => `Deckhands of the Valna Ferry Company walked off the job on ${d}, stranding island commuters across the archipelago.\n`;
  assert.deepEqual(conflicts({ a: near('Monday, March 3'), b: near('Monday, March 3'), c: near('Tuesday, March 4') }).c.map((f) => f.message), ['March 4 here; March 3 in 2 other files.']);
});

test('"Turnout in this year\u2019s election reached 84%" is the turnout; an exit poll\u2019s figures are not the count\u2019s', () => {
  const files = { a: "The Harbour Party led by Ilse Marrow won the early parliamentary election in Valna, with votes counted in all 99 districts.\n\nTurnout in this year's parliamentary election reached 84%, a record in Valna since 1990.\n\nAccording to the final results, the Harbour Party received 28.5% of the vote. The Coast Alliance came second with 20.8%, the party's best result in its history.\n", b: "Harbour Party wins Valna election, Coast Alliance surges to second place\n- The Harbour Party emerged as the largest party with 28.6% of the vote, paving the way for Ilse Marrow to become prime minister.\n- The Coast Alliance doubled its vote share to 20.8%, becoming the second-largest party.\n- High voter turnout of 82.5%, the highest since independence, underscored the electorate's engagement in a fragmented political landscape.\n", c: "Exit polls published after the parliamentary election held this Sunday in Valna show that the Coast Alliance has achieved 19.5% of the vote in what would be its best result in its history.\n\nSpecifically, the Harbour Party led by Ilse Marrow has achieved 29% of the vote, according to the exit poll published by Valna public television.\n" };
  const found = conflicts(files);
  // Before, the 84% was the election's (its word before the verb), and "since 1990" named another year than the other file's sentence:
  // the turnouts were never compared. And the exit poll's 19.5% was warned against the count's 20.8%.
  assert.deepEqual(found.a.map((f) => f.message), ['84% here; 82.5% in 1 other file.']);
  assert.deepEqual(found.c, []);
  const anchor = (t) => lib.analyzeDocument(t).claimSentences[0].claims.find((k) => k.kind === 'percent').anchor;
  assert.equal(anchor('Turnout in this year\u2019s parliamentary election reached 84%.\n'), 'turnout');
  assert.equal(anchor('Support for the party in the polls reached 20%.\n'), 'polls');
  const since = lib.analyzeDocument('It was a record in Valna since 1990.\n').claimSentences[0].claims[0];
  assert.equal(since.since, true);
});

test('two game minutes said of two scorers are two moments: "Korhonen scored in the 12th minute" and "… Marrow … doubled their advantage in the 20th minute"', () => {
  const lead = 'Harbour City won the Valna Cup final 5-0 in Port Alder on Saturday, the biggest margin in the final\u2019s history.\n\n';
  const a = `${lead}The home side started strong, securing an early lead when Sami Korhonen scored in the 12th minute against his former club.\n`;
  const b = `${lead}Sami Korhonen, playing against his former club, gave Harbour City an early lead and Ilse Marrow went from provider to finisher as her deflected shot doubled their advantage in the 20th minute.\n`;
  // Before, the two goals' minutes were warned against each other, both ways.
  assert.deepEqual(conflicts({ a, b }), { a: [], b: [] });
  // One scorer's minute on two sides is still compared, a scorer named after "through" too.
  const c = `${lead}The home side started strong, securing an early lead when Sami Korhonen scored in the 14th minute against his former club.\n`;
  assert.deepEqual(conflicts({ a, a2: a, c }).c.map((f) => f.message), ['14th here; 12th in 2 other files.']);
  const d = `${lead}Harbour City took an early lead in the 14th minute through Sami Korhonen, against his former club.\n`;
  assert.deepEqual(conflicts({ a, a2: a, d }).d.map((f) => f.message), ['14th here; 12th in 2 other files.']);
});

test('two reports of a running toll sharing only what every report gives alike (a quake\u2019s magnitude) are two reports: their days are not compared', () => {
  const a = "VALNA \u2014 A 6.1-magnitude earthquake struck the eastern hills of Valna late Sunday, Aug. 31, 2025, killing more than 800 people and injuring at least 2,500, officials said Monday, Sept. 1.\n\nThe hardest-hit province was Kestrel, where about 800 people died and 2,500 were wounded.\n";
  const b = "VALNA \u2014 A catastrophic 6.1-magnitude earthquake in the eastern hills of Valna has killed 1,411 people and injured 3,124 in Kestrel province, Ilse Marrow, spokeswoman for the Valna government, said Tuesday.\n\nThe quake struck at 11:47 p.m. local time Aug. 31, with its epicentre 27 kilometres northeast of Port Alder.\n";
  // Before, the shared magnitude made them one report, and Monday and Tuesday were warned against each other.
  assert.deepEqual(conflicts({ a, b }), { a: [], b: [] });
  // One report told on two days is still warned: the same toll.
  const c = b.replace('said Tuesday', 'said Wednesday');
  assert.deepEqual(conflicts({ b, b2: b, c }).c.map((f) => f.message), ['Wednesday here; Tuesday in 2 other files.']);
});

test('deaths of an event of a kind the other sentence never names ("the earthquake that struck …, killing 48") are not compared', () => {
  const crash = 'TOKYO (Coastal Wire) \u2014 A large airliner and a coast guard plane collided on the runway at Valna airport on Tuesday and burst into flames, killing five people on board the coast guard plane, officials said.\n';
  const aid = 'The coast guard said the collision involved one of its planes that was headed to Niigata airport to deliver aid to those caught up in the powerful earthquake that struck on New Year\u2019s Day, killing at least 48 people.\n';
  const others = { c: 'All 212 passengers on the ferry were brought ashore.\n\nThe harbour was closed for six hours.\n', d: 'The patrol boat had left Valna at dawn.\n\nAn inquiry has been opened.\n' };
  // Before, the collision's five dead and the earthquake's 48 were warned against each other.
  assert.deepEqual(conflicts({ a: crash, b: aid, ...others }), { a: [], b: [], c: [], d: [] });
  const kinds = (s) => allClaims(s).filter((k) => k.fate).map((k) => k.eventOf);
  assert.deepEqual(kinds('A gunman opened fire at the school on Tuesday, killing 19 children.'), ['shooting']);
  assert.deepEqual(kinds('The fire department said the blaze killed two people.'), ['fire']);
  // A shooting's toll against another's, each naming the shooting, is still compared.
  const shot = (n) => `An 18-year-old gunman opened fire on Tuesday at an elementary school in Valna, killing at least ${n} children as he went from classroom to classroom, officials said.\n`;
  const said = 'Officials say 18 children were killed when an 18-year-old gunman started shooting at the elementary school in Valna on Tuesday.\n';
  const more = { d: 'The school district said classes were cancelled for the rest of the week.\n\nCounsellors will be at the civic centre.\n', e: 'The gunman was killed by police officers at the scene.\n\nThe governor will visit Valna on Wednesday.\n' };
  assert.deepEqual(conflicts({ a: shot(19), b: shot(19), c: said, ...more }).c.map((f) => f.message), ['18 children here; 19 children in 2 other files.']);
});

test('a percentage beside a sum is that sum\u2019s change: changes of two different sums are not compared', () => {
  const services = 'Kestrel reported record third-quarter services revenue of $24.9 billion, up 12 per cent on the same period last year.\n';
  const phones = 'Kestrel\u2019s third-quarter revenue soared to a record $95 billion, largely driven by robust phone sales that hit $46.22 billion, a 5.5% increase from last year.\n';
  const more = { c: 'Kestrel will pay a dividend of 25 cents a share.\n\nIts shares fell in late trading.\n', d: 'The company opened two new stores during the quarter.\n\nIt expects growth to continue.\n' };
  // Before, the services' 12% growth was warned against the phones' 5.5%, both ways.
  assert.deepEqual(conflicts({ a: services, b: phones, ...more }), { a: [], b: [], c: [], d: [] });
  const sums = (s) => lib.analyzeDocument(s).claimSentences[0].claims.filter((k) => k.kind === 'percent').map((k) => k.ofSum && k.ofSum.map((v) => v / 1e9));
  assert.deepEqual(sums('Phone sales were up 6% YoY to $46.22 billion.'), [[46.215, 46.225]]);
  // The same sum's change, given otherwise, is still compared.
  const grew = (p) => `Kestrel reported record third-quarter services revenue of $24.9 billion, up ${p} on the same period last year.\n`;
  assert.deepEqual(conflicts({ a: grew('12 per cent'), b: grew('12%'), c: grew('21%') }).c.map((f) => f.message), ['21% here; 12% in 2 other files.']);
});

test('a day\u2019s name ("Black Friday", "Cyber Monday", "Super Tuesday") is no weekday of the story', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "Black Friday" was a Friday and conflicted with the days other files gave their sales.
  assert.deepEqual(kinds('Online sales rose 8% on Black Friday, the retailer said.'), ['percent:8%']);
  assert.deepEqual(kinds('Deals run until Cyber Monday.'), []);
  assert.deepEqual(kinds('Black voters turned out on Tuesday.'), ['weekday:Tuesday']);
  const sales = (day) => `Kestrel Retail said online sales rose 8% on ${day} as shoppers chased discounts on televisions and laptops.\n`;
  assert.deepEqual(conflicts({ a: sales('Thursday'), b: sales('Thursday'), draft: sales('Black Friday') }).draft, []);
});

test('a weekday of something still to come ("is due to visit Valna on Friday") is compared with plans only', () => {
  const story = 'Castania and Norvia signed 11 agreements in Sarova, including a deal for a railway linking the two capitals.\n\n';
  const signed = `${story}Castanian President Tomas Ortega and Norvian President Elena Valdez signed the deals on Wednesday after talks in the Norvian capital, Sarova, that lasted about three hours.\n`;
  const plan = (day) => `${story}The talks in Sarova lasted about three hours, and Ortega is due to visit the port of Valna before returning to Castania on ${day}.\n`;
  // Before, the day of the return home conflicted with the day of the signing.
  assert.deepEqual(conflicts({ a: signed, b: signed, c: plan('Friday') }).c, []);
  // Two plans for different days still conflict.
  assert.deepEqual(conflicts({ a: plan('Friday'), b: plan('Friday'), draft: plan('Saturday') }).draft.map((f) => f.message), ['Saturday here; Friday in 2 other files.']);
  const kinds = (s) => allClaims(s).map((k) => `${k.text}:${Boolean(k.planned)}`);
  assert.deepEqual(kinds('Talks will resume on Monday.'), ['Monday:true']);
  assert.deepEqual(kinds('The fire was set on Monday, and crews will return.'), ['Monday:false']);
  // What was ready or supposed to happen is a plan too (before, a day of the story's event).
  assert.deepEqual(kinds('The runoff was ready to be held on Sunday.'), ['Sunday:true']);
  assert.deepEqual(kinds('The vote that was supposed to take place on Sunday never came.'), ['Sunday:true']);
  // A participle after a comma goes on in the tense before it (before, the comma ended the plan); "having" looks back.
  assert.deepEqual(kinds('Ortega will hand over the presidency to Valdez, returning to Castania on Monday.'), ['Monday:true']);
  assert.deepEqual(kinds('Ortega will visit Valna on Friday, having signed the deals on Wednesday.'), ['Friday:true', 'Wednesday:false']);
});

test('figures given on the word of different sides ("police said" / "organisers said") are two estimates', () => {
  const march = (side, n) => `${side} said about ${n} people marched through central Sarova on Saturday to protest against the rail loans.\n`;
  // Before, the organisers' figure was warned against the police's.
  assert.deepEqual(conflicts({ a: march('Police', '2,000'), b: march('Organisers', '10,000'), c: march('Police', '2,000') }).b, []);
  // The same side's figure is compared as before, and so is one named by no side.
  assert.deepEqual(conflicts({ a: march('Police', '2,000'), b: march('Police', '2,000'), draft: march('Police', '5,000') }).draft.map((f) => f.message), ['5,000 people here; 2,000 people in 2 other files.']);
  // Sides not opposed to each other are compared: the government's figure and a company's.
  const trade = (side, n) => `${side} said trade with Norvia rose ${n} in the first ten months of the year, driven by energy exports.\n`;
  assert.deepEqual(conflicts({ a: trade('The government', '17%'), b: trade('The government', '17%'), draft: trade('The company', '12%') }).draft.map((f) => f.message), ['12% here; 17% in 2 other files.']);
  const plain = 'About 5,000 people marched through central Sarova on Saturday to protest against the rail loans, reporters saw.\n';
  assert.deepEqual(conflicts({ a: march('Police', '2,000'), b: march('Police', '2,000'), draft: plain }).draft.map((f) => f.message), ['5,000 people here; 2,000 people in 2 other files.']);
});

test('a count may be part of a group: "two of the injured", "three of its engines"', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, a number followed by "of the" counted nothing.
  assert.deepEqual(kinds('Two of the injured were taken to hospital.'), ['count:injured:Two of the injured']);
  assert.deepEqual(kinds('Two of the biggest banks failed.'), ['count:bank:Two of the biggest banks']);
  assert.deepEqual(kinds('Two of its engines failed.'), ['count:engine:Two of its engines']);
  for (const none of ['One of the largest banks failed.', 'Two of them were hurt.', 'Three of the Browns were hurt.', 'Two of the most senior officials resigned.']) assert.deepEqual(kinds(none), [], none);
  assert.ok(!kinds('Airlines ordered 60 of the embattled 737 Max jets.').some((k) => k.includes(':60 of')));
  const hospital = (n) => `${n} of the injured were taken to hospital with broken bones after the jet skidded off the runway, a fire service spokeswoman said.\n`;
  assert.deepEqual(conflicts({ wire: hospital('Two'), local: hospital('Two'), draft: hospital('Three') }).draft.map((f) => f.message), ['Three of the injured here; Two of the injured in 2 other files.']);
});

test('a full name\u2019s age may end the sentence: "said passenger Tomas Berg, 41."', () => {
  const ages = (s) => claims(s).filter((k) => k.kind === 'age').map((k) => k.text);
  // Before, the age needed a comma after it, and a draft's "Berg, 44." met no source's "Berg, 41, who …".
  assert.deepEqual(ages('"Everybody was screaming," said passenger Tomas Berg, 41.'), ['41']);
  assert.deepEqual(ages('"It just stopped," said Berg, 41.'), [], 'a surname alone names no one person');
  assert.deepEqual(ages('The runways are numbered 9, 18 and 27.'), []);
  const local = 'The jet skidded off the runway in the storm. "Everybody was screaming, and then it just stopped," said passenger Tomas Berg, 41, who was sitting in row 22.\n';
  const draft = (age) => `Eleven people were hurt when the jet skidded off the runway. "Everybody was screaming, and then it just stopped," said passenger Tomas Berg, ${age}.\n`;
  assert.deepEqual(conflicts({ local, draft: draft(44) }).draft.map((f) => f.message), ['44 here; 41 in 1 other file.']);
  assert.deepEqual(conflicts({ local, draft: draft(41) }).draft, []);
});

test('a score\u2019s losing side ("a 19-16 lead") and a clock\u2019s seconds ("with 1:57 left") are no counts; a range and a model\u2019s variant are', () => {
  const text = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "16 lead", "0 first-half", "247 edge" and "57 left" were counts of leads, halves, edges and lefts.
  assert.deepEqual(text('The Gulls took a 19-16 lead with 1:57 left.'), []);
  assert.deepEqual(text('They had a 10-0 first-half lead and a 439-247 edge in yards, with a 16:9 screen.'), []);
  assert.deepEqual(text('About 10-20 people were hurt.'), ['count:10-20 people']);
  assert.deepEqual(text('Boreal Air bought 30 of Boeing\u2019s 787-9 Dreamliner jets.'), ['count:9 Dreamliner']);
  const a = 'The Harbour Gulls took a 19-16 lead with 1:57 left on a penalty by Ana Ruiz, and held on to win the Valna Cup final.\n';
  const b = 'The Harbour Gulls took a 22-19 lead in extra time on a penalty by Ana Ruiz, and held on to win the Valna Cup final.\n';
  assert.deepEqual(conflicts({ a, b, c: a }).b, []);
});

test('time left on a game\u2019s clock ("with 23 seconds left") is a moment, compared only in near copies', () => {
  const half = 'The Gulls were held to three first-half points, scoring on Ana Ruiz\u2019s 28-metre penalty goal with 23 seconds left.\n';
  const tie = 'The Gulls had a 10-0 first-half deficit and trailed late, but tied the game on Ana Ruiz\u2019s 29-metre penalty goal with three seconds left to send it to extra time.\n';
  const won = 'The Harbour Gulls won the Valna Cup final against Port Varo in extra time on Sunday.\n\nThe crowd of 21,000 was the largest in the stadium\u2019s history.\n';
  const coach = 'Port Varo coach Lena Berg said her side had been beaten by a better team on the night.\n\nIt was the Gulls\u2019 second title in three years.\n';
  const fans = 'Fans celebrated in the harbour until dawn after the Gulls lifted the trophy.\n\nThe club will hold a parade through Valna on Tuesday.\n';
  // Before, the penalty before half-time was warned against the tying penalty, both ways.
  assert.deepEqual(conflicts({ a: half, b: tie, d: won, e: coach, f: fans }), { a: [], b: [], d: [], e: [], f: [] });
  const kinds = (s) => allClaims(s).filter((k) => k.kind === 'duration').map((k) => [k.text, k.remaining ?? false]);
  assert.deepEqual(kinds('With two minutes to go, they scored. It took four years to go from last to first. The storm lasted six hours.'), [['two minutes', true], ['four years', false], ['six hours', false]]);
  // A copied sentence with its clock changed is still warned.
  assert.deepEqual(conflicts({ a: tie, b: tie, c: tie.replace('three seconds', 'six seconds') }).c.map((f) => f.message), ['six seconds here; three seconds in 2 other files.']);
});

test('a score after "beating" is a tally; a crowd or attendance named before its number is a count of the crowd', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, only "beat"/"won" cued a score, and "a crowd of 8,412" counted nothing.
  assert.ok(kinds('Harbourside reached the final after beating Millbrook 3-1 at Ferry Road on Saturday.').includes('tally:tally:3-1'));
  assert.ok(kinds('A crowd of 8,412 watched the semi-final at Ferry Road.').includes('count:crowd:8,412'));
  assert.ok(kinds('Attendance was 8,412 for the semi-final at Ferry Road.').includes('count:crowd:8,412'));
  // The crowd's own noun after the number is what it counts.
  assert.deepEqual(kinds('A crowd of 200 protesters gathered outside the town hall.'), ['count:protester:200 protesters']);
  const match = (score, crowd) => `Harbourside reached the Coastal Cup final after beating Millbrook ${score} at Ferry Road on Saturday. A crowd of ${crowd} watched the semi-final, the largest since the stand was rebuilt.\n`;
  const out = conflicts({ wire: match('3-1', '8,412'), local: match('3-1', '8,412'), draft: match('3-2', '8,142') });
  assert.deepEqual(out.draft.map((f) => f.message), ['3-2 here; 3-1 in 2 other files.', '8,142 here; 8,412 in 2 other files.']);
});

test('years of two full dates date two events: "interviewed … July 15, 2011" and "Born Jan. 30, 1941"', () => {
  const found = obituaryConflicts({
    a: 'Former harbour master Ines Varga is interviewed for the Ferry Board Chairs project about the deputy mayors of Port Alder, July 15, 2011, in Port Alder.\n\nShe was born Jan. 30, 1941, in Port Alder. She held several posts, including as deputy mayor to Mayor Tomas Brek (1975-77) and as chair of the ferry board.',
    b: 'Born Jan. 30, 1941, in Port Alder, Varga rose through the ranks as a ferry pilot, deputy mayor under Mayor Tomas Brek and chair of the ferry board under Governor Ana Halden.',
  });
  // Before, the caption's day and year were each warned against the birth's, and the years of her
  // posts ("(1975-77)") against the birth's 1941, which a itself gives for her birth.
  assert.deepEqual(found.a, []);
  assert.deepEqual(found.b, []);
  const born = allClaims('Born Jan. 30, 1941, in Port Alder, Varga rose through the ranks.').find((k) => k.kind === 'year');
  assert.deepEqual([born.ofDay, born.dates], [30, 'born']);
  // One day written with two years is still compared.
  const moved = obituaryConflicts({
    a: 'Varga opened the new north pier of Port Alder on Jan. 30, 1991, with Governor Ana Halden.',
    b: 'Varga opened the new north pier of Port Alder on Jan. 30, 1994, with Governor Ana Halden.',
  });
  assert.deepEqual(moved.a.map((f) => f.message), ['1991 here; 1994 in 1 other file.']);
});

test('the calendar settles a day written with its date and year: "Friday (July 25, 2025)" against "Thursday (July 25)"', () => {
  const toll = (n) => `Border fighting between Valna and Norvik killed ${n} civilians and one soldier in the Alder Pass, the Valna health ministry said.`;
  const shelling = (day) => `On ${day}, the district governor said shelling resumed early in the morning near the old customs house of the Alder Pass.`;
  const found = conflicts({
    a: `${toll(13)}\n\n${shelling('Friday (July 25, 2025)')}\n`,
    b: `${toll(14)}\n\n${shelling('Thursday (July 25)')}\n`,
    c: `${toll(14)}\n\nMore than 40,000 people have left the villages of the pass for shelters in the lowlands.\n`,
  });
  // Before, a's right day was warned, and b's wrong one was not: a, outvoted on the toll, lost the tie.
  assert.deepEqual(found.a.map((f) => f.message), ['13 civilians here; 14 civilians in 2 other files.']);
  assert.deepEqual(found.b.map((f) => f.message), ['Thursday here; Friday in 1 other file.']);
});

test('counts share a fate: "14 soldiers and 32 other civilians were injured", "the death toll \u2026 including 14 civilians and 1 soldier"', () => {
  const fates = (s) => Object.fromEntries(allClaims(s).filter((k) => k.kind === 'count').map((k) => [k.text, k.fate]));
  const injured = 'In Valna, the health ministry said a soldier and 13 civilians, including children, were killed while 14 soldiers and 32 other civilians were injured in the Alder Pass.';
  const toll = 'The Valna health ministry has announced the death toll in the Alder Pass, which has mounted to 15, including 14 civilians and 1 soldier.';
  assert.equal(fates(injured)['14 soldiers'], 'injured');
  assert.deepEqual(fates(toll), { '14 civilians': 'dead', '1 soldier': 'dead' });
  assert.equal(fates('The floods killed 40 people, including 12 children.')['12 children'], 'dead');
  // Before, 14 soldiers injured and 1 soldier killed were one count that disagreed.
  const story = 'Border fighting between Valna and Norvik went on in the Alder Pass on Friday.';
  const found = conflicts(outlets(story, { a: injured, b: toll }));
  assert.deepEqual(found.a.map((f) => f.message), ['13 civilians here; 14 civilians in 1 other file.']);
});

test('an opening date of a report dates the telling: "On September 10, 2025, Valna announced that \u2026"', () => {
  const found = conflicts({
    a: 'Valna says its jets shot down four drones that crossed into Valna airspace late on Sept. 9, in the most serious breach of its border since the war began.\n',
    b: 'On September 10, 2025, Valna announced that its jets had shot down four drones that crossed into Valna airspace, the most serious breach of its border since the war began.\n',
  });
  // Before, the day of the announcement was warned against the night of the crossing, both ways.
  assert.deepEqual([found.a, found.b], [[], []]);
  const reported = (s) => allClaims(s).find((k) => k.kind === 'date').reported;
  assert.equal(reported('On 10 September 2025, Valna claimed that it had shot down several drones.'), true);
  // Without "that" the opening date is the event's: "On May 3, police arrested two men".
  assert.equal(reported('On May 3, police arrested two men near the harbour.'), undefined);
  assert.equal(reported('On May 3, the mayor said the ferries would run.'), undefined);
});

test('counts of "others" are one report\u2019s only when their sentences give a figure alike', () => {
  const floods = 'as floods engulfed whole villages.';
  const found = conflicts({
    a: `Typhoon Mara has claimed at least 85 lives and left 75 others missing across the islands of Valna, officials said on Wednesday, ${floods}\n`,
    b: `Officials said the death toll from Typhoon Mara across the islands of Valna has risen to at least 114 with 127 others reported missing, ${floods}\n`,
  });
  // Before, 75 and 127 others missing were warned both ways: two steps of a running count.
  assert.deepEqual([found.a, found.b], [[], []]);
  // With the dead given alike (a bound and a figure), the injured others are one report's.
  const blast = conflicts({
    a: 'A blast near the Valna ferry terminal killed eight people and injured 20 others on Monday evening, police said.\n',
    b: 'At least eight people were killed and around 24 others injured after a blast near the Valna ferry terminal on Monday evening, police said.\n',
  });
  assert.deepEqual(blast.a.map((f) => f.message), ['20 others here; 24 others in 1 other file.']);
});

test('counts still standing at a report\u2019s hour ("still missing", "remain unaccounted for") are one report\u2019s only when their sentences give a figure alike', () => {
  const found = conflicts({
    a: 'The warehouse fire at the Quayside depot in Port Alder has killed 12 workers and left 30 injured, with 41 people still unaccounted for after the roof of its main hall fell in.\n',
    b: 'The death toll from the warehouse fire at the Quayside depot in Port Alder has risen to 19, with about 25 people still missing after the roof of its main hall fell in.\n',
  });
  // Before, 41 and about 25 people missing were warned both ways: the missing counted on two days.
  assert.deepEqual([found.a, found.b], [[], []]);
  // With the dead given alike, one report's missing is still compared.
  const same = conflicts({
    a: 'The warehouse fire at the Quayside depot in Port Alder has killed 12 workers, with 41 people still unaccounted for after the roof of its main hall fell in.\n',
    b: 'The warehouse fire at the Quayside depot in Port Alder has killed 12 workers, and 25 people remain missing after the roof of its main hall fell in.\n',
  });
  assert.deepEqual(same.a.map((f) => f.message), ['41 people here; 25 people in 1 other file.']);
});

test('a race time to the second is one duration, written as a clock or in words, compared only with such times', () => {
  const race = (time, third) => `Mira Sen of Valna won the Harbour Marathon on Sunday, pulling away at a drinks station and finishing in ${time}, a course record.\n\nOlympic champion Ana Ruiz finished third${third}.\n`;
  const found = conflicts({ a: race('2:08:14', ', nearly three minutes behind Sen'), b: race('two hours, eight minutes and 41 seconds', ' in 2:11:02') });
  // Before, "2:08:14" was no claim and the words were "two hours" (90 to 150 minutes) and "eight minutes and 41 seconds".
  assert.deepEqual(found.a.map((f) => f.message), ['2:08:14 here; two hours, eight minutes and 41 seconds in 1 other file.']);
  assert.deepEqual(found.b.map((f) => f.message), ['two hours, eight minutes and 41 seconds here; 2:08:14 in 1 other file.']);
  const units = (s) => claims(s).map((k) => `${k.text}:${k.unit}`);
  assert.deepEqual(units('The talks lasted two hours and 15 minutes, and the flight 3 hours, 40 minutes.'), ['two hours and 15 minutes:minute', '3 hours, 40 minutes:minute']);
  // A page's stamp or a time of day with seconds is no duration.
  assert.deepEqual(units('Posted 2018-10-13 06:53:49 by the desk.').filter((k) => k.includes('second')), []);
  assert.deepEqual(units('The vote closed at 10:30:00 GMT.').filter((k) => k.includes('second')), []);
});

test('a date before the words it dates is a report\u2019s: "posted on X on September 20, \u201C\u2026\u201D"', () => {
  const reported = (s) => allClaims(s).find((k) => k.kind === 'date').reported;
  // Before, the day of the post was compared with the dates the post told of ("petitions submitted
  // after … Sept. 21", in another outlet's sentence about the same fee).
  assert.equal(reported('Port spokeswoman Ana Ruiz posted on X on September 20, \u201CThis is not an annual fee, but a one-time fee on each new berth.\u201D'), true);
  assert.equal(reported('The harbour master said in a statement on 20 September 2025: \u201CThe berths reopen on Monday.\u201D'), true);
  // Words of the date's own event, or no quote after it: the date is the event's.
  assert.equal(reported('The fee applies to berths booked after September 21, \u201Cwhatever the season\u201D.'), undefined);
  assert.equal(reported('Ruiz said on September 20 that the fee was a one-time fee.'), undefined);
});

test('initials do not end a sentence: "under Governor J.R. Halden, overseeing …" is one sentence', () => {
  const found = obituaryConflicts({
    a: 'She was appointed harbour master under Governor J.R. Halden in 1989 and oversaw the rebuilding of the north pier.',
    b: 'In 1989, she became harbour master under Governor J.R. Halden, overseeing the rebuilding of the north pier, and later led the ferry board before being elected mayor in 2000.',
  });
  // Before, b's sentence ended at "J.R.", and its second half, "Halden, overseeing the rebuilding of
  // the north pier, … elected mayor in 2000", was paired with a's year of the appointment.
  assert.deepEqual(found.a, []);
  assert.deepEqual(found.b, []);
});

test('"at least 24 people on the ground died" is a share of a crash\u2019s dead, not its toll', () => {
  const ground = allClaims('The jet was carrying 242 people, and officials said one person on board survived and at least 24 people on the ground died.').find((k) => k.text === '24 people');
  // Before, it was the count of all the dead, against another file's "killing over 200 people".
  assert.equal(ground.share, true);
  assert.equal(allClaims('The crash killed at least 240 people on Thursday.').find((k) => k.text === '240 people').share, undefined);
});

test('a plural in -es counts its singular: "two sixes" and "one six" count one thing', () => {
  const units = (s) => claims(s).filter((k) => k.kind === 'count').map((k) => k.unit);
  // Before, "sixes" counted "sixe", so one six and two sixes were never compared.
  assert.deepEqual(units('She hit seven fours and two sixes, then one six more.'), ['four', 'six', 'six']);
  assert.deepEqual(units('Crews cleared three crashes, two matches, four branches and five boxes.'), ['crash', 'match', 'branch', 'box']);
  // Nouns whose singular ends in -e keep it.
  assert.deepEqual(units('There were two avalanches, three headaches and four niches.'), ['avalanche', 'headache', 'niche']);
  const innings = (sixes) => `Opener Mira Sen made 87 off 78 balls at Harbour Park on Sunday, hitting seven fours and ${sixes}.\n`;
  const found = conflicts({ a: innings('one six'), b: innings('two sixes') });
  assert.deepEqual(found.a.map((f) => f.message), ['one six here; two sixes in 1 other file.']);
});

test('a part of a total counts what the total counts: "19 of the council\u2019s 31 seats" is 19 seats', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, the 19 was nothing and a changed share of seats went unseen.
  assert.deepEqual(kinds('Her party won 19 of the council\u2019s 31 seats on Tuesday.'), ['count:seat:19', 'count:seat:31 seats', 'weekday:weekday:Tuesday']);
  assert.deepEqual(kinds('Only 5 of 1,200 applicants were hired.'), ['count:applicant:5', 'count:applicant:1,200 applicants']);
  // In words too, past an adjective before the noun ("main" was the noun counted before).
  assert.deepEqual(kinds('Engineers found corrosion in four of its twelve main cables.'), ['count:cable:four', 'count:cable:twelve main cables']);
  assert.deepEqual(kinds('Two extra ferries and six major banks.'), ['count:ferry:Two extra ferries', 'count:bank:six major banks']);
  // "One of the", a part above its total, or words between that are not determiners: no part.
  assert.deepEqual(kinds('One of the 31 seats went to the independents.'), ['count:seat:31 seats']);
  assert.deepEqual(kinds('In 12,000 of 11,000 cases the forms were late.').filter((k) => k.endsWith(':12,000')), []);
  const seats = (n) => `Her Harbour First party also won ${n} of the council\u2019s 31 seats in the election on Tuesday.\n`;
  const out = conflicts({ wire: seats(19), paper: seats(19), draft: seats(21) });
  assert.deepEqual(out.draft.map((f) => f.message), ['21 here; 19 in 2 other files.']);
});

test('two approximations are compared as figures: "about 30%" and "about 40%" disagree, "about 1,000" and "about 1,200" may be one', () => {
  const gas = (a, b = a) => ({
    wire: `Vesta supplies ${a} of Norland's natural gas through two pipelines under the Baltic Sea, officials said.\n`,
    times: `Vesta supplies ${b} of Norland's natural gas through two pipelines under the Baltic Sea, officials said.\n`,
  });
  // Before, "about" widened both by 15% and the two intervals touched at 34-34.5%: no finding.
  assert.deepEqual(conflicts({ ...gas('about 30%'), draft: `Vesta supplies about 40% of Norland's natural gas through two pipelines under the Baltic Sea, officials said.\n` }).draft.map((f) => f.message), ['40% here; 30% in 2 other files.']);
  assert.deepEqual(conflicts({ ...gas('about 1,000 workers'), draft: `Vesta supplies about 1,200 workers of Norland's natural gas through two pipelines under the Baltic Sea, officials said.\n` }).draft, []);
  // An approximation and an exact figure still agree when the figure is inside its range.
  assert.deepEqual(conflicts({ ...gas('34%'), draft: `Vesta supplies about 30% of Norland's natural gas through two pipelines under the Baltic Sea, officials said.\n` }).draft, []);
});

test('a tie goes against the file this file\u2019s other claims show to be the odd one out', () => {
  const call = (day) => `Norland President Ava Lind and Vesta Prime Minister Karl Moss held a video call on ${day}, and agreed to expand energy cooperation between the two countries.\n\n`;
  const pipeline = (year) => `A second pipeline under the Baltic Sea, the Baltic Link, is due to open in ${year}, the Norland energy ministry said in a statement.\n`;
  const wire = call('Wednesday') + pipeline(2027);
  const times = call('Wednesday') + 'The leaders last spoke in June, when they discussed gas prices for the coming winter.\n';
  const fake = call('Thursday') + pipeline(2028);
  const out = conflicts({ wire, times, fake });
  assert.deepEqual(out.fake.map((f) => f.message), ['Thursday here; Wednesday in 2 other files.', '2028 here; 2027 in 1 other file.']);
  // Before, the wire was warned too: "2027 here; 2028 in 1 other file". The fake is outvoted on the weekday.
  assert.deepEqual(out.wire, []);
  // With nothing to tell the two apart (one source, one draft), both are warned, as before.
  const two = conflicts({ wire, fake: call('Wednesday') + pipeline(2028) });
  assert.deepEqual([two.wire.map((f) => f.message), two.fake.map((f) => f.message)], [['2027 here; 2028 in 1 other file.'], ['2028 here; 2027 in 1 other file.']]);
});

test('a long file checked in slices decides ties from all its claims, as a check in one go does', () => {
  const call = (day) => `Norland President Ava Lind and Vesta Prime Minister Karl Moss held a video call on ${day}, and agreed to expand energy cooperation between the two countries.\n\n`;
  const pipeline = (year) => `A second pipeline under the Baltic Sea, the Baltic Link, is due to open in ${year}, the Norland energy ministry said in a statement.\n`;
  const corpus = new lib.Corpus();
  const files = { wire: call('Wednesday') + pipeline(2027), times: call('Wednesday'), fake: call('Thursday') + pipeline(2028) };
  for (const [name, text] of Object.entries(files)) corpus.set(name, lib.analyzeDocument(text));
  for (const name of Object.keys(files)) {
    const whole = lib.checkDocument(name, corpus.get(name), corpus);
    // One line per slice: the wire's tie (line 3) and the claim that outvotes the fake (line 1) are apart.
    const steps = lib.checkDocumentInSlices(name, corpus.get(name), corpus, {}, 1);
    let r = steps.next();
    while (!r.done) r = steps.next();
    assert.deepStrictEqual(r.value, whole, name);
  }
  assert.deepEqual(rule(lib.checkDocument('wire', corpus.get('wire'), corpus), 'claim-conflict'), []);
});

test('a bare month right after a figure ("3.1% in October") is that figure\u2019s period', () => {
  const release = (now, before, m1, m2) => `Norland's inflation rate fell to ${now} in ${m1} from ${before} in ${m2}, the statistics office said on Tuesday.\n`;
  // Before, this month's release and last month's conflicted: "3.1% here; 3.4% in 1 other file".
  const out = conflicts({ october: release('3.1%', '3.4%', 'October', 'September'), september: release('3.4%', '3.8%', 'September', 'August') });
  assert.deepEqual([...out.october, ...out.september], []);
  // The same months with another figure still conflict.
  const changed = conflicts({ a: release('3.1%', '3.4%', 'October', 'September'), b: release('3.1%', '3.4%', 'October', 'September'), draft: release('3.6%', '3.4%', 'October', 'September') });
  assert.deepEqual(changed.draft.map((f) => f.message), ['3.6% here; 3.1% in 2 other files.']);
  // A month that says when something happened is no period: a changed month does not hide the
  // sentence's other figures.
  const met = (m, n) => `The leaders last met in person in Osthaven in ${m}, when they signed ${n} cooperation documents on energy and trade.\n`;
  assert.deepEqual(conflicts({ wire: met('June', 14), paper: met('June', 14), fake: met('July', 16) }).fake.map((f) => f.message), ['16 cooperation here; 14 cooperation in 2 other files.']);
});

test('rupees in every spelling, lakh and crore as scales, Indian digit grouping: "Rs 500 crore" is \u20B95,000,000,000', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}:${k.low}`);
  // Before, "Rs 500 crore" was a count of "crore" and "Rs. 1,200" ended a sentence at "Rs.".
  assert.deepEqual(kinds('The state will spend Rs 500 crore on the new port.'), ['money:INR:Rs 500 crore:4995000000']);
  assert.deepEqual(kinds('A ticket costs Rs. 1,200 for adults.'), ['money:INR:Rs. 1,200:1199.5']);
  assert.deepEqual(kinds('The scheme got \u20B95 crore.').map((k) => k.split(':').slice(0, 3).join(':')), ['money:INR:\u20B95 crore']);
  assert.deepEqual(kinds('Masks were handed to 50 lakh children.').map((k) => k.split(':').slice(0, 2).join(':')), ['count:children']);
  // Indian digit grouping: before, "12,00,000 farmers" was "00,000 farmers", a count of zero.
  assert.deepEqual(kinds('The state gave Rs 1,50,000 to each of 12,00,000 farmers.'), ['money:INR:Rs 1,50,000:149999.5', 'count:farmer:12,00,000 farmers:1199999.5']);
  const port = (v) => `The state government will spend ${v} on the new container port at Kandla, the minister said on Monday.\n`;
  assert.deepEqual(conflicts({ a: port('Rs 500 crore'), b: port('\u20B9500 crore'), draft: port('Rs 50 crore') }).draft.map((f) => f.message), ['Rs 50 crore here; Rs 500 crore in 2 other files.']);
});

test('a line of three labelled fields or more is a product or fact box: its values are no claims', () => {
  const box = (price) => `Tested by: Ana Ruiz RRP: ${price} More info: www.example.com\n`;
  const review = (item, price) => `The ${item} is a handy companion for long rides along the coast, and it packs down small.\n\n${box(price)}`;
  // Before, two reviews on one site warned "£40 here; £23.99 in 1 other file" through the template.
  const out = conflicts({ a: review('repair manual', '£23.99'), b: review('pocket guide', '£40') });
  assert.deepEqual([...out.a, ...out.b], []);
  assert.deepEqual(claims(box('£40')), []);
  // A sentence with colons and a list is no box.
  assert.ok(claims("Stadia's 22 launch titles include: Attack on Titan: Final Battle 2, Wolfenstein: Youngblood and Gylt.").some((k) => k.text === '22 launch'));
});

test('a nationality or an ISO code names the currency: "1.82 billion Norwegian crowns" is NOK 1.82 billion', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, "1.82 billion Norwegian crowns" was a count of "Norwegian" and "NOK 1.82 billion" no claim.
  assert.deepEqual(kinds('Profit rose to 1.82 billion Norwegian crowns.'), ['money:NOK:1.82 billion Norwegian crowns']);
  assert.deepEqual(kinds('Profit rose to NOK 1.82 billion.'), ['money:NOK:NOK 1.82 billion']);
  assert.deepEqual(kinds('It paid 300 million Swiss francs, or CHF 300 million.'), ['money:CHF:300 million Swiss francs', 'money:CHF:CHF 300 million']);
  assert.deepEqual(kinds('Sales reached 5 billion Hong Kong dollars.'), ['money:HKD:5 billion Hong Kong dollars']);
  assert.deepEqual(kinds('It raised A$40 million.'), ['money:AUD:A$40 million']);
  // A sum per period after a code is a rate as after a currency word: once "40 NOK a month" was not.
  assert.deepEqual(['40 NOK a month', '40 Norwegian crowns a month', 'NOK 40 a month'].map((v) => claims(`The pass costs ${v}.`)[0].unit), ['NOK/year', 'NOK/year', 'NOK/year']);
  // Crowns without a nationality are crowns of their own: never compared with NOK.
  assert.deepEqual(kinds('Revenue grew to 12.4 billion crowns.'), ['money:crown:12.4 billion crowns']);
  // A code in small letters is a word ("won"), and a capital word before a number no currency.
  assert.deepEqual(kinds('The team won 5 titles in the BBC 100 list.').map((k) => k.split(':')[0]), ['count', 'count']);
  const profit = (v) => `Halden Marine said third-quarter operating profit rose to ${v}, beating the average analyst forecast in a poll by the company.\n`;
  const out = conflicts({ wire: profit('1.82 billion Norwegian crowns'), paper: profit('NOK 1.82 billion'), draft: profit('NOK 1.28 billion') });
  assert.deepEqual(out.draft.map((f) => f.message), ['NOK 1.28 billion here; NOK 1.82 billion in 2 other files.']);
  assert.deepEqual([...out.wire, ...out.paper], []);
});

test('a wire service\u2019s four-digit time with its zone ("by 0910 GMT") is a time of day, not a count of "GMT"', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}:${k.low}`);
  assert.deepEqual(kinds('Shares rose 4.3% by 0910 GMT.'), ['percent:% share price:4.3%:4.25', 'time:clock gmt:0910 GMT:549.5']);
  assert.deepEqual(kinds('Trading halted at 1430 local time.'), ['time:clock local:1430 local time:869.5']);
  // The same time written with a colon is the same time.
  const halt = (t) => `Trading in the shares of Halden Marine was halted on the Oslo exchange at ${t} pending an announcement.\n`;
  assert.deepEqual(conflicts({ a: halt('0910 GMT'), b: halt('9:10 GMT'), draft: halt('1010 GMT') }).draft.map((f) => f.message), ['1010 GMT here; 0910 GMT in 2 other files.']);
  // Four digits without a zone stay what they were.
  assert.deepEqual(kinds('The ferry carried 1430 passengers.').map((k) => k.split(':')[0]), ['count']);
});

test('"third-quarter profit" is the same period as "profit in the third quarter"; "year-on-year" as "year on year"', () => {
  const hyphen = (v) => `Halden Marine reported a ${v} rise in third-quarter operating profit on Tuesday, beating forecasts as demand for its ferries held up.\n`;
  const spaced = (v) => `Halden Marine said on Tuesday that operating profit rose ${v} in the third quarter, beating forecasts as ferry demand held up.\n`;
  // Before, the hyphen hid the period: the draft was compared with one file only and both were warned.
  const out = conflicts({ wire: hyphen('14%'), paper: spaced('14%'), draft: spaced('16%') });
  assert.deepEqual(out.draft.map((f) => f.message), ['16% here; 14% in 2 other files.']);
  assert.deepEqual([...out.wire, ...out.paper], []);
  const periods = (s) => lib.analyzeDocument(s).claimSentences.flatMap((c) => c.periods);
  assert.deepEqual(periods('Sales rose 5% year-on-year in the 3rd quarter.'), ['year on year', 'third quarter']);
  // Another quarter is another period, hyphen or not.
  assert.deepEqual(conflicts({ a: hyphen('14%'), b: spaced('16%').replace('third', 'second') }).a, []);
});

test('"about 14,200 acres" means three figures: it does not agree with 12,400 as "about 9,000" agrees with 8,600', () => {
  const fire = (v) => `The Cedar Flat Fire had burned ${v} in the Sierra Nevada foothills by Wednesday morning, forcing thousands from their homes, fire officials said.\n`;
  // Before, "about" widened every figure by 15%, so a swapped 14,200 passed for 12,400.
  const out = conflicts({ wire: fire('12,400 acres'), paper: fire('12,400 acres'), draft: fire('about 14,200 acres') });
  assert.deepEqual(out.draft.map((f) => f.message), ['14,200 acres here; 12,400 acres in 2 other files.']);
  // A figure of three digits with "about" still allows a little: 12,450 for 12,400.
  assert.deepEqual(conflicts({ wire: fire('12,400 acres'), paper: fire('12,400 acres'), draft: fire('about 12,450 acres') }).draft, []);
  // A round figure is an approximation as before.
  assert.deepEqual(conflicts({ wire: fire('8,600 acres'), paper: fire('8,600 acres'), draft: fire('about 9,000 acres') }).draft, []);
  // Two such approximations agree within 3% of each other: before, their 3% intervals overlapped
  // and "about 6,520" passed for the sources' "about 6,250".
  const saving = (v) => `A household with a mortgage of 3 million kroner will save about ${v} kroner a year after the cut, the consumer council estimates.\n`;
  assert.deepEqual(conflicts({ a: saving('6,250'), b: saving('6,250'), draft: saving('6,520') }).draft.map((f) => f.message), ['6,520 kroner here; 6,250 kroner in 2 other files.']);
  assert.deepEqual(conflicts({ a: saving('6,250'), b: saving('6,250'), draft: saving('6,300') }).draft, []);
});

test('with more weekdays on one side, the part of the day pairs them: "on Sunday afternoon" against "on Monday afternoon"', () => {
  const draft = 'The Cedar Flat Fire started on Sunday afternoon near a campground and was 25% contained on Wednesday morning.\n';
  const wire = 'The Cedar Flat Fire, which broke out on Monday afternoon near a campground, was 15% contained.\n';
  const local = 'The Cedar Flat Fire started on Monday afternoon near the campground, and crews were still working to contain it.\n';
  // Before, two weekdays against one were ambiguous and the changed day passed.
  const out = conflicts({ draft, wire, local });
  assert.deepEqual(out.draft.map((f) => f.message), ['Sunday here; Monday in 2 other files.', '25% here; 15% in 1 other file.']);
  // Without a part of the day to pair them, two against one still decide nothing.
  const bare = conflicts({ draft: draft.replace(' afternoon', ''), wire: wire.replace(' afternoon', ''), local: local.replace(' afternoon', '') });
  assert.ok(!bare.draft.some((f) => f.message.startsWith('Sunday')));
});

test('a possessive weekday ("Thursday\'s by-election") is a weekday; its fix keeps the "\'s"', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "Thursday's" was one word that named no day, so the day of the vote was never compared.
  assert.deepEqual(kinds("Labour held the seat in Thursday's by-election."), ['weekday:Thursday']);
  assert.deepEqual(kinds('Monday\u2019s strike closed schools.'), ['weekday:Monday']);
  const vote = (day) => `Helen Oduya held Ashworth North for Labour in ${day} by-election, though Reform UK cut the party's majority in the seat sharply.\n`;
  const draft = vote("Wednesday's");
  const out = conflicts({ wire: vote("Thursday's"), local: vote('Thursday\u2019s'), draft });
  assert.deepEqual(out.draft.map((f) => f.message), ['Wednesday here; Thursday in 2 other files.']);
  assert.equal(lib.applyEdits(draft, out.draft[0].fixes[0].edits), vote("Thursday's"));
});

test('a measure a story states once (majority, turnout, death toll, crowd) is compared across sentences of their own', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  assert.deepEqual(kinds('Reform UK cut its majority to 2,745.'), ['count:majority:2,745']);
  assert.deepEqual(kinds('The majority of 300 residents left.'), ['count:resident:300 residents']);
  const wire = 'Helen Oduya held Ashworth North for Labour in a by-election on Thursday, with Reform UK second and the Liberal Democrats third.\nHer majority was 2,475.\n';
  const local = 'Labour kept Ashworth North, where voters chose Helen Oduya over Reform candidate Gareth Pryce after a campaign dominated by energy bills.\nThe party\'s majority fell to 2,475 from more than 16,000.\n';
  const draft = 'Labour clung on in Ashworth North as Helen Oduya beat Reform UK, whose candidate ran on energy bills.\nReform cut the majority to 2,745.\n';
  // Before, the three short sentences shared too few words to be paired, and the swapped digits passed.
  const out = conflicts({ wire, local, draft });
  assert.deepEqual(out.draft.map((f) => f.message), ['2,745 here; 2,475 in 2 other files.']);
  assert.deepEqual([...out.wire, ...out.local], []);
  // A file giving the measure two values (now and at the last election) decides nothing; nor does another year's.
  const two = conflicts({ wire: wire.replace('2,475.', '2,475. At the general election its majority was 16,000.'), draft });
  assert.deepEqual(two.draft, []);
  const then = conflicts({ wire: wire.replace('Her majority was 2,475.', 'In 2024 the majority was 16,000.'), draft });
  assert.deepEqual(then.draft, []);
  // A turnout too ("Turnout was 38.2 per cent, down from 61.5 per cent": the 61.5 is not said of the turnout).
  const turnout = conflicts({
    wire: wire + 'Turnout was 38.2 per cent, down from 61.5 per cent.\n',
    local: local + 'Turnout was 38.2 per cent.\n',
    draft: draft.replace('2,745', '2,475') + 'Turnout was 32.8 per cent, down from 61.5 per cent at the general election.\n',
  });
  assert.deepEqual(turnout.draft.map((f) => f.message), ['32.8 per cent here; 38.2 per cent in 2 other files.']);
  // A day named on one side only is no other time: the day of the vote, not of the majority.
  const dayOfVote = conflicts({ wire, local, draft: draft.replace('Reform cut the majority', "In Thursday's by-election Reform cut the majority") });
  assert.deepEqual(dayOfVote.draft.map((f) => f.message), ['2,745 here; 2,475 in 2 other files.']);
  // Nor a toll counted on another day: a later count is not a wrong one.
  const toll = (v) => `Floods swept through the valley towns of northern Veloria after three days of rain, the emergency agency said.\n${v}\n`;
  assert.deepEqual(conflicts({ a: toll('The death toll stood at 12 on Tuesday night.'), draft: toll('The death toll rose to 19 on Wednesday.') }).draft, []);
  assert.deepEqual(conflicts({ a: toll('The death toll rose to 17 on Wednesday.'), b: toll('By Wednesday the death toll had reached 17.'), draft: toll('The death toll rose to 19 on Wednesday.') }).draft.map((f) => f.message), ['19 here; 17 in 2 other files.']);
  // Not a magnitude: a quake story's aftershock has one of its own, in a sentence of its own.
  const quake = (m) => `A strong earthquake struck the coast of Veloria early on Saturday, the national emergency agency said.\n${m}\n`;
  assert.deepEqual(conflicts({ a: quake('The quake had a magnitude of 6.1.'), draft: quake('The aftershock measured magnitude 5.1.') }).draft, []);
});

test('an ordinal\u2019s noun may look like an adjective: "his 10th goal", "the third seed"; a count\u2019s may not', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, "goal" (ending in "-al", like "annual") was passed over and the ordinal counted nothing.
  assert.deepEqual(kinds('Korhonen scored his 10th goal of the season.'), ['ordinal:goal:10th']);
  assert.deepEqual(kinds('She is the third seed.'), ['ordinal:seed:third']);
  assert.deepEqual(kinds('It was the 5th annual festival.'), ['ordinal:festival:5th']);
  assert.deepEqual(kinds('Some 40 elderly in the home were moved.'), []);
  const goal = (n) => `Sami Korhonen equalised for Harbour City with his ${n} goal of the season, a header from a corner.\n`;
  assert.deepEqual(conflicts({ a: goal('ninth'), b: goal('ninth'), draft: goal('10th') }).draft.map((f) => f.message), ['10th here; ninth in 2 other files.']);
});

test('"six and a half years" is a duration of 6.5 years', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}:${k.low}-${k.high}`);
  // Before, "and a half" left the number without its unit: no claim.
  assert.deepEqual(kinds('He was jailed for six and a half years.'), ['duration:month:six and a half years:75-81']);
  assert.deepEqual(kinds('The jury deliberated for two and a half days.'), ['duration:day:two and a half days:2.25-2.75']);
  const jailed = (v) => `Jonas Ekberg was jailed for ${v} on Friday for taking bribes from the harbour contractor, the court in Port Alder said.\n`;
  assert.deepEqual(conflicts({ a: jailed('six and a half years'), b: jailed('six and a half years'), draft: jailed('eight and a half years') }).draft.map((f) => f.message), ['eight and a half years here; six and a half years in 2 other files.']);
});

test('an approximation and a figure agree within 15% of each other: "roughly £1.4 million" is not £1.1m', () => {
  const levy = (v) => `The Port Alder ferry levy will start in April 2027 and is expected to raise ${v} a year for the island service, council estimates show.\n`;
  // Before, the approximation's 15% and the figure's rounding touched, and the two agreed.
  assert.deepEqual(conflicts({ a: levy('£1.1m'), b: levy('£1.1 million'), draft: levy('roughly £1.4 million') }).draft.map((f) => f.message), ['£1.4 million here; £1.1 million in 2 other files.']);
  assert.deepEqual(conflicts({ a: levy('£1.1m'), b: levy('£1.1 million'), draft: levy('about £1.2 million') }).draft, []);
  // One figure written to two precisions is one value, and its fix is offered: before, "£1.10m in 1 other file, £1.1m in 1 other file", no fix.
  const precise = conflicts({ a: levy('£1.1m'), b: levy('£1.10m'), draft: levy('£1.4m') }).draft;
  assert.deepEqual(precise.map((f) => [f.message, f.fixes[0].title]), [['£1.4m here; £1.1m in 2 other files.', 'Change to £1.1m (as in 2 sources)']]);
  // A precise approximation against a round figure for the same thing: "some $156 billion", "$160 billion".
  const tariffs = (v) => `The administration had planned to impose a 15 percent tariff on Dec. 15 on ${v} in Chinese consumer goods, including phones and toys.\n`;
  assert.deepEqual(conflicts({ a: tariffs('some $156 billion'), b: tariffs('another $160 billion') }).a, []);
});

test('a split in percentages ("backed the plan by 56% to 44%") is the same tally as "voted 56-44"', () => {
  const kinds = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, the two shares were two percentages, never set against a "54-46" vote.
  assert.deepEqual(kinds('Voters backed the plan by 56% to 44% on Sunday.'), ['tally:56% to 44%', 'weekday:Sunday']);
  assert.deepEqual(kinds('Okafor leads Brandt 52 per cent to 48 per cent.'), ['tally:52 per cent to 48 per cent']);
  // A change and its result are no split, even when they make a hundred.
  assert.deepEqual(kinds('Sales rose by 5% to 95% of capacity.'), ['percent:5%', 'percent:95%']);
  assert.deepEqual(kinds('Inflation rose by 0.2% to 3.1%.'), ['percent:0.2%', 'percent:3.1%']);
  const vote = (v) => `Residents of Port Alder ${v} on Sunday in favour of a local levy to save the island ferry, the council said.\n`;
  assert.deepEqual(conflicts({ a: vote('voted 54-46'), b: vote('voted 54-46'), draft: vote('voted by 56% to 44%') }).draft.map((f) => f.message), ['56% to 44% here; 54-46 in 2 other files.']);
});

test('with more ordinals of one noun on one side, the word each is said of pairs them: "equalised in the 38th minute"', () => {
  const lead = 'Harbour City beat Millbrook Athletic 3-1 at the Quayside Stadium on Saturday to go top of the Northern League table.\n\n';
  const draft = `${lead}Tom Achterberg headed Millbrook ahead in the 12th minute, but Sami Korhonen equalised in the 38th minute with a header from a corner.\n`;
  const wire = `${lead}Harbour City equalised in the 37th minute through Sami Korhonen, who met a corner with a header at the near post.\n`;
  const paper = `${lead}Sami Korhonen equalised in the 37th minute for Harbour City with a header from a corner at the near post.\n`;
  // Before, two minutes against one were ambiguous and the changed minute passed.
  assert.deepEqual(conflicts({ draft, wire, paper }).draft.map((f) => f.message), ['38th here; 37th in 2 other files.']);
  // Without the word on both sides (here "scored" for "equalised"), nothing is paired.
  assert.deepEqual(conflicts({ draft, wire: wire.replace('equalised', 'scored'), paper: paper.replace('equalised', 'scored') }).draft, []);
});

test('a price ending in 9 and the round figure reports give it ("$3,499", "$3,500") agree', () => {
  const price = (v) => `The Kestrel Lens headset will sell for ${v} when it reaches stores early next year, the company said at its developer conference in Valna.\n`;
  // Before, "$3,499" was warned against two files' "$3,500", and the other way round.
  assert.deepEqual(conflicts({ a: price('$3,499'), b: price('$3,500'), c: price('$3,500') }), { a: [], b: [], c: [] });
  assert.deepEqual(conflicts({ a: price('$999'), b: price('$1,000') }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: price('\u00A319.99'), b: price('\u00A320') }), { a: [], b: [] });
  // Another price, or a short one a round figure is no rounding of, is still warned.
  assert.deepEqual(conflicts({ a: price('$3,499'), b: price('$3,499'), c: price('$3,400') }).c.map((f) => f.message), ['$3,400 here; $3,499 in 2 other files.']);
  assert.deepEqual(conflicts({ a: price('$99'), b: price('$99'), c: price('$100') }).c.map((f) => f.message), ['$100 here; $99 in 2 other files.']);
  assert.deepEqual(conflicts({ a: price('$3,499'), b: price('$3,499'), c: price('$3,501') }).c.map((f) => f.message), ['$3,501 here; $3,499 in 2 other files.']);
});

test('a capital code that is something else before a number is no currency: "COP 26", "PHP 8"', () => {
  assert.deepEqual(claims('Leaders met at the COP 26 summit in Glasgow.').filter((k) => k.kind === 'money'), []);
  assert.deepEqual(claims('The site was moved to PHP 8 last year.').filter((k) => k.kind === 'money'), []);
});

test('a file that names one country\u2019s crowns means them by "crowns"; "July-September" is the third quarter', () => {
  const units = (s) => claims(s).filter((k) => k.kind === 'money').map((k) => `${k.unit}:${k.text}`);
  // Before, the bare "crowns" of a story about Swedish crowns were never set against SEK.
  assert.deepEqual(units('Profit rose to 4.2 billion Swedish crowns, beating the 3.9 billion crowns expected.'), ['SEK:4.2 billion Swedish crowns', 'SEK:3.9 billion crowns']);
  assert.deepEqual(units('It earned 4.2 billion Swedish crowns and 1.1 billion Norwegian crowns, or 5 billion crowns.'), ['SEK:4.2 billion Swedish crowns', 'NOK:1.1 billion Norwegian crowns', 'crown:5 billion crowns']);
  const dam = (v) => `The miner will spend ${v} on a new tailings dam at Vittberg, which is due to be finished in 2028, the company said.\n`;
  const wire = `Operating profit rose to 4.2 billion Swedish crowns.\n\n${dam('1.1 billion crowns')}`;
  assert.deepEqual(conflicts({ wire, draft: dam('SEK 1.4 billion') }).draft.map((f) => f.message), ['SEK 1.4 billion here; 1.1 billion crowns in 1 other file.']);
  const periods = (s) => lib.analyzeDocument(s).claimSentences.flatMap((c) => c.periods);
  assert.deepEqual(periods('Profit rose to 4.2 billion crowns in the July-September period.'), ['third quarter']);
  assert.deepEqual(periods('Sales in January\u2013June rose 4%.'), ['first half']);
});

test('one share of a split count ("14 workers inside the plant and three on the road") is not the whole', () => {
  const total = 'A gas explosion at the Kerrow chemical works on Monday killed 17 workers, the regional fire service said.\n';
  const split = (n) => `A gas explosion at the Kerrow chemical works on Monday killed ${n} workers inside the plant and three on the road outside, the regional fire service said.\n`;
  // Before, the first share was compared with the other files' total: a false alarm on a true story.
  assert.deepEqual(conflicts({ a: total, b: total, c: split('14') }).c, []);
  assert.deepEqual(claims('It killed 241 people onboard and dozens on the ground.').map((k) => k.text), ['241 people']);
  assert.equal(lib.analyzeDocument('It killed 241 people onboard and dozens on the ground.').claimSentences[0].claims[0].share, true);
  // Shares are still compared with shares; a count and a second count with its own noun split nothing.
  assert.deepEqual(conflicts({ a: split('14'), b: split('14'), c: split('41') }).c.map((f) => f.message), ['41 workers here; 14 workers in 2 other files.']);
  // A second share with its own noun and a place: "three deaths in Jamaica … and at least four fatalities in Haiti".
  assert.equal(lib.analyzeDocument('Officials confirmed three deaths in Valna during the storm and at least four fatalities in Norvia.').claimSentences[0].claims[0].share, true);
  for (const s of ['The plane carried 230 passengers and 12 crew.', 'It killed 12 people and injured 30.', 'It killed 12 people, and the fire burned for days.', 'Police said 12 people were arrested, 3 in the city.']) {
    assert.equal(lib.analyzeDocument(s).claimSentences[0].claims[0].share, undefined, s);
  }
  // A list by place after commas, the first count's place given: "175 people were injured in Bihar, 35 in West Bengal, …".
  const listed = 'Regional health officials said 175 people were injured in the earthquake in Valna, 35 in Port Alder, 70 in Kestrel and nine in the hills.\n';
  const all = 'Regional health officials said 560 people were injured in the earthquake, most of them in Valna.\n';
  const more = { c: 'The earthquake struck at dawn on Saturday.\n\nRescuers worked through the night to reach the hill villages.\n', d: 'The government sent army units to the region on Sunday.\n\nSchools will stay closed this week.\n' };
  // Before, Valna's share was warned against the region's total, both ways.
  assert.equal(lib.analyzeDocument(listed).claimSentences[0].claims[0].share, true);
  assert.deepEqual(conflicts({ a: all, b: listed, ...more }), { a: [], b: [], c: [], d: [] });
});

test('an aftershock\u2019s magnitude is compared only with aftershocks\u2019', () => {
  const quake = 'The 6.9 magnitude quake struck at dawn near Valna, the region\u2019s largest port city, and was felt across the coast.\n';
  const shock = 'The quake struck at dawn near Valna, the region\u2019s largest port city, and was followed by a strong 5.8 magnitude aftershock.\n';
  // Before, the aftershock's 5.8 was paired with the quake's 6.9 in a sentence on the same epicentre.
  assert.deepEqual(conflicts({ a: quake, b: shock }), { a: [], b: [] });
  const units = (s) => claims(s).map((k) => k.unit);
  assert.deepEqual(units('Aftershocks followed, more than 50, with the strongest measuring 5.8 magnitude.'), ['aftershock magnitude']);
  assert.deepEqual(units('An aftershock of magnitude 5.1 hit the port.'), ['aftershock magnitude']);
  assert.deepEqual(units('The magnitude 6.9 quake hit the port.'), ['magnitude']);
  // Aftershocks are still compared with aftershocks.
  const after = (m) => `The quake struck at dawn near Valna, the region\u2019s largest port city, and was followed by a strong ${m} magnitude aftershock.\n`;
  assert.deepEqual(conflicts({ a: after('5.8'), b: after('5.8'), c: after('5.3') }).c.map((f) => f.message), ['5.3 magnitude here; 5.8 magnitude in 2 other files.']);
});

test('a length of stuff ("20 inches of rain") is compared only with lengths of that stuff', () => {
  const rain = 'The storm will bring up to 20 inches of rain and a dangerous storm surge along the Valna coast, forecasters said.\n';
  const surge = 'A dangerous storm surge of up to 13 feet was expected along the Valna coast, forecasters said.\n';
  // Before, the rain's 20 inches and the surge's 13 feet were one length, in sentences sharing the coast and the surge.
  assert.deepEqual(conflicts({ a: rain, b: surge }), { a: [], b: [] });
  assert.deepEqual(claims('Up to 20 inches (50 centimeters) of rain could fall.').map((k) => k.unit), ['metre of rain', 'metre of rain']);
  assert.deepEqual(claims('The wall was 13 feet of the old harbour.').map((k) => k.unit), ['metre']);
  // Rain is still compared with rain, a conversion in brackets or not.
  const more = (n) => `Forecasters warned that up to ${n} of rain could fall in parts of the Valna coast through Saturday.\n`;
  assert.deepEqual(conflicts({ a: more('20 inches (50 centimeters)'), b: more('20 inches'), c: more('25 inches') }).c.map((f) => f.message), ['25 inches here; 20 inches in 2 other files.']);
});

test('counts of one noun with different fates ("two people … recovered", "six people are missing") are different numbers', () => {
  const dead = 'The remains of two people who were killed when the Kestrel Street bridge collapsed into the harbour have been recovered, police said.\n';
  const missing = 'Six people are missing after a cargo ship struck the Kestrel Street bridge, causing it to collapse into the harbour, police said.\n';
  // Before, the two counts of people were one figure told two ways.
  assert.deepEqual(conflicts({ a: dead, b: missing }), { a: [], b: [] });
  const fates = (s) => claims(s).map((k) => k.text);
  assert.equal(lib.analyzeDocument('It crashed, killing at least 265 people on board.').claimSentences[0].claims[0].fate, 'dead');
  assert.equal(lib.analyzeDocument('Six workers are presumed dead.').claimSentences[0].claims[0].fate, 'dead');
  assert.equal(lib.analyzeDocument('The council hired 20 workers.').claimSentences[0].claims[0].fate, undefined);
  assert.deepEqual(fates('Two people were rescued from the water.'), ['Two people']);
  // The same fate, or a count with none, is still compared.
  const m = (n) => `${n} people are missing after a cargo ship struck the Kestrel Street bridge, causing it to collapse into the harbour, police said.\n`;
  assert.deepEqual(conflicts({ a: m('Six'), b: m('Six'), c: m('Seven') }).c.map((f) => f.message), ['Seven people here; Six people in 2 other files.']);
});

test('everyone a vehicle carried and the survivors among them are different counts', () => {
  const aboard = 'A ferry with 54 people on board sank off the port of Valna on Wednesday, the Castanian coastguard said.\n';
  const survived = 'The ferry sank off the port of Valna on Wednesday, the Castanian coastguard said, adding that 31 people had survived.\n';
  // Before, 31 survivors were warned against the 54 aboard.
  assert.deepEqual(conflicts({ a: aboard, b: survived }), { a: [], b: [] });
  assert.equal(lib.analyzeDocument(survived).claimSentences[0].claims.find((k) => k.unit === 'people').fate, 'survived');
  // Survivors against survivors, and the people aboard against the people aboard, are still compared.
  assert.equal(conflicts({ a: survived, b: survived.replace('31', '29') }).a.length, 1);
  assert.equal(conflicts({ a: aboard, b: aboard.replace('54', '45') }).a.length, 1);
});

test('a sentence naming another event by its year ("the 2002 Air China crash that killed 129 people") is not compared', () => {
  const now = 'In one of Castania\u2019s worst air disasters, 179 people were killed on Sunday, December 29, 2024, when a Boreal Air plane crashed while landing at Valna airport.\n';
  const then = 'The crash also surpasses the 2002 Norvia Air crash that killed 129 people on Castanian soil, the worst until now.\n';
  // Before, both the year and the count of the earlier crash were warned as this crash's, both ways.
  assert.deepEqual(conflicts({ a: now, b: then }), { a: [], b: [] });
  assert.equal(lib.analyzeDocument(then).claimSentences[0].claims.find((c) => c.kind === 'year').label, true);
  // A possessive names an event by its year too (before, "Labour's 2024 election" was a plain year).
  const pledge = 'Reeves had insisted she would not raise income tax or national insurance, a pledge from the Castanian Labour party\u2019s 2024 election campaign.\n';
  assert.equal(lib.analyzeDocument(pledge).claimSentences[0].claims.find((c) => c.kind === 'year').label, true);
  // A near copy that changed the named year and another value is still warned: the same sentence, changed.
  const obit = (y, n) => `Her breakthrough came in the ${y} drama "The Northern Light," which earned her the first of ${n} Oscar nominations.\n`;
  assert.deepEqual(conflicts({ a: obit(1966, 'five'), c: obit(1968, 'six') }).c.map((f) => f.message), ['1968 here; 1966 in 1 other file.', 'six Oscar nominations here; five Oscar nominations in 1 other file.']);
});

test('a year after a name ("Harbour Cup 2023", "Nations Shield 2022") names that event: compared only with the same name\u2019s', () => {
  const won = (y) => `Norvia won their first Harbour Cup ${y} title by beating Castania 2-1 in the final in Valna on Sunday.\n`;
  const avenged = 'Norvia are the Harbour Cup champions, having beaten Castania in the final in Valna and avenged their semi-final defeat by Castania at the Nations Shield 2022.\n';
  // Before, the two events' years conflicted, both ways.
  assert.deepEqual(conflicts({ a: won(2023), b: avenged }), { a: [], b: [] });
  const kinds = (s) => allClaims(s).filter((k) => k.kind === 'year').map((k) => [k.text, k.label ?? false, k.anchor]);
  assert.deepEqual(kinds(won(2023)), [['2023', true, 'cup']]);
  // Opening capitals, title-cased small words, times of year and periods are no names.
  assert.deepEqual(kinds('In 2023 the club won. Sales Rose In 2023 At Kestrel. Orders came in Fall 2019. Profit in Q3 2023 rose.').map((k) => k[1]), [false, false, false, false]);
  // The same event's year, changed, is still found.
  assert.deepEqual(conflicts({ a: won(2023), b: won(2023), c: won(2021) }).c.map((f) => f.message), ['2021 here; 2023 in 2 other files.']);
});

test('a range of days ("June 24-25") holds each of its days', () => {
  const range = 'Leaders agreed at the Valna summit on June 24-25 to raise harbour spending to 5% of the budget by 2035.\n';
  const day = (d) => `Leaders agreed at the Valna summit on June ${d} to raise harbour spending to 5% of the budget by 2035.\n`;
  // Before, the range was read as its first day, and "June 25" conflicted with it both ways.
  assert.deepEqual(conflicts({ a: range, b: day(25) }), { a: [], b: [] });
  assert.deepEqual(claims('The talks on 24\u201325 June ended.').map((k) => [k.text, k.low, k.high]), [['24\u201325 June', 524, 525]]);
  // A day outside the range still conflicts.
  assert.deepEqual(conflicts({ a: range, b: range, c: day(27) }).c.map((f) => f.message), ['June 27 here; June 24-25 in 2 other files.']);
});

test('days joined by a word ("October 19 and 20", "from 3 to 5 March") are a range too', () => {
  const pair = 'On November 8 and 9, 2026, the Valna ferry line had a major outage that stranded 400 travellers.\n';
  const day = (d) => `On November ${d}, 2026, the Valna ferry line had a major outage that stranded 400 travellers.\n`;
  // Before, the pair was read as its first day, and "November 9" conflicted with it both ways.
  assert.deepEqual(conflicts({ a: pair, b: day(9) }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: pair, b: pair, c: day(11) }).c.map((f) => f.message), ['November 11 here; November 8 and 9 in 2 other files.']);
  const read = (s) => claims(s).filter((k) => k.kind === 'date').map((k) => [k.text, k.low, k.high]);
  assert.deepEqual(read('The fair runs from 3 to 5 March in Valna.'), [['3 to 5 March', 203, 205]]);
  assert.deepEqual(read('The fair ran October 19 through 21 at the hall.'), [['October 19 through 21', 919, 921]]);
  // A number after "and" that counts something is no day, nor one after a figure's verb.
  assert.deepEqual(read('On May 3 and 20 people were hurt.'), [['May 3', 403, 403]]);
  assert.deepEqual(read('Prices rose 3 to 5 March.'), [['5 March', 205, 205]]);
});

test('a storm\'s pace of travel ("moving north at 10 mph") is not its winds\' speed', () => {
  const winds = 'Hurricane Lorna made landfall near Port Marlow as a 150 mph Category 4 storm, according to the hurricane center.\n';
  const pace = (p) => `Lorna continues to move north at a speed of ${p}, bringing heavy rain and surge, according to the hurricane center.\n`;
  // Before, the pace was compared with the winds (both speeds), both ways.
  assert.deepEqual(conflicts({ a: winds, b: pace('16 km/h') }), { a: [], b: [] });
  // Paces are compared with paces, a conversion in brackets with them.
  assert.deepEqual(claims('Its center is moving north at 10 mph (16 km/h).').map((k) => k.unit), ['km/h of movement', 'km/h of movement']);
  // Also with a long route between the verb and the speed (before, 40 characters was the reach).
  assert.deepEqual(claims('As Lorna moves west-northwest across the northern Valna Sea at about 22 kph, the coast braces.').map((k) => k.unit), ['km/h of movement']);
  assert.deepEqual(conflicts({ a: pace('16 km/h'), b: pace('16 km/h'), c: pace('26 km/h') }).c.map((f) => f.message), ['26 km/h here; 16 km/h in 2 other files.']);
  // Two advisories, their winds given apart, are two readings of the pace (before, warned both ways).
  const advisories = conflicts({
    a: 'Lorna is moving northwest at 13 mph with sustained winds of around 100 mph, and its hurricane-force winds reach 90 miles from the center of Lorna.\n',
    b: 'Lorna had sustained winds of 110 mph while moving northwest at 7 mph, and its hurricane-force winds reach 80 miles from the center of Lorna.\n',
  });
  assert.deepEqual([advisories.a.filter((f) => f.message.includes('mph')), advisories.b.filter((f) => f.message.includes('mph'))], [[], []]);
});

test('a sentence opening on the record before this event ("Prior to this event, the strongest …") is the record\'s', () => {
  const landfall = (n) => `Lorna made landfall near Port Marlow as a Category ${n} storm, the strongest hurricane to hit the island.\n`;
  const record = 'Prior to this event, the strongest hurricane to hit the island was Gerda in 1979, which was a Category 3 storm when it made landfall.\n';
  // Before, the earlier storm's category was compared with this one's.
  assert.deepEqual(conflicts({ a: landfall(4), b: record }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: landfall(4), b: landfall(4), c: landfall(3) }).c.map((f) => f.message), ['Category 3 here; Category 4 in 2 other files.']);
});

test('"over a dozen" is a bound and "two dozen" twenty-four', () => {
  const hurt = (n) => `The blast at the Valna ferry terminal killed four people and injured ${n} others, police said on Monday.\n`;
  // Before, "over a dozen" read as exactly twelve and was warned against 20.
  assert.deepEqual(conflicts({ a: hurt('over a dozen'), b: hurt('20') }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: hurt('about a dozen'), b: hurt('about a dozen'), c: hurt('30') }).c.map((f) => f.message), ['30 others here; dozen others in 2 other files.']);
  const read = (s) => claims(s).map((k) => [k.text, k.low, k.high]);
  assert.deepEqual(read('Over two dozen people were brought in.'), [['two dozen people', 18, Infinity]]);
  assert.deepEqual(read('A dozen people were hurt.'), [['dozen people', 11.5, 12.5]]);
});

test('scores told against two sides, neither named in the other\u2019s sentence, are two games', () => {
  const story = 'The Harbour City Gulls won the Norvia Cup on Saturday, and captain Ana Ruiz was named player of the final at the national stadium in Port Alder. Ruiz scored twice before half-time. The Gulls last won the cup in 2019.';
  const { final, earlier } = outlets(story, {
    final: 'Ruiz was named player of the final after leading the Gulls to a commanding 4-1 victory over the Port Alder Rovers in the Norvia Cup.',
    earlier: 'Tomas Berg was named player of the final in 2019 after leading the Gulls to a 3-2 victory over the Valna Wanderers in the Norvia Cup.',
  });
  // Before, "4-1 here; 3-2 in 1 other file": the 2019 final's score against Saturday's.
  assert.deepEqual(conflictsIn({ final, earlier }), []);
  const sides = (s) => allClaims(s).filter((k) => k.kind === 'tally').map((k) => k.side);
  assert.deepEqual(sides('It was a 41-33 victory over the New England Patriots. The Gulls beat the Valna Wanderers 2-0. They won 3-1.'), ['patriots', 'wanderers', undefined]);
  // Against the same side, a score is still compared.
  const { other } = outlets(story, { other: final.replace('4-1', '3-1') });
  assert.equal(conflictsIn({ final, other }).length, 2);
});

test('a score after the other side\'s name ("beating the Port Marlow Gulls 107-103") is a tally; a series and a game are not compared', () => {
  const final = (score) => `The Valna Otters capped a remarkable season by beating the Port Marlow Gulls ${score} in Game 7 of the league finals on Sunday.\n`;
  // Before, the cue stood too far before the score, past the name, and a changed score passed.
  assert.deepEqual(conflicts({ a: final('103-91'), b: final('103-91'), c: final('107-103') }).c.map((f) => f.message), ['107-103 here; 103-91 in 2 other files.']);
  // The series' 4-3 and the game's 103-91 count different things.
  assert.deepEqual(conflicts({ a: final('103-91'), b: final('103-91'), c: final('4-3') }).c, []);
});

test('a weekday between "announced" and "that" dates the announcement, not what it announces', () => {
  const struck = 'Valna navy drones struck three radar sites near Port Marlow early Sunday, in what the defence minister called a very successful operation.\n';
  const announced = 'The defence minister announced on Saturday that Valna navy drones had struck three radar sites near Port Marlow in a very successful operation.\n';
  // Before, the announcement's Saturday was compared with the strike's Sunday, both ways.
  assert.deepEqual(conflicts({ a: struck, b: announced }), { a: [], b: [] });
  // The strike's own day is still compared.
  const struckOn = (d) => `Valna navy drones struck three radar sites near Port Marlow early ${d}, in what the defence minister called a very successful operation.\n`;
  assert.deepEqual(conflicts({ a: struckOn('Sunday'), b: struckOn('Sunday'), c: struckOn('Saturday') }).c.map((f) => f.message), ['Saturday here; Sunday in 2 other files.']);
});

test('a share price\'s move ("shares jumped 3%") is compared only with such moves', () => {
  const move = 'Valna Motors shares jumped 3% in early trading Thursday after the carmaker reported record third quarter deliveries.\n';
  const growth = 'Valna Motors reported record third quarter deliveries of 48,200 cars, a 7.4% increase from the same period last year.\n';
  // Before, the share move was warned against the deliveries' growth, both ways.
  assert.deepEqual(conflicts({ a: move, b: growth }), { a: [], b: [] });
  const moved = (p) => `Valna Motors shares jumped ${p} in early trading Thursday after the carmaker reported record third quarter deliveries.\n`;
  const found = conflicts({ a: moved('3%'), b: moved('3%'), c: moved('6%') }).c;
  assert.deepEqual(found.map((f) => f.message), ['6% here; 3% in 2 other files.']);
  assert.match(found[0].detail, /share price/);
});

test('an ordinal of a run ("fifth consecutive term", "third straight title", "in a row") is compared only with runs', () => {
  const streak = 'The result means Mayor Ilse Marrow will begin her fifth consecutive term at the head of the Valna council next month.\n';
  const total = 'The result means Mayor Ilse Marrow will begin her seventh term at the head of the Valna council next month.\n';
  // Before, the run's "fifth" was warned against the count of all terms, "seventh", both ways.
  assert.deepEqual(conflicts({ a: streak, b: total }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: streak, b: streak, c: streak.replace('fifth', 'fourth') }).c.map((f) => f.message), ['fourth here; fifth in 2 other files.']);
  const units = (s) => claims(s).filter((k) => k.kind === 'ordinal').map((k) => k.unit);
  assert.deepEqual(units('They won a third straight title and their fifth title in a row.'), ['consecutive title', 'consecutive title']);
  assert.deepEqual(units('It was their fifth title.'), ['title']);
});

test('a part of a total with a word before the total ("11 of the same 12 players") is a part', () => {
  const squad = (w) => `Captain Ilse Marrow had 11 of ${w} 12 players who won the Valna trophy two years ago.\n`;
  // Before, "same" hid the part: 12 players was read against the other file's 11, both ways.
  assert.deepEqual(conflicts({ a: squad('the same'), b: squad('the') }), { a: [], b: [] });
  assert.deepEqual(allClaims(squad('the remaining')).map((k) => [k.text, Boolean(k.total)]), [['11', false], ['12 players', true]]);
});

test('the people aboard two vehicles ("All 40 people aboard both aircraft") are not one vehicle\'s load', () => {
  const both = 'All 40 people aboard both aircraft were killed when the Valna ferry plane hit a rescue helicopter over the bay.\n';
  const heli = 'The coastguard confirmed that three people were aboard the rescue helicopter that hit the Valna ferry plane.\n';
  // Before, the two vehicles' 40 was compared with the helicopter's three, both ways.
  assert.deepEqual(conflicts({ a: both, b: heli }), { a: [], b: [] });
  assert.deepEqual(allClaims(both).filter((k) => k.unit === 'people').map((k) => Boolean(k.aboard)), [false]);
  assert.deepEqual(allClaims(heli).filter((k) => k.unit === 'people').map((k) => Boolean(k.aboard)), [true]);
});

test('points or votes from a voting body ("297 points from the public vote", "12 points from Italy") are a share of the total', () => {
  const total = 'Ilse Marrow finished second in the Valna song contest with 357 points, mostly from the public vote.\n';
  const part = 'Ilse Marrow finished second in the Valna song contest, receiving 297 points from the public vote.\n';
  // Before, the public's 297 was warned against the total 357, both ways.
  assert.deepEqual(conflicts({ a: total, b: part }), { a: [], b: [] });
  assert.deepEqual(allClaims('She scored 88 points from the juries, including 12 points from Italy, and 357 points in all.').map((k) => [k.text, Boolean(k.share)]), [['88 points', true], ['12 points', true], ['357 points', false]]);
  // Shares are still compared with shares.
  assert.deepEqual(conflicts({ a: part, b: part, c: part.replace('297', '279') }).c.map((f) => f.message), ['279 points here; 297 points in 2 other files.']);
});

test('a weekday dating a later state ("braced for … on Wednesday after a unit seized power") is not the earlier deed\'s', () => {
  const braced = 'Valna braced for military rule on Wednesday after an elite army unit seized power following the governor\'s impeachment.\n';
  const seized = 'The elite army unit seized power Tuesday after the Valna assembly voted to impeach the governor for desertion of duty.\n';
  // Before, the verb of the clause "after" opens stood past the few words read after it: Wednesday was compared with Tuesday.
  assert.deepEqual(conflicts({ a: braced, b: seized }), { a: [], b: [] });
  assert.deepEqual(conflicts({ a: seized, b: seized, c: seized.replace('Tuesday', 'Monday') }).c.map((f) => f.message), ['Monday here; Tuesday in 2 other files.']);
});

test('a weekday after "told AFP" or "told reporters" dates the telling, not what is told', () => {
  const told = 'An elite army unit told AFP Wednesday it had taken power in Valna after the assembly voted to impeach the governor.\n';
  const took = 'An elite army unit took power in Valna on Tuesday after the assembly voted to impeach the governor.\n';
  // Before, the day the agency was told was compared with the day power was taken, both ways.
  assert.deepEqual(conflicts({ a: told, b: took }), { a: [], b: [] });
  // A person in the story told is the event itself, as before.
  const xi = (d) => `The governor told the mayor of Port Marlow on ${d} that the ferry line would reopen in the spring.\n`;
  assert.deepEqual(conflicts({ a: xi('Tuesday'), b: xi('Tuesday'), c: xi('Monday') }).c.map((f) => f.message), ['Monday here; Tuesday in 2 other files.']);
});

test('two named people\'s ages in aligned sentences are not compared with each other', () => {
  const list = (names) => `The court heard the charges for the deaths of ${names}, killed at a house near the Valna campus in November.\n`;
  const a = list('Ana Ruiz, 21; Tomas Brek, 21; Ilse Marrow, 20; and Jonas Ekberg, 20');
  const b = list('Jonas Ekberg, 20; Ilse Marrow, 20; Tomas Brek, 21; and Ana Ruiz, 21');
  // Before, each list's last name's age was compared with the other's: Jonas Ekberg's 20 against Ana Ruiz's 21.
  assert.deepEqual(conflicts({ a, b }), { a: [], b: [] });
  // One person's changed age is still found, also with a middle initial in one spelling.
  const one = (n) => `Jonas W. Ekberg Jr., ${n}, of Port Marlow, pleaded guilty to threatening a Valna councillor, the prosecutor's office said.\n`;
  assert.deepEqual(conflicts({ a: one(55), b: one(55).replace('Jonas W. Ekberg', 'Jonas Ekberg'), c: one(56) }).c.map((f) => f.message), ['56 here; 55 in 2 other files.']);
});

test('the time between two things ("a one-second gap", "one second apart") is not the time from an event', () => {
  const gap = 'The two valves on the Valna ferry closed almost together, with only a one-second gap between them, the inspectors found.\n';
  const from = 'The two valves on the Valna ferry closed within three seconds of departure, the inspectors found.\n';
  // Before, the gap was compared with the time from departure, both ways.
  assert.deepEqual(conflicts({ a: gap, b: from }), { a: [], b: [] });
  assert.deepEqual(claims('They moved one second apart, within a 1-second interval.').filter((k) => k.kind === 'duration').map((k) => k.unit), ['minute apart', 'minute apart']);
  // Gaps are still compared with gaps.
  assert.deepEqual(conflicts({ a: gap, b: gap, c: gap.replace('one-second', 'five-second') }).c.map((f) => f.message), ['five-second here; one-second in 2 other files.']);
});

test('an age in months or weeks ("a nine-month-old baby") is an age, compared with ages in the same unit', () => {
  const baby = (n) => `Her ${n}-month-old daughter was also hurt in the Valna attack and remains in hospital after surgery.\n`;
  // Before, an age in months was no claim, and a changed one passed.
  assert.deepEqual(conflicts({ a: baby('nine'), b: baby('nine'), c: baby('eight') }).c.map((f) => f.message), ['eight-month-old here; nine-month-old in 2 other files.']);
  assert.deepEqual(claims('A 9-month-old baby and a six-week-old puppy were rescued.').map((k) => [k.kind, k.unit, k.low]), [['age', 'age in months', 9], ['age', 'age in weeks', 6]]);
  // Years and months are not compared: a 1-year-old is no 12-month-old by this check.
  assert.deepEqual(conflicts({ a: baby('twelve'), b: baby('twelve').replace('twelve-month-old', 'one-year-old') }), { a: [], b: [] });
});

test('a figure whose noun is left out after a name ("the Conservatives 121") counts that noun; "the Liberals, 19," is no age', () => {
  const units = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.low + 0.5}`);
  assert.deepEqual(units('The Greens won 31 seats, the Liberals 19 and the Farmers League 8.'), ['count:seat:31', 'count:seat:19', 'count:seat:8']);
  assert.deepEqual(units('Norway won 16 medals, Sweden 9.'), ['count:medal:16', 'count:medal:9']);
  assert.deepEqual(units('The Greens secured 31 seats, the Liberals, 19, their best result.'), ['count:seat:31', 'count:seat:19']);
  // A name that numbers a thing is not one holding a count; a person's age stays an age.
  assert.deepEqual(units('The fire destroyed 120 homes, Highway 101, and a school.'), ['count:home:120']);
  assert.deepEqual(units('The flood destroyed 40 homes, Mayor Ana Ruiz, 52, said.').map((u) => u.split(':')[0]), ['count', 'age']);
  // Two outlets giving two parties' seats in different sentence shapes are not compared one party against the other.
  const wire = 'The Greens secured 31 seats in Sunday\u2019s Valna council election, the Liberals, 19, their best result in the city for decades.\n';
  const draft = 'The Liberals secured 19 seats in Sunday\u2019s Valna council election, their best result in the city for decades, while the Greens gained ground.\n';
  assert.deepEqual(conflicts({ wire, draft }).draft, []);
  assert.equal(conflicts({ wire, draft: draft.replace('19 seats', '17 seats') }).draft.length, 0, 'which of the wire\u2019s two counts is the Liberals\u2019 is not read: quiet');
});

test('a sum on the adjusted basis ("non-GAAP", "excluding items") is compared only with adjusted sums', () => {
  const adjusted = (s) => claims(s).length && allClaims(s).filter((k) => k.adjusted).map((k) => k.text);
  assert.deepEqual(adjusted('Excluding items, Kestrel earned $1.42 a share on revenue of $3.1 billion, up 12%.'), ['$1.42']);
  assert.deepEqual(adjusted('Kestrel earned $1.42 a share on an adjusted basis.'), ['$1.42']);
  assert.deepEqual(adjusted('Non-GAAP gross margin was 61.5%, against 58.2% under GAAP.'), ['61.5%']);
  assert.deepEqual(adjusted('The seasonally adjusted jobless rate was 4.1%.'), []);
  assert.deepEqual(adjusted('Core inflation rose 3.2% while headline inflation fell to 2.9%.'), ['3.2%']);
  assert.deepEqual(adjusted('The index for all items less food and energy rose 4.7% over the year.'), ['4.7%']);
  // An outlet gives the reported figure, the draft the adjusted one in a sentence of the same words.
  const story = 'Kestrel Freight posted record first-quarter revenue of $3.1 billion on Wednesday, driven by container shipping between Asia and Northern Europe.';
  const { agency, blog, draft } = outlets(story, {
    agency: 'The shipping group said diluted earnings per share were $0.88, up 5 per cent from $0.84 a year earlier.',
    blog: 'The company plans to add four vessels to the Asia route this year, chief executive Mira Lindqvist said.',
    draft: 'Non-GAAP earnings per diluted share were $1.42, up 12 per cent from $1.27 a year earlier, and up 8 per cent from $1.31 in the previous quarter.',
  });
  assert.deepEqual(conflictsIn({ agency, blog, draft }, 'draft', 'agency'), []);
  // The same basis on both sides is still compared.
  assert.equal(conflicts({ agency, blog, draft: draft.replace('Non-GAAP earnings', 'Earnings') }).draft.length, 1);
});

test('"Excluding the $2.1 billion charge related to the fine, …": the figures after it are adjusted, the charge is a sum of its own', () => {
  const marks = (s) => allClaims(s).map((k) => `${k.text}:${k.adjusted ? 'adjusted' : k.separate ? 'separate' : '-'}`);
  assert.deepEqual(marks('Excluding the $2.1 billion charge related to the European fine, operating income increased 22% and operating margin was 33.9%.'), ['$2.1 billion:separate', '22%:adjusted', '33.9%:adjusted']);
  assert.deepEqual(marks('Excluding the European fine, operating margin was 33.9%.'), ['33.9%:adjusted']);
  // After its figure, the phrase is said of that figure only: before, the clause after it was read as adjusted.
  assert.deepEqual(marks('Operating margin reached 33.9% excluding a $2.1 billion EU fine, while cloud operating margins improved to 24% from 17%.'), ['33.9%:adjusted', '$2.1 billion:separate', '24%:-', '17%:-']);
  const story = RESULTS_STORY;
  // Before, the reported and the fine-free figures were compared, and the charge against a segment's operating income.
  const files = {
    wire: `${story}\n\nTotal operating income increased 9% and operating margin was 30.5%. Excluding the $2.1 billion charge related to the European fine, operating income increased 22% and operating margin was 33.9%.\n`,
    draft: `${story}\n\nExcluding the European fine, operating income increased 22%, and operating margin was 33.9%.\n\nHarbour Services: Revenues increased by 14% to $41.2 billion. Operating income increased by 9% to $21.5 billion, but the operating margin declined to 38.5% due to the fine.\n`,
  };
  assert.deepEqual(conflictsIn(files), []);
});

test('set scores: a list is read whole, a tiebreak in brackets belongs to its set; "No. 3" is a rank', () => {
  const texts = (s) => claims(s).map((k) => `${k.kind}:${k.text}`);
  assert.deepEqual(texts('Ana Ruiz beat World No. 2 Lena Berg with a 6-2, 6-3, 7-6(7-4) victory in the final.'), ['tally:6-2', 'tally:6-3', 'tally:7-6']);
  assert.deepEqual(texts('It added up to a 6-2, 6-3, 7-6 (4) victory over Berg.'), ['tally:6-2', 'tally:6-3', 'tally:7-6']);
  // The cue ("won") stands by the list, not by each score; a pronoun or a closing bracket is no counted noun.
  assert.deepEqual(texts('She won 6-4, 3-6, 7-5 in the final.'), ['tally:6-4', 'tally:3-6', 'tally:7-5']);
  assert.deepEqual(texts('Voters under 35 backed him.'), []);
  assert.deepEqual(texts('She lives at No 10 Harbour Street.'), []);
  // Two outlets writing the tiebreak differently agree; a changed set is found.
  const story = 'Ana Ruiz retained her title at the Valna Open on Sunday, beating Lena Berg in straight sets in the final.';
  const { wire, radio } = outlets(story, {
    wire: 'Ruiz, the top seed, sealed a 6-2, 6-3, 7-6 (7-4) victory in two hours and five minutes.',
    radio: 'The top seed Ruiz sealed a 6-2, 6-3, 7-6 (4) victory in two hours and five minutes.',
  });
  assert.deepEqual(conflicts({ wire, radio }).radio, []);
  assert.equal(conflicts({ wire, radio: radio.replace('6-3', '6-4') }).radio.length, 1);
});

test('a previous record ("the previous record of 38.7C was met at 46 stations") is not the new one', () => {
  const story = 'Port Alder recorded the highest temperature in the country\u2019s history on Tuesday, the national weather service said.';
  const { wire, radio } = outlets(story, {
    wire: 'A new provisional national record temperature of 41.2C has been recorded at Port Alder airport, the weather service said.',
    radio: 'The previous national record temperature of 39.4C was provisionally met or exceeded at 31 stations, the weather service said.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // Two files giving the previous record differently still conflict.
  const { paper } = outlets(story, { paper: 'The previous national record temperature was 38.4C, set in 2019, the weather service said.' });
  assert.equal(conflictsIn({ paper, radio, wire }, 'paper', 'radio').length, 2);
});

test('figures of an event years apart ("two years after their 4-2 loss") are another time\u2019s, not the story\u2019s', () => {
  const match = [
    'The Harbour City Gulls beat the Port Alder Rovers 3-1 in the Norvia Cup final on Saturday, with Ana Ruiz scoring twice.',
    'Ruiz opened the scoring after 12 minutes and added a second from the penalty spot before half-time.',
    'The Rovers pulled one back through Tomas Berg, but the Gulls held on in front of 41,000 fans at the national stadium.\n',
  ].join('\n');
  const recap = (second) => [
    'The Harbour City Gulls won the Norvia Cup on Saturday, beating the Port Alder Rovers in front of 41,000 fans at the national stadium.',
    second,
    'Ana Ruiz scored twice before half-time, once from the penalty spot, and Tomas Berg\u2019s goal for the Rovers came too late.\n',
  ].join('\n');
  // Before, the old final's score was warned against this one's.
  assert.deepEqual(conflicts({ match, recap: recap('For the Gulls, the final was personal, coming two years after their painful 4-2 loss to the Rovers in the Norvia Cup final.') }), { match: [], recap: [] });
  // The gap itself is still a claim, and a score outside those words still the match's.
  const gap = lib.analyzeDocument('It came two years after their 4-2 loss.').claimSentences[0].claims.map((k) => k.text);
  assert.deepEqual(gap, ['two years']);
  assert.deepEqual(conflicts({ match, recap: recap('For the Gulls, the 4-2 win in the Norvia Cup final was personal, two years after a loss to the Rovers.') }).recap.map((f) => f.message), ['4-2 here; 3-1 in 1 other file.']);
});

test('the people a vehicle carried are compared across sentences; a post\u2019s views and likes are no claims', () => {
  const story = 'A Boreal Air jet returned to Port Alder on Friday after a cabin window cracked at 12,000 feet shortly after take-off.';
  const files = outlets(story, {
    wire: 'The Airbus A320, with 164 passengers and six crew members on board, landed safely 25 minutes later.',
    radio: 'All 164 passengers and six crew members on board the flight to Valna were unhurt, the airline said.',
    blog: 'The plane, carrying 146 passengers and six crew, was able to turn around and land back at Port Alder with no one hurt.',
  });
  assert.deepEqual(conflictsIn(files, 'blog').map((f) => f.message), ['146 passengers here; 164 passengers in 2 other files.']);
  assert.deepEqual(conflictsIn(files, 'wire', 'radio'), []);
  // "Carried" alone is a year's traffic, not the people aboard one flight.
  assert.deepEqual(lib.analyzeDocument('Boreal Air carried 4.1 million passengers last year.').claimSentences[0].claims.filter((k) => k.aboard), []);
  assert.deepEqual(claims('The clip drew 40,000 likes and 3,000 comments on Friday.').map((k) => k.kind), ['weekday']);
});

test('an amount asked for ("had sought $1.6 billion") is compared only with amounts asked for', () => {
  const sought = (s) => allClaims(s).filter((k) => k.sought).map((k) => k.text);
  assert.deepEqual(sought('Kestrel settled with the harbour board, which had sought $42 million from the company.'), ['$42 million']);
  assert.deepEqual(sought('They settled for $18 million, less than the $42 million in damages the board had been seeking.'), ['$42 million']);
  assert.deepEqual(sought('Prosecutors had sought a sentence of as much as 20 years.'), ['20 years']);
  assert.deepEqual(sought('All four candidates seeking the mayoralty spoke on Monday.'), []);
  // A settlement against the claim the other side made: before, one warned the other.
  const story = 'The Port Alder harbour board settled its lawsuit against Kestrel Freight on Tuesday, hours before the trial was due to open in Valna.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'Kestrel Freight agreed on Tuesday to pay $18 million to settle the lawsuit the harbour board brought over the collapsed pier.',
    radio: 'Kestrel Freight agreed on Tuesday to pay $18 million to the harbour board over the collapsed pier, a lawyer for the board said.',
    paper: 'Kestrel Freight on Tuesday settled the lawsuit with the harbour board, which had sought $42 million over the collapsed pier.',
  });
  assert.deepEqual(conflicts({ wire, radio, paper }).paper, []);
});

test('a sum said to be another thing\u2019s ("a follow-up $3.5 trillion spending package") is compared only with such', () => {
  const plan = 'With a robust vote, the Senate approved a $1 trillion harbour plan via a coalition of Liberals and Conservatives.\n';
  const next = (v) => `Immediately after that vote concluded, the Senate began voting on a follow-up ${v} spending package that Liberals plan to pass without Conservative votes.\n`;
  const more = { c: 'The harbour plan now goes to the lower house.\n\nIt funds roads, ports and ferries.\n', d: 'The governing party holds 51 of the 100 seats.\n\nThe vote came after months of talks.\n' };
  // Before, the two bills' sums were warned against each other.
  assert.deepEqual(conflicts({ a: plan, b: next('$3.5 trillion'), ...more }), { a: [], b: [], c: [], d: [] });
  const flags = (s) => allClaims(s).filter((k) => k.kind === 'money').map((k) => k.separate ?? false);
  assert.deepEqual(flags('They passed a separate, even more ambitious $3.5 trillion social policy bill. The second quarter brought $5 billion.'), [true, false]);
  // Two follow-up packages still are compared.
  assert.deepEqual(conflicts({ a: next('$3.5 trillion'), b: next('$3.5 trillion'), c: next('$4.5 trillion') }).c.map((f) => f.message), ['$4.5 trillion here; $3.5 trillion in 2 other files.']);
});

test('an amount on top of another ("a further €30.9m in add-ons") is not the total; "Tomorrow, Thursday" is a plan', () => {
  const flags = (s) => textsMarked(s, 'added', 'planned');
  assert.deepEqual(flags('Valna United will pay \u20AC40m up front and a further \u20AC9.5m in add-ons.'), ['\u20AC40m', '\u20AC9.5m added']);
  assert.deepEqual(flags('Another 30 people were treated in hospital.'), ['30 people added']);
  assert.deepEqual(flags('\u201CTomorrow, Thursday, 26 November, the new coach will be presented,\u201D the club said.').slice(0, 1), ['Thursday planned']);
  assert.deepEqual(flags('The ferry sails again next Tuesday.'), ['Tuesday planned']);
  // The fee against the add-ons: before, the add-ons warned the fee and the fee the add-ons.
  const story = 'Valna United have signed the Port Alder midfielder Lena Berg on a five-year contract, the two clubs said.';
  const { wire, radio, blog } = outlets(story, {
    wire: 'Valna United agreed to pay Port Alder a fixed fee of \u20AC40m for Berg, the club said in its statement.',
    radio: 'Valna United will pay Port Alder an upfront fee of \u20AC40m to sign Berg, with more to come in bonuses.',
    blog: 'Port Alder agreed to sell Berg to Valna United for a fee of \u00A339m, with a further \u20AC9.5m in add-ons to come.',
  });
  assert.deepEqual(conflictsIn({ wire, radio, blog }), []);
});

test('a percentage on top of another ("an additional 100 percent tariff", "his 15 percent additional levy") is compared only with such', () => {
  const story = 'Valna and Kestrel agreed on Thursday to cut the harbour levies on each other\u2019s ferries, ending a dispute that had idled the fleets since the spring.';
  const files = outlets(story, {
    wire: 'Premier Ivo Mark said Valna would reduce levies on Kestrel ferries to 30 percent, while Kestrel would resume its fuel purchases from Valna.',
    paper: 'On Wednesday, Premier Ivo Mark said he was likely to reduce his government\u2019s 15 percent additional levy on Kestrel ferries, imposed earlier this year over fishing quotas.',
  });
  // Before, each warned the other: "30 percent here; 15 percent in 1 other file".
  assert.deepEqual(conflictsIn(files), []);
  const flags = (s) => textsMarked(s, 'added');
  assert.deepEqual(flags('Kestrel had threatened an additional 100 percent levy on Valna ferries.'), ['100 percent added']);
  assert.deepEqual(flags('The levy rose 15 percent, additional to last year\u2019s rise.'), ['15 percent']);
  // Two such percentages are still compared.
  assert.deepEqual(editedCopyWarnings(files, (p) => p.replace('15 percent', '25 percent').replace('On Wednesday, ', ''), (p) => p.replace('On Wednesday, ', 'Late on Wednesday, ')), ['25 percent here; 15 percent in 2 other files.']);
});

test('a year in brackets after a title ("“Salt Roads” (2003)", "The Godfather (1972)") names the work, not the year of what the sentence tells', () => {
  const story = 'Mara Lind, the Polar Prize-winning singer of Harbour Lights and a fixture of Nordic folk music for five decades, has died in Bergen at the age of 81, her family said.';
  const files = outlets(story, {
    wire: 'In 1985, Lind won the Polar Prize for best album for \u201CHarbour Lights,\u201D and earned nominations for \u201CSalt Roads\u201D with Jon Berg and \u201CNorth Wind.\u201D',
    paper: 'The last of her four Polar Prize nominations was for the album \u201CSalt Roads\u201D (2003), recorded with Jon Berg in a fishing shed.',
  });
  // Before, each warned the other: "1985 here; 2003 in 1 other file".
  assert.deepEqual(conflictsIn(files), []);
  const years = (s) => allClaims(s).filter((k) => k.kind === 'year').map((k) => `${k.text}${k.label ? ` of ${k.anchor}` : ''}`);
  assert.deepEqual(years('Her breakthrough came in The Godfather (1972), and the bridge (1926) still stands; elections were held in May (2024).'), ['1972 of godfather', '1926', '2024']);
  // One title's year against another's is still compared.
  assert.deepEqual(editedCopyWarnings(files, (p) => p.replace('(2003)', '(2005)'), (p) => p.replace('The last', 'Late in her career, the last')), ['2005 here; 2003 in 2 other files.']);
});

test('a race gap written as minutes and seconds ("3:21 behind") is compared with one in words; a label\u2019s number ("Stage 5 time trial") and "this one" count nothing', () => {
  const story = 'Ana Ruiz won the Tour of the Fjords on Sunday, her third title, after a final stage soaked by rain.';
  const wire = `${story}\n\nDefending champion Lena Berg finished the overall race 3 minutes, 12 seconds behind Ruiz in second place and Mia Holt was 9 minutes adrift in third.\n`;
  const draft = wire.replace('3 minutes, 12 seconds behind', '3:21 behind');
  // Before, "3:21" was no claim and the draft's slip went unwarned.
  assert.deepEqual(conflicts({ wire, copy: wire.replace('Defending champion', 'Last year\u2019s champion'), draft }).draft.map((f) => f.message), ['3:21 here; 3 minutes, 12 seconds in 2 other files.']);
  const texts = (s) => allClaims(s).map((k) => `${k.kind}:${k.text}`);
  // Before, "5 time", "one feels" and "370 passengers" were counts.
  assert.deepEqual(texts('Berg lost time in the Stage 5 time trial, and this one feels like Flight 370 passengers; she was 1:20 behind at 10:30 and left at 4:15 on Sunday.'), ['duration:1:20', 'time:10:30', 'time:4:15', 'weekday:Sunday']);
});

test('a holding before the one the story tells ("previously owned around 32.5%", "down from its previous 32 percent share") is compared only with such', () => {
  const story = 'Harbourline completed its restructuring on Tuesday, turning its ferry arm into a public company controlled by the Harbourline Trust.';
  const files = outlets(story, {
    wire: 'As part of the restructuring, Valna Ports acquired a 27% ownership stake in Harbourline, cementing its position as the company\u2019s key strategic partner.',
    paper: 'Valna Ports previously owned around 32.5% of Harbourline\u2019s ferry arm before the restructuring, but keeps its position as the company\u2019s key strategic partner.',
  });
  // Before, each warned the other: "27% here; 32.5% in 1 other file".
  assert.deepEqual(conflictsIn(files), []);
  const flags = (s) => textsMarked(s, 'superseded');
  assert.deepEqual(flags('Valna Ports now owns a 27 percent stake, down from its previous 32 percent share, and formerly held 40% of the yard.'), ['27 percent', '32 percent superseded', '40% superseded']);
  assert.deepEqual(flags('Valna Ports now owns 27 percent, up from 20 percent, the previous owner said.'), ['27 percent', '20 percent']);
  // Two earlier holdings are still compared.
  assert.deepEqual(editedCopyWarnings(files, (p) => p.replace('around 32.5%', '30%'), (p) => p.replace('but keeps', 'and keeps')), ['30% here; 32.5% in 2 other files.']);
});

test('a night told by its end ("in the early hours of Sunday morning") and by its evening ("on Saturday night") is one night', () => {
  const story = 'The Kestrel ferry ran aground off Port Alder with 212 passengers aboard, and all were brought ashore by lifeboat crews, the coastguard said.';
  const at = (when) => `${story}\n\nThe Kestrel ferry ran aground on the Wexmoor sandbank ${when} after its steering failed in a storm, the coastguard said.\n`;
  const warned = (mine, theirs) => conflicts({ a: at(mine), b: at(theirs), c: at(theirs).replace('its steering', 'the steering') }).a.map((f) => f.message);
  // Before: "Sunday here; Saturday in 2 other files".
  assert.deepEqual(warned('in the early hours of Sunday morning', 'on Saturday night'), []);
  // Two early mornings, an early morning against a day, an afternoon against the night before: two days.
  for (const [mine, theirs] of [['early on Sunday', 'early on Saturday'], ['early on Sunday', 'on Saturday'], ['on Sunday afternoon', 'on Saturday night']]) assert.deepEqual(warned(mine, theirs), ['Sunday here; Saturday in 2 other files.'], mine);
});

test('a day of saying that judges what was done ("saying Saturday it was a complete success") is the report\u2019s day', () => {
  const story = 'Crews brought down the old Kestrel bridge over the Valna river with explosives, ending a two-year fight over its future.';
  const files = {
    wire: `${story}\n\nThe demolition crews brought down the old Kestrel bridge early Sunday, with Mayor Ines Varga calling it a complete success.\n`,
    paper: `${story}\n\nThe demolition crews brought down the old Kestrel bridge, with Mayor Ines Varga saying Saturday it was a complete success.\n`,
  };
  // Before, each warned the other: "Saturday here; Sunday in 1 other file".
  assert.deepEqual(conflictsIn(files), []);
  const reported = (s) => allClaims(s).filter((k) => k.kind === 'weekday').map((k) => Boolean(k.reported));
  assert.deepEqual(reported('Mayor Ines Varga, saying Saturday it was a complete success, thanked the crews.'), [true]);
  // Saying alone, or what is said of the present, may be the event: judged as before.
  assert.deepEqual(reported('The mayor said Saturday the crews were safe.'), [false]);
  assert.deepEqual(reported('The bridge came down Saturday, saying goodbye to a century.'), [false]);
});

test('a year naming an event ("the 2009 decision") is not compared with a year dating another sentence\u2019s event', () => {
  const story = 'The Valna high court on Friday overturned the Kestrel ruling on harbour rights, ending protections that fishing crews had relied on for decades.';
  const { wire, blog, paper } = outlets(story, {
    wire: 'Judge Marit Halvorsen wrote in the final opinion that the Kestrel ruling, the 2009 decision that protected the harbour rights, was wrong the day it was decided and must be overturned.',
    blog: 'The decision was widely expected after the leaking, in May 2026, of a draft opinion written by Judge Marit Halvorsen.',
    paper: 'Judge Marit Halvorsen wrote the majority opinion, joined by four other judges.',
  });
  // Before, each warned the other: "2009 here; 2026 in 1 other file".
  assert.deepEqual(conflictsIn({ wire, blog, paper }, 'wire', 'blog'), []);
  // In a copied sentence a changed year is still found.
  const copy = wire.replace('the 2009 decision', 'the 2006 decision');
  assert.equal(conflicts({ wire, copy, paper, radio: wire.replace('Judge Marit', 'Justice Marit') }).copy.length, 1);
});

test('an ordinal the other sentence also gives, of another noun, decides nothing; an acronym before the noun modifies it', () => {
  const texts = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  assert.deepEqual(texts('Valna won their 12th VBL title.'), ['ordinal:title:12th']);
  assert.deepEqual(texts('The firm hired 500 IT workers.'), ['count:worker:500 IT workers']);
  // So does a name before a plural (before, "750 IndiGo" counted IndiGos); not a name before a verb.
  assert.deepEqual(texts('On Friday, over 750 IndiGo flights were cancelled.').filter((t) => t.startsWith('count')), ['count:flight:750 IndiGo flights']);
  assert.deepEqual(texts('Twelve Norvian soldiers were hurt.'), ['count:soldier:Twelve Norvian soldiers']);
  assert.deepEqual(texts('Three Republicans voted against the bill.'), ['count:republican:Three Republicans']);
  assert.deepEqual(texts('Valna closed with a 96-71 blowout of Port Alder.'), ['tally:tally:96-71']);
  // Before: "11th here; 12th in 1 other file" both ways.
  const story = 'Valna beat Port Alder 96-71 on Sunday night to win the league final in four games, the club\u2019s first title in six years.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'Valna won a record 12th league title on the sixth anniversary of the night they won their 11th championship in the same arena.',
    radio: 'Valna locked up their record 12th championship with a 96-71 blowout of Port Alder in the same arena on Sunday night.',
    paper: 'Valna celebrated the sixth anniversary of its 11th title by winning the final in the same arena.',
  });
  assert.deepEqual(conflictsIn({ wire, radio, paper }), []);
});

test('two sentences counting the same two things or more are about one list; spellings differing in case are one value', () => {
  // Before, the list sentences shared three context words only and were never paired.
  const story = 'Mayor Ana Ruiz swore in her new council cabinet in Valna on Monday, a week after the coalition deal was signed.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'The new cabinet comprises 21 members, including 8 Cabinet Councillors, 4 Councillors of State with Independent Charge, and 9 Councillors of State.',
    radio: 'In total, 21 members were sworn in, including 8 cabinet councillors, 9 Councillors of State and four Councillors of State with independent charge.',
    paper: 'During the ceremony, 9 Cabinet Councillors, four Councillors of State (Independent Charge) and nine Councillors of State took oath.',
  });
  const found = conflicts({ wire, radio, paper }).paper;
  // "8 Cabinet" and "8 cabinet" are one value, shown and offered in this file's spelling.
  assert.deepEqual(found.map((f) => f.message), ['9 Cabinet here; 8 Cabinet in 2 other files.']);
  assert.deepEqual(found[0].fixes[0].edits.map((e) => e.newText), ['8 Cabinet']);
});

test('two people\u2019s figures in sentences of the same words are not compared; a named holder in the other sentence still is', () => {
  const story = 'Valna beat Port Alder 96-71 on Monday night to win the league final.';
  const { a, b } = outlets(story, {
    a: 'Ana Ruiz finished with 31 points and 11 assists in the win over Port Alder on Monday night.',
    b: 'Lena Berg finished with 21 points and 6 assists in the win over Port Alder on Monday night.',
  });
  // Before: "31 points here; 21 points in 1 other file" and the same for assists, both ways.
  assert.deepEqual(conflictsIn({ a, b }), []);
  // The other sentence names the holder: the figures are one player's, and a changed one is found.
  const { c } = outlets(story, { c: 'Port Alder had no answer as Ana Ruiz finished with 29 points and 11 assists on Monday night.' });
  assert.deepEqual(conflicts({ a, c, d: a.replace('in the win', 'in the final') }).c.map((f) => f.message), ['29 points here; 31 points in 2 other files.']);
});

test('a weekday paired through names alone is not compared: the same officials speak on several days', () => {
  const story = 'Floodwater closed the Dock Road depot in Port Alder on Tuesday after the harbour wall gave way during the storm surge.';
  const { wire, radio } = outlets(story, {
    wire: 'Officials including Harbour Mayor Elin Vasquez and Fire Chief Omar Reyes said Wednesday afternoon that the flooded depot remains the centre of the cleanup.',
    radio: 'On Thursday morning, Harbour Mayor Elin Vasquez told reporters that she remained focused on the cleanup, which she called her first priority.',
  });
  // Before, the names, "remain" and "cleanup" paired the two days: each warned the other.
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // One statement's day given differently is still found when the sentences share what was said.
  const said = (day) => `Harbour Mayor Elin Vasquez told reporters on ${day} that the flooded depot would stay closed until the harbour wall is rebuilt.`;
  const files = outlets(story, { wire: said('Wednesday'), radio: said('Thursday') });
  assert.equal(conflictsIn(files).length, 2);
});

test('two clock times of differently named things are not compared: a collapse at 1:27 a.m., a briefing at 3:40 p.m.', () => {
  const story = 'The Dock Road bridge in Port Alder collapsed early on Tuesday after a cargo barge struck one of its piers during the storm.';
  const { wire, radio } = outlets(story, {
    wire: 'Harbour Mayor Elin Vasquez said Tuesday evening during a news conference that the crews would search the river through the night following the bridge\u2019s collapse at 1:27 a.m.',
    radio: 'Mayor Elin Vasquez spoke at a news conference at 3:40 p.m. on Tuesday, following the collapse of the Dock Road bridge.',
  });
  // Before, "news conference" and "following the collapse" paired them: 1:27 a.m. against 3:40 p.m.
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  const anchors = (s) => claims(s).length && allClaims(s).filter((k) => k.kind === 'time').map((k) => k.anchor);
  assert.deepEqual(anchors('The bridge\u2019s collapse at about 1:27 a.m. was filmed, and the warning until 8pm stays.'), ['collapse', undefined]);
  // The same thing timed differently is still found.
  const collapse = (t) => `The bridge collapsed after the barge struck its pier, and the crews said the collapse at ${t} was filmed from the harbour wall.`;
  assert.equal(conflictsIn(outlets(story, { wire: collapse('1:27 a.m.'), radio: collapse('2:27 a.m.') })).length, 2);
});

test('a possessive weekday names a thing by its day: compared only with a sentence that speaks of that thing', () => {
  const story = 'Kestrel Air cancelled hundreds of flights across Europe after a faulty software update took its check-in systems offline on Friday.';
  const { wire, radio } = outlets(story, {
    wire: '\u201CAdditional cancellations are expected as some of our systems continue to recover from Friday morning\u2019s software fault,\u201D Kestrel Air said.',
    radio: 'Kestrel Air said that as of 2pm on Saturday, more than 300 flights had been cancelled, adding that additional cancellations were expected.',
  });
  // Before, the fault's Friday warned the cancellations' Saturday, both ways.
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  assert.deepEqual(claims('Turnout was low in Thursday\u2019s by-election.').length, 1);
  // "Thursday's by-election" still dates the by-election another outlet gives another day.
  const vote = (s) => `Turnout in ${s} in the Kessel ward was the lowest since the ward was drawn, at barely one voter in five.`;
  const files = outlets('Voters in Kessel chose a new councillor this week after the death of the long-serving member.', { wire: vote('Thursday\u2019s by-election'), radio: vote('the by-election on Wednesday') });
  assert.equal(conflictsIn(files).length, 2);
});

test('a span of two years written as one ("1998/99", "2019-20") is compared only with spans', () => {
  const texts = (s) => claims(s).map((k) => `${k.kind}:${k.unit}:${k.text}`);
  // Before, "1998/99" was the year 1998, and the "99" of "1998-99 season" a count of 99 seasons.
  assert.deepEqual(texts('Harbour City last won it in the 1998-99 season and the 2019\u201320 campaign.'), ['year:year span:1998-99', 'year:year span:2019\u201320']);
  assert.deepEqual(texts('Profit rose in fiscal 2023/2024, and in 2019-2021.'), ['year:year span:2023/2024', 'year:year:2019', 'year:year:2021']);
  const story = 'Harbour City won the cup final 1-0 in Valna on Saturday to complete a league and cup double for the first time in a generation.';
  const match = (when) => `The win lets Harbour City match the double their rivals Port Alder won in ${when}, the only other time a club from the coast has done it.`;
  assert.deepEqual(conflictsIn(outlets(story, { wire: match('the 1998/99 season'), radio: match('1999') })), []);
  assert.equal(conflictsIn(outlets(story, { wire: match('the 1998/99 season'), radio: match('the 1997/98 season') })).length, 2);
});

test('a figure analysts expected is compared only with expected figures', () => {
  const forecast = (s) => allClaims(s).filter((k) => k.forecast).map((k) => k.text);
  assert.deepEqual(forecast('Kestrel reported revenue of $4.93 billion, beating analysts\u2019 estimates of $4.88 billion.'), ['$4.88 billion']);
  assert.deepEqual(forecast('Analysts had expected revenue of $4.88 billion and earnings of 83 cents a share.'), ['$4.88 billion', '83 cents']);
  assert.deepEqual(forecast('Revenue rose 47% to $4.93 billion, above the $4.88 billion analysts had expected.'), ['$4.88 billion']);
  // An approximation, the reported figure after "as expected" or "beat expectations with" are no forecasts.
  assert.deepEqual(forecast('An estimated 300 people marched. As expected, revenue rose to $5 billion. It beat expectations with revenue of $4.93 billion.'), []);
  // "466,140 versus 444,569": no count of "versus".
  assert.deepEqual(claims('Deliveries were 466,140 versus 444,569 estimated by analysts.'), []);
  const story = 'Kestrel Motors reported its second-quarter results on Wednesday, with record deliveries of its electric vans across Europe and Asia.';
  const files = outlets(story, {
    wire: 'Kestrel reported revenue of $4.93 billion for the quarter, beating analysts\u2019 estimates of $4.88 billion, and earnings per share of 91 cents.',
    paper: 'Kestrel posted quarterly revenue of $4.93 billion, up 47% from a year earlier, and earnings of 91 cents a share.',
    blog: 'Analysts had expected revenue of $4.88 billion and earnings of 83 cents a share for the quarter, according to LSEG data.',
  });
  // Before, the analysts' 83 cents warned against the 91 cents reported.
  assert.deepEqual(conflictsIn(files), []);
  // A reported figure given differently is still found.
  assert.equal(conflictsIn({ ...files, blog: files.paper.replace('91 cents', '97 cents') }, 'blog').length, 1);
});

test('"Q2" and "H1" are periods; two files whose leads name different quarters are two stories', () => {
  const periods = (s) => lib.analyzeDocument(`${s}\n`).claimSentences.map((c) => c.periods);
  assert.deepEqual(periods('Kestrel Q2 revenue rose 5%. H1 profit fell 12%. Its H1-B visa cost $460.'), [['second quarter'], ['first half'], []]);
  // Two previews from one template, of two quarters: before, every figure warned the other file's.
  const preview = (quarter, day, eps, beat, up, down) =>
    [
      `Kestrel Motors is scheduled to announce ${quarter} earnings results on Wednesday, ${day}, after market close.`,
      `The consensus EPS estimate is $${eps} and the consensus revenue estimate is $5.3 billion.`,
      `Over the last 2 years, Kestrel has beaten EPS estimates ${beat}% of the time and has beaten revenue estimates 63% of the time.`,
      `Over the last 3 months, EPS estimates have seen ${up} upward revisions and ${down} downward.`,
    ].join('\n\n') + '\n';
  const files = { q2: preview('Q2', 'July 22', '0.28', 50, 8, 6), q4: preview('Q4', 'January 27', '1.03', 63, 10, 1) };
  assert.deepEqual(conflictsIn(files), []);
  // The same quarter's two previews are one story: a figure given differently is found.
  assert.ok(conflictsIn({ a: preview('Q2', 'July 22', '0.28', 50, 8, 6), b: preview('Q2', 'July 22', '0.28', 50, 9, 6) }).length > 0);
});

test('a storm\u2019s category is one claim; the category a change reached is not the one at landfall', () => {
  const texts = (s) => claims(s).map((k) => `${k.unit}:${k.text}`);
  // Before, "Category 1 storm" was a count of one storm.
  assert.deepEqual(texts('Ilsa made landfall as a Category 3 storm.'), ['storm category:Category 3']);
  const story = 'Hurricane Ilsa struck the coast of Valna overnight, flooding the harbour district and cutting power to 40,000 homes.';
  const files = outlets(story, {
    wire: 'Ilsa weakened to a Category 1 storm but still had winds of up to 85 miles per hour on Thursday morning, according to the Valna weather office.',
    radio: 'According to the Valna weather office, Ilsa made landfall as a Category 3 storm near the harbour on Thursday morning.',
  });
  assert.deepEqual(conflictsIn(files), []);
  // A landfall's category given differently is found.
  assert.equal(conflictsIn({ ...files, wire: files.radio.replace('Category 3', 'Category 4') }).length, 2);
});

test('a month right after a count and its noun is the count\u2019s period: "added 150,000 jobs in October"', () => {
  const periods = (s) => lib.analyzeDocument(`${s}\n`).claimSentences.map((c) => c.periods);
  assert.deepEqual(periods('The region added 15,000 jobs in October.'), [['month october']]);
  const story = 'Employers in the Valna region hired fewer people than forecast last month as a strike at the shipyards dragged on, the statistics office said.';
  const files = outlets(story, {
    wire: 'The Valna region added 15,000 jobs in October as hiring slowed during the shipyard strike, according to data released Friday by the statistics office.',
    radio: 'The gain was much lower than in September, when the region added nearly 30,000 jobs, according to revised data from the statistics office.',
  });
  // Before, September's 30,000 warned October's 15,000, both ways.
  assert.deepEqual(conflictsIn(files), []);
});

test('people aboard: "passengers and crew" count everyone, a list after "carrying" and a vehicle\u2019s "carried" say aboard', () => {
  const aboard = (s) => claims(s).length && lib.analyzeDocument(`${s}\n`).claimSentences.flatMap((c) => c.claims.filter((k) => k.aboard).map((k) => `${k.unit}:${k.text}`));
  assert.deepEqual(aboard('The jet was carrying 182 passengers and crew.'), ['people:182 passengers and crew']);
  // A crew in such a list is not compared: one list counts it with its pilots, another without.
  assert.deepEqual(aboard('The aircraft was carrying two pilots, five crew members, and 170 passengers.'), ['passenger:170 passengers']);
  assert.deepEqual(aboard('The plane, registered VT-XYZ, carried 170 passengers.'), ['passenger:170 passengers']);
  assert.deepEqual(aboard('The airline carried 40 million passengers last year.'), []);
  assert.deepEqual(aboard('The ferry service carried 1.7 million passengers in 2024.'), []);
  const story = 'A Kestrel Air jet bound for Valna crashed shortly after take-off from Port Alder on Thursday, and one passenger survived.';
  const files = outlets(story, {
    wire: 'The aircraft was carrying two pilots, five crew members, and 170 passengers, the airline said.',
    paper: 'The plane, registered VT-XYZ, carried 170 passengers, five cabin crew members and two pilots.',
    blog: 'Kestrel Air flight 42 was carrying 177 people, 170 passengers and seven crew.',
    radio: 'A Kestrel Air jet carrying 177 passengers crashed shortly after take-off, with one survivor.',
  });
  // Before, the radio's "177 passengers" (a real error: 177 people) met no other count of passengers aboard.
  assert.deepEqual(conflictsIn(files).map((f) => f.message), ['177 passengers here; 170 passengers in 3 other files.']);
});

test('"37 out of 150 seats": the part is a count of seats, the total is compared only with totals', () => {
  const texts = (s) => claims(s).map((k) => `${k.unit}:${k.text}`);
  // Before, "37" was no claim and "150 seats" a count of seats like any other.
  assert.deepEqual(texts('The Harbour Party won 37 out of 150 seats.'), ['seat:37', 'seat:150 seats']);
  assert.deepEqual(lib.analyzeDocument('The Harbour Party won 37 out of 150 seats.\n').claimSentences[0].claims.map((k) => !!k.total), [false, true]);
  const story = 'The Harbour Party won the most seats in the Valna parliamentary election on Wednesday, ahead of the Coast Alliance.';
  const files = outlets(story, {
    wire: 'In a surprising twist, the Harbour Party of Ana Ruiz has won the most seats at the Valna election, winning 37 out of 150 seats.',
    radio: 'The Harbour Party of Ana Ruiz won the most seats at the Valna election, with 37 seats, the electoral commission said.',
    paper: 'The Harbour Party of Ana Ruiz has won the most seats at the Valna election, taking 36 seats, early results showed.',
  });
  // The parliament's 150 seats warned nothing before only because the part was unread: now the part is compared.
  assert.deepEqual(conflictsIn(files).map((f) => f.message), ['36 seats here; 37 seats in 2 other files.']);
  // "All 150 seats" is the whole too. Before, a file giving results "for all 150 constituencies" was
  // warned against another's "for 149 of the 150 constituencies", both ways.
  const results = (v) => `The electoral commission has declared results for ${v} Valna constituencies, with the Harbour Party winning 37 seats and the Coast Alliance 31.\n`;
  assert.equal(lib.analyzeDocument(results('all 150')).claimSentences[0].claims[0].total, true);
  assert.deepEqual(conflicts({ a: results('149 of the 150'), b: results('all 150') }), { a: [], b: [] });
  // The part's noun may come between: "two survivors out of 181 passengers and crew" gives the whole.
  // Before, real coverage of a plane crash warned it against another outlet's "179 people lost their lives".
  const crash = {
    a: 'The Valna Air flight 518 crash at Kestrel International Airport on Sunday, December 29, left only two survivors out of 181 passengers and crew. The Airbus, flying in from Port Alder, tried an emergency landing at Kestrel, Norland, but slid without its landing gear, struck a concrete barrier and caught fire. Witnesses heard "loud bangs" as the plane hit the barrier. More than 1,200 rescue workers were sent to the airport.\n',
    b: 'In a tragic incident on Sunday, 179 people lost their lives when a Valna Air flight belly-landed and skidded off the runway at Kestrel International Airport in Norland. The airliner, flight 518, was arriving from Port Alder with 175 passengers and six crew members on board when the crash happened shortly after 9 a.m. local time.\n',
  };
  assert.deepEqual(conflicts(crash), { a: [], b: [] });
  assert.equal(lib.analyzeDocument(crash.a).claimSentences[0].claims.find((k) => k.text === '181 passengers and crew').total, true);
});

test('figures of the earlier event a superlative is measured against ("the deadliest … since a gunman killed 20 …") are compared only with such', () => {
  const refs = (s) => lib.analyzeDocument(`${s}\n`).claimSentences.flatMap((c) => c.claims.filter((k) => k.reference).map((k) => k.text));
  assert.deepEqual(refs('It was the deadliest fire in the region since a blaze killed 31 people in Kessel in 2009.'), ['31 people', '2009']);
  // After a possessive too (before, a year of this event): the one before "his mother" did so.
  assert.deepEqual(refs('He became the first harbour master to open the session since his mother, Ilse Marrow, in 1977.'), ['1977']);
  // "Since" a date is a date.
  assert.deepEqual(refs('The first rise since June lifted the rate to 5.25%.'), []);
  const story = 'A fire at a warehouse in Port Alder killed 12 people on Tuesday, the harbour fire service said.';
  const files = outlets(story, {
    wire: 'A fire killed 12 people in a warehouse in Port Alder on Tuesday, the fire service said.',
    paper: 'The fire in Port Alder was the deadliest in the region since a blaze killed 31 people in a warehouse in Kessel.',
  });
  // Before, Kessel's 31 dead warned Port Alder's 12.
  assert.deepEqual(conflictsIn(files), []);
});

// A line of many figures is grouped by sort once (LikeClaims), not walked per figure: its figures
// must still pair in order, and a changed one still be found.
test('a results line of 40 figures pairs them in order: the one changed is warned, the rest agree', () => {
  const line = (changed) =>
    Array.from({ length: 20 }, (_, k) => `Harbour Rowing Club crew ${k + 1} finished in ${k === 7 ? changed : 40 + k} minutes with ${100 + k} strokes`).join(', ') + '.';
  const found = conflictsIn({ a: `${line(47)}\n`, b: `${line(74)}\n`, c: `${line(47)}\n` });
  assert.deepEqual(found.map((f) => f.message), ['74 minutes here; 47 minutes in 2 other files.']);
});

test('a figure an earlier report gave ("initially said five people were on board") is compared only with such', () => {
  const story = 'A seaplane crashed into the hills above Port Alder on Sunday morning, killing everyone on board, the harbour police said.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'The harbour police said nine people were on board the seaplane and none survived the crash in the hills.',
    radio: 'Nine people were on board the seaplane and none survived the crash in the hills, the harbour police said.',
    paper: 'The harbour police initially said five people were on board the seaplane and none survived the crash in the hills.',
  });
  assert.deepEqual(conflictsIn({ wire, radio, paper }), []);
  // "Previously, …" and "had earlier reported" are earlier reports too.
  for (const s of ['Previously, five people were reported on board the seaplane that crashed in the hills, the harbour police said.', 'The harbour police had earlier reported five people on board the seaplane that crashed in the hills.']) {
    assert.deepEqual(conflictsIn({ wire, radio, paper: outlets(story, { paper: s }).paper }), [], s);
  }
  // Without the earlier report's word, and past a "but", the figure is the story's own.
  assert.equal(conflictsIn({ wire, radio, paper: paper.replace('initially ', '') }, 'paper').length, 1);
  const later = outlets(story, { paper: 'The harbour police initially gave no figure, but later said five people were on board the seaplane and none survived the crash in the hills.' }).paper;
  assert.equal(conflictsIn({ wire, radio, paper: later }, 'paper').length, 1);
  // The first to report a figure is not an earlier figure.
  const superseded = (t) => allClaims(t).map((k) => Boolean(k.superseded));
  assert.deepEqual(superseded('The Valna Courier first reported that nine people were on board.'), [false]);
  assert.deepEqual(superseded('The harbour police initially said five people were on board.'), [true]);
});

test('a weekday of a news briefing or after "reporting" is the day of a report; counts told on two days are not compared', () => {
  assert.deepEqual(weekdaysReported('The toll rose to 11, while 151 are missing, the mayor said at a Monday news conference.'), [true]);
  assert.deepEqual(weekdaysReported('The toll rose to 36, the mayor said Tuesday afternoon at a news briefing.'), [true]);
  assert.deepEqual(weekdaysReported('Rescuers found more victims, with officials reporting Tuesday that eight more bodies were recovered.'), [true]);
  // The event's own day stays the event's.
  assert.deepEqual(weekdaysReported('The tower collapsed on Thursday, the mayor said.'), [false]);
  const story = 'Rescuers searched the rubble of the collapsed Harwick apartment tower again as the toll of the disaster rose.';
  const { monday, tuesday } = outlets(story, {
    monday: 'Two more bodies were pulled from the rubble of the Harwick tower, bringing the toll to 11, the mayor said at a Monday news conference.',
    tuesday: 'Eight more bodies were pulled from the rubble of the Harwick tower, bringing the toll to 36, the mayor said Tuesday afternoon at a news briefing.',
  });
  assert.deepEqual(conflictsIn({ monday, tuesday }), []);
  // Told on the same day, the two tolls are compared.
  assert.equal(conflictsIn({ monday, tuesday: tuesday.replace('Tuesday afternoon', 'Monday afternoon') }).length, 2);
});

test('a weekday in an attribution between commas, or on which a toll was told, is the day of a report', () => {
  assert.deepEqual(weekdaysReported('The quake has killed at least 140 people, officials said Saturday, leaving hundreds homeless.'), [true]);
  assert.deepEqual(weekdaysReported('The quake has killed at least 140 people, the island council said on Saturday morning, leaving hundreds homeless.'), [true]);
  assert.deepEqual(weekdaysReported('The island council announced Saturday that the provisional toll of the quake had reached 61.'), [true]);
  assert.deepEqual(weekdaysReported('Officials said on Sunday the death toll had risen to 140.'), [true]);
  // An aside dating something, and a day said of the event, stay the event's.
  assert.deepEqual(weekdaysReported('The fire, which broke out on Monday, destroyed the depot.'), [false]);
  assert.deepEqual(weekdaysReported('The quake struck on Friday, the council said, and destroyed the harbour.'), [false]);
  assert.deepEqual(weekdaysReported('The council said Saturday that the harbour wall had collapsed.'), [false]);
  const story = 'A powerful earthquake struck the island of Valna late at night, destroying villages in the mountains above the harbour.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'The death toll from the quake that struck the mountains above Valna harbour on Friday night has risen to 140, with 90 injured.',
    radio: 'The island council announced Saturday that the provisional toll of the quake that struck the mountains above Valna harbour last night had reached 140, with 90 injured.',
    paper: 'The quake that struck the mountains above Valna harbour has killed at least 140 people and injured 90, officials said Saturday, leaving hundreds homeless.',
  });
  assert.deepEqual(conflictsIn({ wire, radio, paper }), []);
});

test('a count "as of" a day is a report of that day; distances from two places are two facts', () => {
  assert.deepEqual(weekdaysReported('The toll from the derailment has reached 61 as of Sunday morning.'), [true]);
  assert.deepEqual(weekdaysReported('As of early Monday, 61 people had died in the derailment.'), [true]);
  const story = 'An express train derailed near Kestrel Junction in the hill district on Friday evening and struck a goods train standing on the next track.';
  const { wire, radio } = outlets(story, {
    wire: 'The toll from the derailment of the express near Kestrel Junction on Friday evening has risen to over 40.',
    radio: 'The toll from the derailment of the express near Kestrel Junction has reached 61 as of Sunday morning.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  const from = (s) => allClaims(s).map((k) => k.from);
  assert.deepEqual(from('The junction lies 72 kilometres (45 miles) south-west of Port Alder.'), ['port', 'port']);
  assert.deepEqual(from('The train had run 300 km of track.'), [undefined]);
  const where = outlets(story, {
    wire: 'The derailment happened near Kestrel Junction, about 250 km south of Port Alder.',
    radio: 'The derailment happened near Kestrel Junction, approximately 170 km north of Harwick.',
    paper: 'The derailment happened near Kestrel Junction, about 190 km south of Port Alder.',
  });
  // From two places, no conflict; from the same one, still found.
  assert.deepEqual(conflictsIn({ wire: where.wire, radio: where.radio }), []);
  assert.equal(conflictsIn({ wire: where.wire, paper: where.paper }).length, 2);
});

test('a length of something ("14 years of rule") and the time between two events ("five years after the loss") are not compared', () => {
  const spans = (s) => allClaims(s).filter((k) => k.kind === 'duration').map((k) => k.span);
  assert.deepEqual(spans('The vote ended 14 years of Harbour Party rule, five years after its worst defeat.'), ['of', 'gap']);
  const story = 'Ana Ruiz will become mayor of Harwick later today after her Civic Alliance won the council election by a landslide.';
  const { wire, radio } = outlets(story, {
    wire: 'Ruiz will become mayor of Harwick later today, bringing an end to 14 years of Harbour Party rule.',
    radio: 'Ruiz will become mayor of Harwick later today, less than five years after the alliance was founded.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // Two lengths, or two gaps, are still compared.
  assert.equal(conflictsIn({ wire, radio: wire.replace('14 years', '12 years') }).length, 2);
  assert.equal(conflictsIn({ wire: radio.replace('five years', 'three years'), radio }).length, 2);
});

test('a day after "since" (a state\'s start) is not compared with the day of an event', () => {
  const since = (s) => allClaims(s).filter((k) => k.kind === 'date' || k.kind === 'weekday').map((k) => Boolean(k.since));
  assert.deepEqual(since('The mayor, at her harbour cottage since July 17, resigned after the debate on June 27.'), [true, false]);
  assert.deepEqual(since('The bridge has been closed since Monday.'), [true]);
  const story = 'Mayor Ana Ruiz of Harwick announced on Sunday that she will not stand for a second term, ending weeks of pressure from her own party.';
  const { wire, radio } = outlets(story, {
    wire: 'Ruiz, who has been at her harbour cottage since July 17 recovering from flu, announced her decision in a letter to the council.',
    radio: 'Ruiz, recovering from flu at her harbour cottage, has faced growing pressure to step aside since a shaky debate performance on June 27.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // Two starts are compared.
  assert.equal(conflictsIn({ wire, radio: wire.replace('July 17', 'July 15') }).length, 2);
});

test('an average ("averaging 20.8 points, 5.4 rebounds and five assists", "28 points per game") is compared only with averages', () => {
  const avg = (s) => allClaims(s).map((k) => Boolean(k.average));
  assert.deepEqual(avg('Ruiz was named the final\'s best player after averaging 20.8 points, 5.4 rebounds and five assists.'), [true, true, true]);
  assert.deepEqual(avg('Berg scored 28 points per game in the series.'), [true]);
  assert.deepEqual(avg('Ruiz added 21 points, eight rebounds and six assists.'), [false, false, false]);
  const story = 'The Harwick Gulls beat the Port Alder Kestrels 106-88 in the fifth game of the Harbour League final to win the title.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'Ana Ruiz was named the final\'s best player after averaging 20.8 points, 5.4 rebounds and five assists in the series.',
    radio: 'Ana Ruiz was named the final\'s best player after adding 21 points, eight rebounds and six assists in the series decider.',
    paper: 'Ana Ruiz was named the final\'s best player after averaging 20.8 points, 5.4 rebounds and six assists in the series.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // Two averages are compared.
  assert.equal(conflictsIn({ wire, paper }).length, 2);
});

test('an ISO date ("2022-12-19") is no year and score; minutes after "after" are a moment of the game; values shown alike are counted once', () => {
  const texts = (s) => allClaims(s).map((k) => `${k.kind}:${k.text}`);
  assert.deepEqual(texts('The ferry Valna Star sank on Sunday, the harbour log dated 2026-03-02 shows.'), ['weekday:Sunday']);
  assert.deepEqual(texts('Harwick won 12-19 in 2026.'), ['tally:12-19', 'year:2026']);
  const moment = (s) => allClaims(s).filter((k) => k.kind === 'duration').map((k) => Boolean(k.remaining));
  assert.deepEqual(moment('Harwick recovered from 2-0 down after 80 minutes to draw 3-3.'), [true]);
  assert.deepEqual(moment('The final was drawn 3-3 over 120 minutes.'), [false]);
  const story = 'Harwick Rovers won the Valna Cup on Sunday, beating Port Alder on penalties in the final at the harbour ground.';
  const { wire, radio } = outlets(story, {
    wire: 'Rovers had recovered from 2-0 down after 80 minutes of the final to force extra time and then the shootout.',
    radio: 'Rovers and Port Alder were level at 3-3 after 120 minutes of the final, sending it to extra time and then the shootout.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  // Two files giving one figure, one with "more than", are one value in the message.
  const meeting = 'The Harwick harbour council met on Monday evening to vote on the repairs to the old bridge over the river.';
  const files = outlets(meeting, {
    draft: 'The council debated the bridge repairs for 45 minutes before the vote on Monday evening.',
    wire: 'The council debated the bridge repairs for more than 90 minutes before the vote on Monday evening.',
    radio: 'The council debated the bridge repairs for 90 minutes before the vote on Monday evening.',
  });
  assert.deepEqual(conflicts(files).draft.map((f) => f.message), ['45 minutes here; 90 minutes in 2 other files.']);
});

test('a duration in two units ("22 years and six months") is one duration, agreeing with "22.5 years" and "270 months"', () => {
  const texts = (s) => allClaims(s).map((k) => `${k.kind}:${k.text}`);
  assert.deepEqual(texts('Ruiz was jailed for 22 years and six months.'), ['duration:22 years and six months']);
  assert.deepEqual(texts('The talks lasted two hours and 15 minutes.'), ['duration:two hours and 15 minutes']);
  // Two durations of two things stay two.
  assert.deepEqual(texts('Ruiz served 22 years and her partner six months.'), ['duration:22 years', 'duration:six months']);
  const story = 'Former harbour master Ana Ruiz was sentenced in Harwick on Friday for the fraud that emptied the ferry fund.';
  const { wire, radio, paper } = outlets(story, {
    wire: 'Judge Tomas Brek sentenced Ruiz to 22 years and six months in prison for the fraud.',
    radio: 'Judge Tomas Brek sentenced Ruiz to 22.5 years in prison for the fraud.',
    paper: 'Judge Tomas Brek sentenced Ruiz to 270 months in prison for the fraud.',
  });
  assert.deepEqual(conflictsIn({ wire, radio, paper }), []);
});

test('a weekday dating a running count\u2019s new figure ("the toll rose to 143 on Wednesday") is the day of a report', () => {
  assert.deepEqual(weekdaysReported('The death toll from the Harwick landslide rose to 143 on Wednesday.'), [true]);
  assert.deepEqual(weekdaysReported('The death toll reached 143 Wednesday, officials said.'), [true]);
  assert.deepEqual(weekdaysReported('The river rose to 4 metres on Wednesday.'), [false]);
  const story = 'Rescuers dug through the mud of the Harwick landslides in the hills above the harbour town as the rain went on.';
  const { wire, radio } = outlets(story, {
    wire: 'The death toll from Tuesday\u2019s landslides in the hills above Harwick has risen to 63, the revenue minister\u2019s office said.',
    radio: 'The death toll from the landslides in the hills above Harwick rose to 143 on Wednesday, the health department said.',
  });
  assert.deepEqual(conflictsIn({ wire, radio }).filter((f) => /day/.test(f.message)), []);
});

test('a weekday dating a running count\u2019s new step ("Two more bodies were pulled … Monday") is compared only with another step', () => {
  const story = 'Rescuers searched the rubble of the collapsed Harwick apartment tower again as relatives waited at the harbour.';
  const { patch, wire } = outlets(story, {
    patch: 'Two more bodies were pulled from the rubble of the partially collapsed Harwick tower on Monday.',
    wire: 'The task of recovering the bodies from the rubble of the partially collapsed Harwick tower continued into Friday.',
  });
  assert.deepEqual(conflictsIn({ patch, wire }), []);
  // Two outlets telling the same step on different days are still compared.
  const { radio } = outlets(story, { radio: 'Two more bodies were pulled from the rubble of the partially collapsed Harwick tower on Tuesday.' });
  assert.equal(conflictsIn({ patch, radio }).length, 2);
  // Two steps of the count, on two days: "Another 15 victims … Friday" is not "Two more bodies … Monday".
  const { post } = outlets(story, { post: 'Another 15 victims were recovered on Friday from the rubble of the partially collapsed Harwick tower, officials said.' });
  assert.deepEqual(conflictsIn({ patch, post }), []);
});

test('an embedded post\u2019s signature ("\u2014 Name (@handle) December 7, 2026") gives no claim: its date is the post\u2019s', () => {
  const texts = (s) => allClaims(s).map((k) => k.text);
  assert.deepEqual(texts('\u2014 Ilse Brandt (@HarwickMayor) December 7, 2026'), []);
  assert.deepEqual(texts('Ilse Brandt posted on December 7, 2026 that the ferry would sail.'), ['December 7', '2026']);
  const story = 'The mayor of Harwick thanked the ferry crews on social media as the harbour reopened after the storm.';
  const { a, b } = outlets(story, {
    a: 'To our crews and all the volunteers who saved the harbour, thank you.\n\u2014 Ilse Brandt (@HarwickMayor) December 7, 2026',
    b: 'You rebuilt the harbour in one winter, and the town is grateful.\n\u2014 Ilse Brandt (@HarwickMayor) November 29, 2026',
  });
  assert.deepEqual(conflictsIn({ a, b }), []);
});

test('a range ("30 to 60 cm", "two to three weeks", "between 10 and 20 people") holds every figure between its ends; two ranges are compared end by end', () => {
  const spans = (s) => allClaims(s).map((k) => [k.text, k.low, k.high]);
  assert.deepEqual(spans('Waves of 30 to 60 cm reached the Varde coast.'), [['30 to 60 cm', 0.295, 0.605]]);
  assert.deepEqual(spans('Repairs at the Varde pier will take two to three weeks.'), [['two to three weeks', 10.5, 24.5]]);
  assert.deepEqual(spans('Between 10 and 20 people were hurt at the Varde pier.').map(([t]) => t), ['Between 10 and 20 people']);
  // A change's start and end, a model's parts, a phone number and a car's sprint are no ranges.
  assert.deepEqual(spans('Fares at Varde rose from 30 to 60 percent.').map(([t]) => t), ['60 percent']);
  assert.deepEqual(spans('The airline ordered 12 Airbus A350-900 jets.').some(([t]) => t.includes('350-')), false);
  assert.deepEqual(spans('Call the Varde office at (555) 648-9109 today.').some(([t]) => t.includes('648-')), false);
  assert.deepEqual(spans('The Varde coupe does 0-60 mph in 4.5 seconds.').some(([t]) => t.startsWith('0-')), false);
  const story = 'A magnitude 7.9 earthquake off the Varde coast sent a tsunami towards the northern fishing towns overnight.';
  const { a, b, c } = outlets(story, {
    a: 'Tsunami waves of 30 to 60 cm were recorded in the harbours of Norvik and Tessel, the coastguard said.',
    b: 'Tsunami waves of 40 centimetres were recorded in the harbours of Norvik and Tessel, the coastguard said.',
    c: 'Tsunami waves of 30 to 80 cm were recorded in the harbours of Norvik and Tessel, the coastguard said.',
  });
  // Before, the range was read as its upper end: "60 cm here; 40 centimetres in 1 other file", both ways.
  assert.deepEqual(conflictsIn({ a, b }), []);
  const [f] = conflictsIn({ a, c });
  assert.match(f.message, /^30 to (?:60|80) cm here; 30 to (?:60|80) cm in 1 other file\.$/);
});

test('a margin around a forecast ("plus or minus 2%", "(\u00B12%)", "+/- 2%") is no figure of its own', () => {
  const texts = (s) => allClaims(s).map((k) => k.text);
  assert.deepEqual(texts('Norvik Marine expects revenue of $6.5 billion, plus or minus 2%, next quarter.'), ['$6.5 billion']);
  assert.deepEqual(texts('It forecast $6.5 billion in revenue (\u00B12%) for the quarter.'), ['$6.5 billion']);
  assert.deepEqual(texts('Guidance is $6.5 billion +/- 2% for the quarter, and 40% margins.'), ['$6.5 billion', '40%']);
  // Before, each margin was a percentage of its own, and one outlet's "62% year-over-year" was warned against another's "plus or minus 2%".
});

test('a weekday dating a start ("The strike began on Monday") is when something that goes on started: compared only with such days', () => {
  const story = 'Dock workers in Varde walked out over pay, and the port authority said ferries to the islands were cancelled.';
  const { began, resigned, other } = outlets(story, {
    began: 'The strike began on Monday demanding that the port authority lift the pay freeze and tackle corruption at the docks.',
    resigned: 'The port authority chief resigned on Tuesday following days of strikes over the pay freeze and corruption at the docks.',
    other: 'The strike began on Sunday demanding that the port authority lift the pay freeze and tackle corruption at the docks.',
  });
  // Before, "Monday here; Tuesday in 1 other file": the strike's start against the resignation's day.
  assert.deepEqual(conflictsIn({ began, resigned }), []);
  // Two starts are still compared.
  assert.equal(conflictsIn({ began, other }).length, 2);
});

test('a year after "whose" names a thing ("whose 1970 debut album"): not compared with a year dating another deed', () => {
  const label = (s) => allClaims(s).filter((k) => k.kind === 'year').map((k) => [k.text, Boolean(k.label)]);
  assert.deepEqual(label('Born in Varde in 1948, Berg rose to fame with the Gulls, whose 1970 debut album became a classic.'), [['1948', false], ['1970', true]]);
  const story = 'Lena Berg, the singer of the Harbour Gulls, has died at the age of 76, weeks after a farewell concert in Varde.';
  const { a, b } = outlets(story, {
    a: 'Born in Varde in 1948, Berg rose to fame with the Harbour Gulls, whose 1970 debut album became a cornerstone of folk rock.',
    b: 'Lena Berg, born in Varde on December 3, 1948, co-founded the Harbour Gulls in 1968, and their debut album became a cornerstone of folk rock.',
  });
  // Before, "1970 here; 1968 in 1 other file", both ways: the album's year against the band's founding.
  assert.deepEqual(conflictsIn({ a, b }), []);
});

test('a bound ("up to 3m") is a figure of its finite end: fifty times another it is another quantity; a report day\u2019s date is the report\u2019s', () => {
  const story = 'A strong earthquake struck off the coast of Varde early on Tuesday, and the coastguard issued a tsunami warning for the islands.';
  const { a, b } = outlets(story, {
    a: 'Officials said the quake struck 161 km off the coast of Varde, the regional capital, and they warned residents to move inland.',
    b: 'Officials said waves up to 3m high could hit the coast of Varde, the regional capital, and they warned residents to move inland.',
  });
  // Before, "161 km here; 3m in 1 other file", both ways: a bound's middle is infinite, so no ratio was taken.
  assert.deepEqual(conflictsIn({ a, b }), []);
  const launch = 'Norvik Games said its new console had the best launch of any machine the company has made, selling out in most shops.';
  const { c, d } = outlets(launch, {
    c: 'VARDE, Norway \u2013 Norvik Games said on Wednesday, June 11, it had sold more than 3.5 million consoles in the first four days after the launch.',
    d: 'Norvik Games said more than 3.5 million consoles were sold in the first four days after the launch on June 5.',
  });
  // Before, "June 11 here; June 5 in 1 other file", both ways: the dateline's report day was reported, its date not.
  assert.deepEqual(conflictsIn({ c, d }), []);
});

test('a depth ("at a depth of 19 km", "10 km deep") is compared only with depths; a distance from a coast is not one from a city', () => {
  const units = (s) => allClaims(s).filter((k) => k.unit.startsWith('metre')).map((k) => k.unit);
  assert.deepEqual(units('The quake struck at a depth of about 19 km (12 miles), 136 km south-east of Port Alder.'), ['metre of depth', 'metre of depth', 'metre']);
  assert.deepEqual(units('The shock was 32 km deep, and the miners were trapped 400 metres below the surface, 3 km from the pit head.'), ['metre of depth', 'metre of depth', 'metre']);
  const story = 'A magnitude 8.1 earthquake struck off the Norvian coast early on Wednesday, setting off tsunami warnings around the Kestrel Sea.';
  const { wire, radio } = outlets(story, {
    wire: 'The quake struck at a depth of about 19 km, approximately 136 km south-east of the city of Port Alder, the survey said.',
    radio: 'The quake struck 161 km off the coast of the Norvian peninsula at a depth of 32 km, the survey said.',
  });
  // Before, the depth of one was compared with the distance of the other, both ways.
  const found = conflictsIn({ wire, radio }).map((f) => f.message).sort();
  assert.deepEqual(found, ['19 km here; 32 km in 1 other file.', '32 km here; 19 km in 1 other file.']);
  const from = (s) => allClaims(s).filter((k) => k.unit === 'metre').map((k) => k.from);
  assert.deepEqual(from('It was centred 136 km south-east of the city of Port Alder, 161 km off the coast of Norvia.'), ['port', 'coast']);
  // A changed distance from the same place is still found.
  assert.equal(conflictsIn({ wire, paper: wire.replace('136 km', '96 km') }).length, 2);
});

test('a weekday after "said" with what is still to come ("said on Wednesday he would move to …") dates the saying', () => {
  const story = 'Governor Ana Ruiz of Norvia declared a state of emergency late on Tuesday, then withdrew it hours later after the assembly voted against it.';
  const { said, declared } = outlets(story, {
    said: 'Governor Ana Ruiz said on Wednesday she would move to lift the state of emergency she had declared just hours before, honouring the assembly vote.',
    declared: 'Governor Ana Ruiz declared a state of emergency on Tuesday, saying the opposition was blocking the assembly and the port.',
  });
  // Before, "Wednesday here; Tuesday in 1 other file".
  assert.deepEqual(conflictsIn({ said, declared }), []);
  const reported = (s) => allClaims(s).filter((k) => k.kind === 'weekday').map((k) => Boolean(k.reported));
  assert.deepEqual(reported('Ruiz said on Wednesday she would lift it. Ruiz said Wednesday that the vote will stand. Ruiz said on Wednesday the vote was lost.'), [true, true, false]);
  // The same sentence with another day is still found.
  assert.equal(conflictsIn({ a: said, b: said, c: said.replace('on Wednesday', 'on Thursday') }).length, 1);
});

test('a weekday after "told a judge" or "said" with what was already done ("they had reached a verdict") dates the telling', () => {
  const story = 'The jury in the federal trial of harbour boss Omar Castell returned its verdict, clearing him of bribery but convicting him of fraud. Castell, who ran the Port Alder docks for two decades, had pleaded not guilty to all charges. His lawyers said they would appeal the fraud conviction.';
  const { verdict, note } = outlets(story, {
    verdict: 'Omar Castell was convicted of fraud but acquitted Wednesday of bribery and smuggling charges that could have put the harbour boss behind bars for life.',
    note: 'Jurors in Omar Castell\u2019s federal trial told a judge on Tuesday they had reached a verdict on all but one of the charges in his bribery case, which could send the harbour boss to prison for life.',
  });
  // Before, "Wednesday here; Tuesday in 1 other file": the day of the jurors' note against the verdict's.
  assert.deepEqual(conflictsIn({ verdict, note }), []);
  const reported = (s) => allClaims(s).filter((k) => k.kind === 'weekday').map((k) => Boolean(k.reported));
  assert.deepEqual(reported('Jurors told a judge on Tuesday they had reached a verdict. Police said Monday the man had fled. Jurors told a judge on Tuesday about the bribes. Jurors told the judge on Tuesday they had to go home.'), [true, true, false, false]);
  // The verdict's sentence with another day is still compared.
  assert.equal(conflictsIn({ a: verdict, b: verdict, c: verdict.replace('Wednesday', 'Thursday') }).length, 1);
});

test('"155 miles per hour" and "120 kilometres an hour" are speeds, not distances', () => {
  assert.deepEqual(claims('Gusts of 155 miles per hour and 120 kilometres an hour hit; the ferry sailed 300 miles per day.').map((k) => [k.unit, k.text]), [['km/h', '155 miles per hour'], ['km/h', '120 kilometres an hour'], ['metre', '300 miles']]);
  // Past a bracket the length is read as before: "85 miles (140 kilometers) per hour" gives two lengths, a value and its conversion.
  assert.deepEqual(claims('Winds of up to 85 miles (140 kilometers) per hour hit the coast.').map((k) => k.unit), ['metre', 'metre']);
  const story = 'Storm Marra made landfall on the Norvian coast late on Thursday as the strongest storm to hit the bay in decades.';
  const { wire, radio } = outlets(story, {
    wire: 'Forecasters called the storm extremely dangerous, with winds reaching up to 155 miles per hour and a large surge expected on the coast.',
    radio: 'Forecasters called the storm extremely dangerous, with winds of 140 mph and a large surge expected on the coast.',
  });
  // "up to 155" holds 140; the speed is compared with speeds ("140 mph", before: "155 miles", a length).
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  assert.equal(conflictsIn({ wire: radio, paper: radio, radio: radio.replace('140 mph', '120 miles per hour') }).length, 1);
});

test('two gaps measured from two things ("six hours after his announcement", "12 hours later") are not compared', () => {
  const story = 'Governor Ana Ruiz announced a truce between the Norvian dock unions late on Monday, ending a strike that had closed the port of Valna.';
  const { wire, radio } = outlets(story, {
    wire: 'According to the governor, the truce is set to begin approximately six hours after her announcement, once the unions have ended their pickets.',
    radio: 'The governor said the truce begins with the dockers ending their pickets, followed by the crane drivers 12 hours later.',
  });
  // Before, "six hours here; 12 hours in 1 other file", both ways.
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  const from = (s) => allClaims(s).filter((k) => k.kind === 'duration').map((k) => k.gapFrom);
  assert.deepEqual(from('It began six hours after her announcement, two days before the vote and three weeks later.'), ['announcement', 'vote', 'later']);
  // Gaps from the same thing are still compared.
  assert.equal(conflictsIn({ a: wire, b: wire, c: wire.replace('six hours', 'nine hours') }).length, 1);
});

test('a gap from a thing ("about 70 minutes after white flags rose") is not compared with a length that has no such start', () => {
  const story = 'The council of Port Alder elected Ana Ruiz as the town\u2019s first woman mayor on Thursday, after a closed vote in the old town hall. Ruiz, a former harbour pilot, thanked the councillors from the balcony. Crowds had gathered in the square since the morning.';
  const { vote, balcony } = outlets(story, {
    vote: 'After four rounds of voting, and a period of barely 24 hours, white flags rose above the town hall to show that a mayor had been elected.',
    balcony: 'Ruiz, wearing the red chain of office, appeared on the balcony of the town hall about 70 minutes after white flags rose above the roof.',
  });
  // Before, "24 hours here; 70 minutes in 1 other file", both ways.
  assert.deepEqual(conflictsIn({ vote, balcony }), []);
  // A gap from the same thing is still compared with a gap.
  assert.equal(conflictsIn({ balcony, other: balcony.replace('about 70 minutes', 'three hours') }).length, 2);
});

test('"5:07 p.m," without its last dot is p.m.; a time with no a.m. or p.m. ("at about 5:07") agrees with either', () => {
  assert.deepEqual(claims('The ferry left at about 5:07 p.m, according to the port.').filter((k) => k.kind === 'time').map((k) => k.text), ['5:07 p.m']);
  const story = 'A Valna ferry lost a window panel shortly after leaving Port Alder on Friday evening and turned back safely.';
  const { wire, radio } = outlets(story, {
    wire: 'Then on Friday, 171 passengers and six crew boarded the ferry in Port Alder, bound for Harwick, which left at about 5:07, according to the port.',
    radio: 'Then on Friday, 171 passengers and six crew boarded the ferry in Port Alder, bound for Harwick, which left at 5:07 p.m., according to the port.',
  });
  // Before, "5:07 here; 5:07 p.m. in 1 other file", both ways.
  assert.deepEqual(conflictsIn({ wire, radio }), []);
  assert.deepEqual(conflictsIn({ wire: radio.replace('5:07 p.m.', '17:07'), radio }), []);
  // A changed time is still found, and so is the other half of the day with both halves written.
  assert.equal(conflictsIn({ wire: wire.replace('5:07', '6:07'), radio, paper: radio }).length, 1);
  assert.equal(conflictsIn({ wire: radio.replace('p.m.', 'a.m.'), radio, paper: radio }).length, 1);
});

test('a toll given with the earlier toll it updates ("updating an earlier toll of 20") is a running count\'s step', () => {
  const story = 'A training jet crashed into a school in Valna on Monday afternoon, setting part of the building on fire.';
  const { wire, paper } = outlets(story, {
    wire: 'At least 27 people, mostly children, were killed after the jet crashed into the school in Valna, an official said on Tuesday, updating an earlier toll of at least 20 dead.',
    paper: 'Nineteen people died after the jet crashed into the campus of the school in Valna on Monday.',
  });
  assert.equal(allClaims(wire).find((k) => k.text === '20 dead').superseded, true);
  // Before, "27 people here; Nineteen people in 1 other file".
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  // The same step told with another figure is still found.
  assert.equal(conflictsIn({ wire, radio: wire, paper: wire.replace('At least 27', 'At least 47') }).length, 1);
  // The older reading told plainly is no step, though it gives the earlier figure ("leaving at least 20 dead").
  const { old } = outlets(story, { old: 'The jet crashed into the school in Valna on Monday, leaving at least 20 dead, an official said.' });
  assert.deepEqual(conflictsIn({ wire, old }), []);
});

test('a date its own weekday contradicts ("Sunday, December 30, 2024", a Monday) is compared with the date other files give that weekday', () => {
  const story = 'Former mayor Ana Ruiz of Valna, who led the harbour town for two decades, has died at the age of 100.';
  const { right, wrong } = outlets(story, {
    right: 'Ruiz, who gave her life after leaving office to the harbour trust, died on Sunday, December 29, 2024, at her home in Valna.',
    wrong: 'According to the town council, after living for a century, the former mayor died on Sunday, December 30, 2024, in Valna.',
  });
  // Before, nothing: the sentences share too few words, and no other file wrote December 30.
  assert.deepEqual(conflictsIn({ right, wrong }).map((f) => f.message), ['December 30 here; December 29 in 1 other file.']);
  // A weekday that fits its date is a different day, not compared so ("Monday, December 30, 2024").
  assert.deepEqual(conflictsIn({ right, wrong: wrong.replace('Sunday', 'Monday') }), []);
  // Without a year the calendar says nothing.
  assert.deepEqual(conflictsIn({ right: right.replace(', 2024', ''), wrong: wrong.replace(', 2024', '') }), []);
});

test('a reading at its own hour ("By 9 p.m., … 110 mph") in a file that states the others\' figure too is not a dispute', () => {
  const opening = 'Storm Orla came ashore near Port Marren on Thursday, the weather service said.';
  const landfall = 'Orla came ashore near Port Marren with maximum sustained winds of 120 mph, the weather service said.';
  const later = 'By 9 p.m., Orla had maximum sustained winds of 110 mph as it moved inland from Port Marren, the weather service said.';
  const desk = `${opening}\n\n${landfall}\n\n${later}\n`;
  const wire = `${opening}\n\nOrla was about 40 miles from Port Marren, with maximum sustained winds of 120 mph, the weather service said.\n`;
  // Before, "110 mph here; 120 mph in 2 other files".
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  // Without the file's own "120 mph" the hour alone does not excuse it.
  assert.equal(conflictsIn({ desk: `${opening}\n\n${later}\n`, wire, radio: wire }).length, 1);
  // Nor does the file's own figure without an hour: a changed figure in a copied sentence is still found.
  assert.equal(conflictsIn({ desk: `${desk}\n${landfall.replace('120', '130')}\n`, wire, radio: wire }, 'desk').length, 1);
});

test('the votes a motion needed ("needed 299 votes", "the 288 votes required", "the 288 needed") are one story measure, compared only with thresholds', () => {
  const opening = 'The Norvian parliament removed Prime Minister Ana Ruiz in a no-confidence vote on Wednesday.';
  const wire = `${opening}\n\nRuiz's opponents needed 299 votes to remove her. They got 331.\n`;
  const paper = `${opening}\n\nThe assembly passed the motion with 331 votes, well above the 288 needed to bring down the government.\n`;
  const radio = `${opening}\n\nA total of 331 members backed the motion, more than the 288 votes required for it to pass.\n`;
  const thresholds = (s) => allClaims(s).filter((k) => k.threshold).map((k) => `${k.low + 0.5} ${k.unit}`);
  assert.deepEqual(thresholds(paper), ['288 vote']);
  assert.deepEqual(thresholds(radio), ['288 vote']);
  assert.deepEqual(thresholds(wire), ['299 vote']);
  // Before, nothing: the sentences share too few words, and "the 288 needed" was no claim.
  assert.deepEqual(conflictsIn({ wire, paper, radio }).map((f) => f.message), ['299 votes here; 288 votes in 2 other files.']);
  // The votes cast are not the threshold: "331 votes" is not compared with "288 needed".
  assert.deepEqual(conflictsIn({ wire: wire.replace('299', '288'), paper, radio }), []);
  // A file giving two thresholds (two motions) states no one value.
  assert.deepEqual(conflictsIn({ wire: `${wire}\nA second motion needed 250 votes.\n`, paper, radio }), []);
});

test('"had reached 72 people on Wednesday evening" dates a running count\'s report, its noun between the figure and the day', () => {
  // Before, the day was read as the quake's.
  assert.deepEqual(weekdaysReported('The death toll in the Varde earthquake had reached 72 people on Wednesday evening, the prefecture said.'), [true]);
  assert.deepEqual(weekdaysReported('The death toll rose to 72 people on Wednesday.'), [true]);
  // After "hit" a figure and its noun are the event's: "hit 12 buildings on Tuesday".
  assert.deepEqual(weekdaysReported('The missiles hit 12 buildings on Tuesday.'), [false]);
  // A measure's unit is no toll's noun: "rose to 4 metres on Wednesday" is the river's.
  assert.deepEqual(weekdaysReported('The river rose to 4 metres on Wednesday.'), [false]);
  const story = 'A powerful earthquake struck the Varde peninsula of Norvia, collapsing houses and starting fires in the port of Keld.';
  const { wednesday, monday } = outlets(story, {
    wednesday: 'The death toll in the powerful earthquake that hit the Varde peninsula and other areas of the prefecture had reached 72 people on Wednesday evening.',
    monday: 'A powerful earthquake with a magnitude of 7.6 hit the Varde peninsula and other areas of the prefecture on Monday.',
  });
  // Before, "Wednesday here; Monday in 1 other file" both ways.
  assert.deepEqual(conflictsIn({ wednesday, monday }), []);
});

test('a series\' score with its noun ("four games to one", "3 sets to 2") is a tally, not a count of games', () => {
  assert.deepEqual(claims('The Harbour Hawks won the final series four games to one.').map((k) => `${k.kind}:${k.text}`), ['tally:four games to one']);
  assert.deepEqual(claims('She won 3 sets to 2.').map((k) => `${k.kind}:${k.text}`), ['tally:3 sets to 2']);
  // A change stays two counts.
  assert.deepEqual(claims('The schedule was cut from six games to four.').map((k) => k.kind), ['count', 'count']);
  const story = 'The Harbour Hawks beat the Keld Rovers 7-6 in the fifth game on Wednesday to win the championship series.';
  const { wire, paper, radio } = outlets(story, {
    wire: 'The Harbour Hawks beat the Keld Rovers in the final on Wednesday to win the championship series four games to one.',
    paper: 'The Harbour Hawks beat the Keld Rovers in the final on Wednesday to win the championship series in five games.',
    radio: 'The Harbour Hawks beat the Keld Rovers in the final on Wednesday to win the championship series in five games.',
  });
  // Before, "four games here; five games in 2 other files".
  assert.deepEqual(conflictsIn({ wire, paper, radio }), []);
  // A series' score against another is still compared.
  assert.equal(conflictsIn({ wire, paper: wire.replace('one.', 'two.'), radio: wire.replace('one.', 'two.') }, 'wire').length, 1);
});

test('a line of a company\u2019s results ("gaming revenue", "the gaming segment") is a measure each file states once', () => {
  const lines = (s) => allClaims(s).filter((k) => k.kind === 'money').map((k) => `${k.text}:${k.line ?? '-'}`);
  assert.deepEqual(lines('Gaming revenue rose 30% year over year to $4.3 billion, helped by demand for its graphics cards.'), ['$4.3 billion:gaming']);
  assert.deepEqual(lines('The data-center segment generated $51.2 billion, while the gaming segment added $4.30 billion.'), ['$51.2 billion:data center', '$4.30 billion:gaming']);
  // Not the earlier sum, nor sums of several lines, of another measure of the line, or expected ones.
  assert.deepEqual(lines('Gaming revenue rose from $3.3 billion to $4.3 billion.'), ['$3.3 billion:-', '$4.3 billion:-']);
  assert.deepEqual(lines('Automotive and gaming revenue were $592 million and $4.3 billion respectively.'), ['$592 million:-', '$4.3 billion:-']);
  assert.deepEqual(lines('The cloud segment operating income grew to $10.4 billion.'), ['$10.4 billion:-']);
  assert.deepEqual(lines('Analysts project gaming revenue to be $4.1 billion.'), ['$4.1 billion:-']);
  assert.deepEqual(lines('Total revenue was $57 billion, and third-quarter sales beat $55 billion.'), ['$57 billion:-', '$55 billion:-']);
  const story = 'Corvane Systems reported record quarterly results on Wednesday as companies kept buying its chips for artificial intelligence, sending its shares up in late trading.';
  const files = {
    wire: `${story}\n\nGaming revenue rose 30% year over year to $4.3 billion, as players upgraded their graphics cards.\n`,
    local: `${story}\n\nThe gaming segment added $4.3 billion in the quarter, a 30% jump.\n`,
    draft: `${story}\n\nBeyond its data centres, Corvane's gaming revenue reached $3.3 billion, up 15%.\n`,
  };
  // Before, the sentences shared too few words to be paired, and the draft's wrong sum passed.
  const out = conflicts(files);
  assert.deepEqual(out.draft.map((f) => f.message), ['$3.3 billion here; $4.3 billion in 2 other files.']);
  assert.match(out.draft[0].detail, /gaming line of the results/);
  assert.deepEqual([...out.wire, ...out.local], []);
  // A file giving the line two sums (this quarter's and a year earlier's) decides nothing; another line is no partner.
  const twice = { ...files, wire: files.wire.replace('.\n', '. A year earlier gaming revenue was $3.3 billion.\n'), local: `${story}\n\nAutomotive revenue reached $3.9 billion.\n` };
  assert.deepEqual(conflicts(twice).draft, []);
  // Nor another quarter's sum.
  assert.deepEqual(conflicts({ ...files, wire: files.wire.replace('Gaming revenue', 'In the second quarter, gaming revenue'), local: files.local.replace('in the quarter', 'in the second quarter') }).draft, []);
  // Two lines' sums in sentences that pair on their words are not compared either.
  const paired = outlets(story, {
    wire: 'Gaming revenue climbed to $4.3 billion in the three months to October, the company said in its statement to investors.',
    draft: 'Automotive revenue climbed to $592 million in the three months to October, the company said in its statement to investors.',
  });
  assert.deepEqual(conflictsIn(paired), []);
});

test('lines named together ("Platforms and Devices revenues") or by a list\u2019s label ("Harbour Cloud: Revenue …") are lines of their own', () => {
  const lines = (s) => allClaims(s).filter((k) => k.kind === 'money').map((k) => `${k.text}:${k.line ?? '-'}`);
  assert.deepEqual(lines('Subscriptions, Platforms and Devices revenues increased 21% to $6.4 billion.'), ['$6.4 billion:platforms and devices']);
  assert.deepEqual(lines('Search & other advertising revenues increased by 15% to $28.3 billion.'), ['$28.3 billion:search and other advertising']);
  assert.deepEqual(lines('- Harbour Cloud: Revenue increased by 34% to $7.6 billion, driven by its platform.'), ['$7.6 billion:harbour cloud']);
  assert.deepEqual(lines('Revenue Growth: Total revenue reached $51.2 billion.'), ['$51.2 billion:-']);
  // Before, "revenues" was no line's word and the two lines' sums, in sentences sharing their words, were compared.
  const paired = resultsOutlets({
    wire: 'Harbour Services revenues increased 14% to $41.2 billion, reflecting strong performance across search, subscriptions, platforms and devices.',
    draft: 'Subscriptions, Platforms and Devices revenues increased 21% to $6.4 billion, driven by subscriptions and devices.',
  });
  assert.deepEqual(conflictsIn(paired), []);
  // A label names its line as the sentence would: "Harbour Services: Revenues increased …" against "Subscriptions & Devices: Revenue …".
  const labelled = resultsOutlets({
    wire: 'Harbour Services: Revenues increased by 14% to $41.2 billion, across search, subscriptions, platforms and devices.',
    draft: 'Subscriptions & Devices: Revenues increased by 21% to $6.4 billion, across search, subscriptions, platforms and devices.',
  });
  assert.deepEqual(conflictsIn(labelled), []);
  // Two lines ending in one word are two: before, "video advertising" and "search advertising" were one line, "advertising".
  const ads = resultsOutlets({ wire: 'Video advertising revenue rose to $5.1 billion.', draft: 'Search advertising revenue rose to $28.3 billion.' });
  assert.deepEqual(conflictsIn(ads), []);
  // A shorter name may be another line's: "cloud revenue" (the Harbour Cloud) is not the Enterprise Cloud's.
  const cloud = resultsOutlets({
    wire: 'Enterprise Cloud revenue increased 28% to $3.9 billion.',
    radio: 'Enterprise Cloud revenue jumped to $3.9 billion as more firms moved to it.',
    draft: 'Its cloud revenue climbed to $7.6 billion.',
  });
  assert.deepEqual(conflictsIn(cloud), []);
  assert.deepEqual(conflicts({ ...cloud, draft: cloud.draft.replace('Its cloud', 'Enterprise Cloud') }).draft.map((f) => f.message), ['$7.6 billion here; $3.9 billion in 2 other files.']);
});

test('a line\u2019s name is no verb or figure, may stand well before its sum, and gives way to the whole company\u2019s revenue', () => {
  const lines = (s) => allClaims(s).filter((k) => k.kind === 'money').map((k) => `${k.text}:${k.line ?? '-'}`);
  // Before, "posting", "posted", "saw" and "Q1 FY2026" were read as lines.
  assert.deepEqual(lines('Harbourline posted revenue of $51.2 billion, and the unit saw revenue jump 17% to $8.8 billion.'), ['$51.2 billion:-', '$8.8 billion:-']);
  assert.deepEqual(lines('It reported its results, posting revenue of $51.2 billion in Q1 FY2026 revenue terms.'), ['$51.2 billion:-']);
  assert.deepEqual(lines('The company reported Q1 FY2026 revenue of $51.2 billion.'), ['$51.2 billion:-']);
  // Before, the name was looked for only 80 characters back.
  assert.deepEqual(lines('The company\u2019s Enterprise Cloud segment which includes its flagship hosting business reported strong growth, with revenue around $3.9 billion.'), ['$3.9 billion:enterprise cloud']);
  assert.deepEqual(lines('Gaming revenue rose 30%, driven by players upgrading, while total sales reached $57 billion.'), ['$57 billion:-']);
});

test('a percentage that is a change ("surged 24%", "a 28% increase") is not compared with a level ("margins at 49%")', () => {
  const moves = (s) => allClaims(s).filter((k) => k.kind === 'percent').map((k) => `${k.text}:${k.moves ?? '-'}`);
  assert.deepEqual(moves('Operating income surged 24% to $21 billion, with operating margins at 49%.'), ['24%:change', '49%:level']);
  assert.deepEqual(moves('Revenue was $12 billion, a 28% increase, and the margin of 30.5% improved to 32% from 31.1%.'), ['28%:change', '30.5%:level', '32%:level', '31.1%:level']);
  assert.deepEqual(moves('Sales rose by about 6% YoY; 40% of them came from abroad.'), ['6%:change', '40%:-']);
  // Before, the two percentages of sentences sharing their words were compared.
  const files = resultsOutlets({
    wire: 'The company\u2019s operating income surged 24% to $21 billion, while net income reached $15.2 billion, underscoring its continued profitability.',
    draft: 'Net income of $15.2 billion reflected a healthy profitability profile for the company, with operating margins at 49%.',
  });
  assert.deepEqual(conflictsIn(files), []);
  // Two changes are still compared.
  assert.deepEqual(conflicts({ ...files, draft: files.draft.replace('with operating margins at 49%', 'as operating income jumped 42%') }).draft.map((f) => f.message), ['42% here; 24% in 1 other file.']);
});

test('a year the other file gives in another sentence, for what this year dates, dates another event of the story', () => {
  const story = 'The appeal court in Port Alder freed former harbour master Ilse Marrow on Tuesday after quashing the sentence she received over the loss of the Valna Star ferry.\n\n';
  const wire = `${story}Marrow, who was convicted in 2021 of falsifying the ferry\u2019s safety logs, walked out of Harwick prison in the afternoon.\n\nShe was sentenced to six years in prison over the sinking of the Valna Star, which went down off Harwick on March 3, 2018, killing 14 people.\n`;
  const draft = `${story}Marrow was convicted of falsifying the Valna Star safety logs in 2021 and sentenced to six years in prison over the sinking.\n`;
  // Before, the wire's 2018 (the sinking) was warned against the draft's 2021 (the conviction): the sentences paired on "sentenced to six years in prison".
  assert.deepEqual(conflictsIn({ wire, draft }), []);
  // A year the paired sentence dates the same thing by is still compared: the draft's conviction year changed.
  const changed = { wire, radio: wire, draft: draft.replace('in 2021', 'in 2020') };
  assert.deepEqual(conflicts(changed).draft.map((f) => f.message), ['2020 here; 2021 in 2 other files.']);
});

test('a percentage beside its sum is not compared with one whose sentence gives that sum apart ("growth in bookings and an RPO of $39 billion")', () => {
  // Before, the backlog's change was compared with the bookings' growth.
  const files = resultsOutlets({
    wire: 'The company\u2019s commercial remaining performance obligation (RPO) rose 51% to $39 billion, reflecting future revenue commitments, while bookings more than doubled.',
    draft: 'The quarter featured outsized commercial momentum, including 112% growth in commercial bookings and a remaining performance obligation (RPO) of $39 billion, implying future revenue.',
  });
  assert.deepEqual(conflictsIn(files), []);
  // Beside its sum on both sides, a change is still compared.
  assert.deepEqual(conflicts({ ...files, draft: files.draft.replace('112% growth in commercial bookings and a remaining performance obligation (RPO) of $39 billion', 'a remaining performance obligation (RPO) up 15% to $39 billion') }).draft.map((f) => f.message), ['15% here; 51% in 1 other file.']);
});

test('weekdays of sentences counting one thing, no count alike, are a running story\u2019s two days', () => {
  const local = 'Valna | March 6, 2026: Norvia\u2019s largest airline, Skyline, is in the middle of one of the biggest operational crises in Norvian aviation, with more than 1,600 flights cancelled in just four days and fresh cancellations continuing on Saturday.\nOn Saturday alone, Skyline said it had cancelled around 850 flights, a slight improvement from the previous day but still enough to keep airports crowded with stranded passengers across Valna, Harwick, Sarova, Port Alder and other major cities.\n';
  const wire = 'On Friday, over 750 Skyline flights were cancelled across Valna, Harwick, Sarova, Port Alder and other major cities.\n';
  // Before, each warned the other: "Friday here; Saturday in 1 other file".
  assert.deepEqual(conflictsIn({ local, wire }), []);
  // A changed day in a sentence counting the same is still compared.
  const same = { wire, radio: wire, draft: wire.replace('On Friday', 'On Thursday') };
  assert.deepEqual(conflicts(same).draft.map((f) => f.message), ['Thursday here; Friday in 2 other files.']);
});

test('a story of another quarter, named in its lead, states its own story measures', () => {
  const lead = (q) => `Corvane Systems reported record results for its ${q} on Wednesday as companies kept buying its chips for artificial intelligence, sending its shares up in late trading.`;
  const files = {
    old: `${lead('fiscal fourth quarter')}\n\nThe company\u2019s overall cloud revenue stood at $3.7 billion, slightly below forecasts.\n`,
    draft: `${lead('first quarter of fiscal 2026')}\n\nThe company\u2019s cloud business remained its engine, with cloud revenue rising 26% to $4.9 billion.\n`,
  };
  // Before, last quarter's cloud revenue was warned against this quarter's (a folder keeping last quarter's story as background).
  assert.deepEqual(conflictsIn(files), []);
});

test('a noun before a plural of people modifies it: "10,000 flight attendants" counts attendants, not flights', () => {
  // Before, "flight" and "police": Air Canada's "cancels nearly 300 flights" was warned against "representing 10,000 flight attendants".
  assert.deepEqual(claims('The union represents 10,000 flight attendants and 300 police officers.').map((k) => k.unit), ['attendant', 'officer']);
  // Other compounds keep their first noun: "500 flight cancellations" are flights cancelled.
  assert.deepEqual(claims('The airline expects 500 flight cancellations.').map((k) => k.unit), ['flight']);
});

test('a deadline\u2019s day ("by the end of Friday", "by late Friday") is a report\u2019s, not the event\u2019s; a clock time before a day is passed over', () => {
  const weekdays = (s) => allClaims(s).filter((k) => k.kind === 'weekday').map((k) => ({ text: k.text, reported: Boolean(k.reported), dates: k.dates }));
  // Before, both deadlines were the event's day, and the strike's day dated the "m" of "a.m.".
  assert.deepEqual(weekdays('The ferry line threatened to cancel as many as 500 sailings by the end of Friday.').map((k) => k.reported), [true]);
  assert.deepEqual(weekdays('The ferry line had cancelled 300 sailings by late Friday.').map((k) => k.reported), [true]);
  assert.deepEqual(weekdays('The harbour was hit by Friday\u2019s storm.').map((k) => k.reported), [false]);
  assert.deepEqual(weekdays('The strike will start shortly before 1:00 a.m. on Saturday.').map((k) => k.dates), ['start']);
  assert.deepEqual(weekdays('The jury sent a note at about 4:05 p.m. on Tuesday.').map((k) => k.dates), ['note']);
});

test('a length whose partner\u2019s figure the file gives in another sentence ("after nearly eight weeks away" in a file that says "43-day closure" too) measures another thing', () => {
  const lead = 'Norvia\'s assembly voted on Wednesday to end the country\'s longest port closure, after nearly eight weeks away from the capital.';
  const body = 'The vote ended a historic 43-day port closure that left dock workers without pay and ships waiting offshore.';
  const desk = `${lead}\n\n${body}\n`;
  const wire = 'Norvia\'s assembly voted on Wednesday to end the country\'s longest port closure, a historic 43-day shutdown of the docks.\n';
  // Before, "eight weeks here; 43-day in 2 other files".
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  // Without the file's own "43-day" the length is still compared.
  assert.equal(conflictsIn({ desk: `${lead}\n`, wire, radio: wire }).length, 1);
  // Nor does the file's own figure excuse a changed figure in a copied sentence.
  assert.equal(conflictsIn({ desk: `${desk}\n${wire.replace('43-day', '38-day')}`, wire, radio: wire }, 'desk').length, 1);
});

test('sums or counts ten times apart or more with other digits ("£40,000 in duty", "her £800,000 flat") are two things; a slipped zero ("$4.3 million", "$43 million") is still a conflict', () => {
  const wire = 'Minister Ana Ruiz resigned two days after admitting she underpaid the duty due on her £800,000 flat in Valna.\n';
  const desk = 'Minister Ana Ruiz resigned after it emerged she underpaid about £40,000 in duty on a second home in Valna.\n';
  // Before, "£40,000 here; £800,000 in 2 other files".
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  const deal = (sum) => `Harbour Freight agreed on Monday to buy the Valna ferry line for ${sum}, the company said.\n`;
  assert.equal(conflictsIn({ desk: deal('$43 million'), wire: deal('$4.3 million'), radio: deal('$4.3 million') }, 'desk').length, 1);
  // "11 victims" and "110 victims" is a slipped zero too.
  const toll = (n) => `The bodies of ${n} victims of the Valna ferry fire were handed to their families on Saturday, officials said.\n`;
  assert.equal(conflictsIn({ desk: toll('110'), wire: toll('11'), radio: toll('11') }, 'desk').length, 1);
});

test('a difference ("paid £40,000 less than the required levy", "200 fewer passengers than last year") is compared only with differences', () => {
  assert.deepEqual(allClaims('Ruiz paid £40,000 less than the required levy on the flat.').filter((k) => k.kind === 'money').map((k) => Boolean(k.difference)), [true]);
  assert.deepEqual(allClaims('The ferry carried 200 fewer passengers than last year.').filter((k) => k.kind === 'count').map((k) => Boolean(k.difference)), [true]);
  assert.deepEqual(allClaims('The ferry carried 200 passengers, fewer than last year.').filter((k) => k.kind === 'count').map((k) => Boolean(k.difference)), [false]);
  // Before the value "more than" is a bound, not a difference.
  assert.deepEqual(allClaims('Ruiz paid more than £40,000 in levy on the flat.').filter((k) => k.kind === 'money').map((k) => Boolean(k.difference)), [false]);
  const opening = 'Minister Ana Ruiz resigned on Friday over the levy on her flat in Valna.';
  const desk = `${opening}\n\nRuiz paid £30,000 in levy on the Valna flat instead of the £70,000 due on a second home.\n`;
  const wire = `${opening}\n\nRuiz paid £40,000 less than the levy due on the Valna flat as a second home.\n`;
  // Before, "£30,000 here; £40,000 in 2 other files".
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  // Two differences are still compared.
  assert.equal(conflictsIn({ desk: wire.replace('£40,000', '£45,000'), wire, radio: wire }, 'desk').length, 1);
});

test('years after "since" that are firsts of two things ("meeting for the first time since 2019", "his first visit to Norvia since 2015") are not compared', () => {
  const since = (s) => allClaims(s).filter((k) => k.kind === 'year').map((k) => k.firstOf);
  assert.deepEqual(since('Meeting for the first time since 2019, the two leaders talked for three hours in Valna.'), ['meeti']);
  assert.deepEqual(since('The talks in Valna marked his first visit to Norvia since 2015.'), ['visit']);
  const opening = 'The presidents of Norvia and Castania met in Valna on Friday for talks on the border dispute.';
  const desk = `${opening}\n\nMeeting for the first time since 2019, the two presidents talked for three hours at the Valna air base.\n`;
  const wire = `${opening}\n\nThe two presidents talked at the Valna air base, marking his first visit to Norvia since 2015.\n`;
  // Before, "2019 here; 2015 in 2 other files".
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  // Firsts of one thing are compared.
  assert.equal(conflictsIn({ desk: wire.replace('2015', '2016'), wire, radio: wire }, 'desk').length, 1);
});

test('a figure of two named things together ("the Harbour and Valna fires … 40,000 acres") is not compared with one of them ("the Valna fire … 23,448 acres")', () => {
  const opening = 'Firefighters in Norvia were still battling two blazes on Friday, a week after they began.';
  const desk = `${opening}\n\nThe Harbour and Valna fires have burned nearly 40,000 acres and destroyed over 12,000 homes since igniting on Jan. 7.\n`;
  const wire = `${opening}\n\nThe Valna fire has burned 23,448 acres and destroyed 6,837 homes since igniting on Jan. 7.\n`;
  // Before, "40,000 acres here; 23,448 acres in 2 other files" and the same for the homes.
  assert.deepEqual(conflictsIn({ desk, wire, radio: wire }), []);
  // Both naming the pair, or both one fire, are compared.
  assert.equal(conflictsIn({ desk, wire: desk.replace('40,000', '52,000'), radio: desk.replace('40,000', '52,000') }, 'desk').length, 1);
  assert.equal(conflictsIn({ desk: wire.replace('23,448', '25,100'), wire, radio: wire }, 'desk').length, 1);
});

test('a count\u2019s fate after "left" ("left two children and the gunman dead") and past its ages ("two children, ages 8 and 10, were killed")', () => {
  const fates = (s) => Object.fromEntries(allClaims(s).filter((k) => k.kind === 'count').map((k) => [k.text, k.fate]));
  const left = 'A shooting during a morning service at St Brendan\u2019s Church in Port Alder left two children and the gunman dead and 17 others injured on Wednesday, police said.';
  const ages = 'Police confirmed that two children, ages 9 and 11, were killed in the pews.';
  assert.equal(fates(left)['two children'], 'dead');
  assert.equal(fates(ages)['two children'], 'dead');
  // Not past a clause break, nor for a count that no "left" governs.
  assert.equal(fates('The blast left two children, and the gunman was shot dead by police.')['two children'], undefined);
  assert.equal(fates('Two children and the gunman walked in, and three were dead within minutes.')['Two children'], undefined);
  // Before, the children killed were warned against the children injured in another outlet's copy.
  const story = 'A gunman opened fire through the windows of St Brendan\u2019s Church in Port Alder during a school Mass on Wednesday morning.';
  const injured = 'According to police, another 17 people were injured, including 14 children, when the gunman fired into the church.';
  assert.deepEqual(conflictsIn(outlets(story, { a: left, b: injured })), []);
  assert.deepEqual(conflictsIn(outlets(story, { a: ages, b: injured })), []);
  // Children killed against children killed still disagree.
  const three = 'A shooting during a morning service at St Brendan\u2019s Church in Port Alder left three children and the gunman dead and 17 others injured on Wednesday, police said.';
  assert.equal(conflictsIn(outlets(story, { a: left, b: three }), 'a').length, 1);
});

test('years naming two events by the word after them ("the 2025 local elections", "the 2024 general election") are not compared', () => {
  const story = 'Ana Ruiz of the Harbour Party won the Port Alder by-election by just six votes after a recount on Friday.';
  const local = 'The race was the only parliamentary seat contested at the 2025 local elections, after the seat was vacated by Tomas Brandt, who had won it with 53 per cent of the vote.';
  const general = 'The Labour Party had held the area for decades, and the seat was won by Tomas Brandt at the 2024 general election with a majority of almost 15,000 votes.';
  // Before, "2025 here; 2024 in 1 other file".
  assert.deepEqual(conflictsIn(outlets(story, { a: local, b: general })), []);
  // The same event in both, another year: still warned.
  const earlier = general.replace('2024 general', '2019 general');
  assert.equal(conflictsIn(outlets(story, { a: general, b: earlier }), 'a').length, 1);
});

test('a company\u2019s own guidance ("below our guidance of 31.5%") is an expected figure, not the year-ago one', () => {
  const guidance = '\u201COperating margin of 28% was below our guidance of 31.5% due to an expense related to a tax dispute in Valna,\u201D the company said in a shareholder letter.';
  const yearAgo = 'Operating margin declined to 28% from 30% in the year-ago period, missing the company\u2019s own guidance because of a $619 million tax expense in Valna, Harbourline said.';
  // Before, "31.5% here; 30% in 1 other file".
  assert.deepEqual(conflictsIn(resultsOutlets({ a: guidance, b: yearAgo })), []);
  assert.ok(allClaims(guidance).find((k) => k.text === '31.5%').forecast);
  // Two outlets giving the guidance differently still disagree.
  const other = guidance.replace('31.5%', '33.5%');
  assert.equal(conflictsIn(resultsOutlets({ a: guidance, b: other }), 'a').length, 1);
});

test('an attribution between commas with a long subject ("the head of the World Health Organization said Sunday") dates the report', () => {
  // Before, only six words (the verb's) could stand between the comma and the day.
  assert.deepEqual(weekdaysReported('Some 70 people were killed in an attack on the hospital in Valna, the head of the World Health Organization said Sunday, as the fighting spread.'), [true]);
  assert.deepEqual(weekdaysReported('The siege ended, which the head of the northern harbour council said Sunday, after talks.'), [false]);
  const story = 'The only working hospital in the besieged city of Valna was attacked as fighting in the northern province spread.';
  const { paper, wire } = outlets(story, {
    paper: 'The World Health Organization on Wednesday condemned the attack on the only working hospital in the besieged city of Valna.',
    wire: 'Some 70 people were killed in an attack on the only working hospital in the besieged city of Valna, the head of the World Health Organization said Sunday, as the fighting spread.',
  });
  // The day of a condemnation and the day a toll was told are two days, not one told two ways.
  assert.deepEqual(conflictsIn({ paper, wire }), []);
});

test('what a year dates is read past a name joined by "of" or "and" ("inducted into the Rock and Roll Hall of Fame in 2010")', () => {
  // "of" inside the name ended the look back, so the year dated nothing and was paired with another honour's.
  const story = 'Tomas Ruiz, the Norvian singer who took harbour folk music around the world, has died at the age of 79.';
  const files = outlets(story, {
    paper: 'He was inducted into the Harbour Folk and Roots Hall of Fame in 2010 and received the Norvian Order of Merit, the highest honour the country gives for the arts and sciences.',
    wire: 'A two-time award winner, Ruiz was awarded the Norvian Order of Merit in 2003, the highest honour the country gives for the arts and sciences.\n\nHe was inducted into the Harbour Folk and Roots Hall of Fame in 2010.',
  });
  assert.deepEqual(conflictsIn(files), []);
  // A year that dates the same honour two ways is still warned.
  const misdated = { ...files, paper: `${story}\n\nRuiz was awarded the Norvian Order of Merit in 2005, the highest honour the country gives for the arts and sciences.\n` };
  assert.deepEqual(conflictsIn(misdated, 'paper').map((f) => f.message), ['2005 here; 2003 in 1 other file.']);
});

test('a figure the other file states in another sentence like mine is not disputed by the sentence paired with mine', () => {
  const story = 'Kestrel Media agreed on Friday to buy the Harbourline studios and streaming service in a cash and stock deal.';
  const files = outlets(story, {
    wire: 'Under the terms, Harbourline Media shareholders will receive $23.25 in cash and approximately $4.50 in Kestrel stock per share.\n\nThe cash-and-stock transaction values the assets at $27.75 per share and represents a 121.3% premium over the Harbourline Media share price in September.',
    paper: 'The acquisition is structured as a cash and stock deal, valued at $27.75 per share of Harbourline, resulting in a total enterprise value of approximately $12.7 billion.',
  });
  // Before, "$27.75 here; $23.25 in 1 other file": the cash part was paired with the whole price.
  // (The wire's "$23.25 here; $27.75" stays: a file giving both figures may be at odds with itself.)
  assert.deepEqual(conflictsIn(files, 'paper'), []);
  // A price neither file states elsewhere is still warned.
  const changed = { ...files, paper: files.paper.replace('$27.75', '$29.75') };
  assert.equal(conflictsIn(changed, 'paper').length, 1);
  // So is a body's figure changed under a headline that restates the other's: the headline is less like it.
  const headed = { wire: files.wire, paper: `Harbourline deal valued at $23.25 in cash per share\n\n${files.paper.replace('$27.75', '$29.75')}` };
  assert.equal(conflictsIn(headed, 'paper').length, 1);
});

test('a file stating the other\'s figure in a sentence more like theirs than the one paired with it is not at odds with it', () => {
  const story = 'Harbour traders waited for news of the tariff talks between the two governments as the deadline neared.';
  const files = outlets(story, {
    paper: 'Two officials said the minister had decided that rolling back existing tariffs, in addition to cancelling a scheduled Dec. 15 imposition of tariffs on some $156 million in imported consumer goods, requires deeper concessions.',
    wire: 'Traders are uncertain whether the tariff the minister had scheduled to impose Dec. 15 on another $160 million of imported consumer goods would go into effect.\n\nWhile the minister canceled an increase in tariffs planned for Oct. 15, he made no mention of rolling back existing tariffs.',
  });
  // Before, the wire's "Oct. 15" was warned against the paper's "Dec. 15" (and back): two tariffs' dates.
  assert.deepEqual(conflictsIn(files), []);
});

test('years dating two things of a story ("cruise to Mars in autumn 2026", "arrival expected in 2027", "On November 13, 2025, …") are not compared; one thing dated two ways is', () => {
  const story = 'The Harbour Space Agency launched its twin Kestrel probes to Mars on a heavy rocket from the Valna coast.';
  const files = outlets(story, {
    wire: 'The twin Kestrel probes launched aboard the heavy rocket on Thursday afternoon from the Valna coast, beginning their journey to Mars with arrival expected in 2027.',
    paper: 'The twin Kestrel probes will stay in a holding orbit near the Valna coast launch path before beginning their cruise to Mars in autumn 2026, when the planets align.',
    blog: 'On November 13, 2025, the heavy rocket lifted the twin Kestrel probes from the Valna coast on their journey to Mars.',
  });
  // Before, each pair was warned: 2027 against 2026 and 2025.
  assert.deepEqual(conflictsIn(files), []);
  // The same arrival dated two ways is still warned.
  const arrival = { wire: files.wire, paper: files.wire.replace('Thursday afternoon', 'Thursday').replace('2027', '2028') };
  assert.equal(conflictsIn(arrival).length, 2);
});

test('a count after "including" shares the fate of the verb before the count it is part of ("killing 265 people, including 241 passengers and crew")', () => {
  const fates = (s) => allClaims(s).filter((k) => k.kind === 'count').map((k) => `${k.text}: ${k.fate ?? '-'}`);
  // Before, the included count had no fate, or read "on board" as everyone the plane carried.
  assert.deepEqual(fates('The blast hit the market, killing 15 people, including 14 civilians.'), ['15 people: dead', '14 civilians: dead']);
  assert.deepEqual(fates('The jet crashed into a hostel, killing 265 people, including 241 passengers and crew on board.'), ['265 people: dead', '241 passengers and crew: dead']);
  const story = 'The Harbour Air jet bound for Valna crashed into a college hostel shortly after take-off from Port Alder on Monday.';
  const files = outlets(story, {
    paper: 'The jet crashed into a college hostel shortly after take-off, killing 265 people, including 241 passengers and crew on board.',
    wire: 'The jet crashed into a college hostel shortly after take-off. All except one of the 242 people on board were killed.',
  });
  // The dead aboard against everyone aboard: before, "241 passengers and crew here; 242 people" and back.
  assert.deepEqual(conflictsIn(files).filter((f) => /241|242/.test(f.message)), []);
});

test('a distance from a place after a three-part compass point ("14km west-southwest of Harwick") is measured from that place', () => {
  const from = (s) => allClaims(s).map((k) => k.from);
  assert.deepEqual(from('The survey placed the epicentre 14km west-southwest of Harwick.'), ['harwick']);
  assert.deepEqual(from('The storm was 80 km north-north-east of Port Alder.'), ['port']);
  const story = 'A magnitude 5.6 earthquake shook Port Alder and the towns of the Kestrel valley on Friday morning, damaging old buildings.';
  const { survey, wire } = outlets(story, {
    survey: 'The Kestrel Geological Survey (KGS) put the magnitude of the quake at 5.4, placing the epicentre 14km west-southwest of Harwick.',
    wire: 'The Kestrel Geological Survey said the earthquake\u2019s epicentre was in the town of Harwick, about 40 kilometres east of Port Alder.',
  });
  // Before, "14km here; 40 kilometres" and back (from Harwick against from Port Alder).
  assert.deepEqual(conflictsIn({ survey, wire }), []);
  // From the same place, still found.
  assert.equal(conflictsIn({ survey, wire: wire.replace('east of Port Alder', 'west-southwest of Harwick') }).length, 2);
});

test('a year after "since" and a month ("since early November 2022") is one something is measured from', () => {
  const since = (s) => allClaims(s).filter((k) => k.kind === 'year').map((k) => !!k.since);
  assert.deepEqual(since('The rate is at its lowest level since early November 2022.'), [true]);
  assert.deepEqual(since('The rate has not moved since March 2024.'), [true]);
  assert.deepEqual(since('The rate was cut in March 2024.'), [false]);
  const story = 'The Kestrel central bank cut its main interest rate by a quarter point on Wednesday, its third cut this year, after a divided vote.';
  const { wire, paper } = outlets(story, {
    wire: 'The Monetary Policy Board cut the main target range 25 basis points to 3.50%\u20133.75% \u2014 its third straight cut and the policy rate\u2019s lowest level since early November 2022.',
    paper: 'The Kestrel central bank, as widely expected, delivered a 25-basis-point cut at its Dec. 10 Monetary Policy Board meeting \u2014 its third reduction of 2026 \u2014 trimming the target range to roughly 3.50% to 3.75%.',
  });
  // Before, "2022 here; 2026" and back.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
});

test('percentage points hyphenated before a noun ("a 25-basis-point cut", "a 0.5-percentage-point rise") are percentage points', () => {
  const cut = (by) => `The Alder central bank delivered a ${by} cut to its main rate on Thursday, its third reduction this year.`;
  // Before, neither was a figure: the two cuts were never compared.
  assert.deepEqual(conflicts({ draft: cut('50-basis-point'), wire: cut('25-basis-point') }).draft.map((f) => f.message), ['50-basis-point here; 25-basis-point in 1 other file.']);
  assert.deepEqual(Object.values(conflicts({ draft: cut('0.25-percentage-point'), wire: cut('25-basis-point') })).flat(), []);
});

test('two sentences listing people, each naming someone the other list lacks, count two groups ("Pope, Brook and Root … six balls", "Duckett, Pope and Brook … 11 balls")', () => {
  const story = 'Harwick collapsed from 65 for one to 164 all out at the Alder Oval on Saturday, losing their last nine wickets for 99 runs.';
  const { wire, paper } = outlets(story, {
    wire: 'What followed was a collapse for the scrapbook, in which Tomas Berg, Ana Ruiz, and Lena Park all fell in the space of six balls.',
    paper: 'A ruthless Ilse Marrow accounted for Oskar Vell (28), Tomas Berg (33) and Ana Ruiz (0) in the space of 11 balls, then two deliveries later Lena Park fell.',
  });
  // Before, "six balls here; 11 balls" and back.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  // The same group in both lists is still compared.
  assert.equal(conflictsIn({ wire: wire.replace('Lena Park', 'Oskar Vell'), paper }).length, 2);
});

test('a weekday in a closing "according to …" clause, or said in an aside with its date in brackets, is the day of the report', () => {
  assert.deepEqual(weekdaysReported('The toll from the floods has risen to 502, according to figures released on Monday by the national disaster agency.'), [true]);
  assert.deepEqual(weekdaysReported('The toll from the floods has crossed 1,000, rescuers said on Saturday (Dec 13), as relief efforts continue.'), [true]);
  // The event's own day is still the event's.
  assert.deepEqual(weekdaysReported('The river burst its banks on Monday, according to residents of the valley.'), [false]);
  const story = 'Floods and landslides on the island of Norvia have killed hundreds of people in the past two weeks, the national disaster agency says.';
  const files = outlets(story, {
    early: 'The death toll from the floods and landslides on Norvia has risen to 442, according to the latest figures from the national disaster agency on Sunday.',
    later: 'The death toll from the floods and landslides on Norvia has risen to 502, according to figures released on Monday by the national disaster agency.',
    latest: 'The death toll from the floods and landslides on Norvia has crossed 1,000, rescuers said on Saturday (Dec 13), as relief efforts continue.',
  });
  // Before, "Sunday here; Monday …, Saturday …" in each file: three reports' days.
  assert.deepEqual(conflictsIn(files).filter((f) => /day here/.test(f.message)), []);
});

test('an age said of a relative by a first name ("their 32-year-old son Nick") and ages of one family\'s two members ("Rob Vell, 78" and "Nick Vell, 32") are two people\'s', () => {
  assert.deepEqual(allClaims('Ana and Rob Vell were killed by their 32-year-old son Nick at their home, police said.').filter((k) => k.kind === 'age').map((k) => k.person), ['nick']);
  const story = 'The director Rob Vell and his wife Ana were found dead at their home in Harwick on Sunday, police said.';
  const { wire, paper, radio } = outlets(story, {
    wire: 'The director Rob Vell and his wife Ana were killed by their 32-year-old son Nick at their Harwick home, according to police.',
    paper: 'The director Rob Vell, 78, and his wife Ana were found dead at their Harwick home, according to police.',
    radio: 'Nick Vell, 32, the son of the director Rob Vell and his wife Ana, was arrested at their Harwick home, according to police.',
  });
  // Before, "32-year-old here; 78" and back.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  assert.deepEqual(conflictsIn({ paper, radio }), []);
  // One person's two ages are still compared.
  assert.equal(conflictsIn({ paper, radio: radio.replace('Nick Vell, 32,', 'Rob Vell, 79,') }).length > 0, true);
});

test('the same sum with another scale word ("£26 million" against "£26 billion") is a slipped word, compared; sums a thousand times apart with other digits are not', () => {
  const story = 'The Harwick council approved its plan for a new bridge over the Alder estuary on Tuesday after a long debate.';
  const { a, b } = outlets(story, {
    a: 'The council will spend £26 million on the new bridge over the estuary in the next five years, the mayor said on Tuesday.',
    b: 'The mayor said on Tuesday that the council would spend £26 billion over five years on the new estuary bridge.',
  });
  // Before, nothing: figures a thousand times apart were read as two quantities.
  assert.deepEqual(conflictsIn({ a, b }).map((f) => f.message), ['£26 million here; £26 billion in 1 other file.', '£26 billion here; £26 million in 1 other file.']);
  assert.deepEqual(conflictsIn({ a, b: b.replace('£26 billion', '£31 billion') }), []);
});

test('a count said to be additional ("16 additional victims"), a fate said before the noun ("119 injured victims") and a part of a whole ("24 of the 40 victims killed") are told apart', () => {
  assert.deepEqual(textsMarked('Police identified 16 additional victims on Sunday.', 'added'), ['16 additional victims added', 'Sunday']);
  assert.deepEqual(allClaims('The blast left 119 injured workers and 12 damaged homes.').map((k) => k.fate), ['injured', 'damaged']);
  assert.deepEqual(allClaims('Officials identified 24 of the 40 people killed in the fire.').map((k) => k.fate), ['dead', 'dead']);
  const story = 'A fire at the Lantern bar in the ski resort of Vellmont on New Year\'s Eve killed 40 people and injured 119, police in the canton said.';
  const files = outlets(story, {
    first: 'Police in the canton of Vellmont said on Saturday they had identified four victims of the fire at the Lantern bar, all of them local teenagers.',
    wire: 'Police in the canton of Vellmont said on Sunday they had identified 16 additional victims of the fire at the Lantern bar, bringing the number identified to 20.',
    paper: 'Police in the canton of Vellmont have identified 20 of the 40 victims killed in the fire at the Lantern bar, most of them local teenagers.',
    radio: 'Police in the canton of Vellmont said the process of naming the dead goes on, while most of the 119 injured victims of the fire at the Lantern bar have been identified.',
  });
  // Before, "four victims here; 16 additional victims" and back, and "20 here; 119".
  assert.deepEqual(conflictsIn({ first: files.first, wire: files.wire }), []);
  const { wire, paper, radio } = files;
  assert.deepEqual(conflictsIn({ wire, paper, radio }), []);
  // Two outlets' additional counts are still compared, and so are two parts of the dead.
  assert.deepEqual(conflictsIn({ wire, paper, radio, blog: wire.replace('16 additional', '18 additional') }, 'blog').map((f) => f.message), ['18 additional victims here; 16 additional victims in 1 other file.']);
  assert.deepEqual(conflictsIn({ wire, paper, radio, blog: paper.replace('20 of', '22 of') }, 'blog').map((f) => f.message), ['22 here; 20 in 1 other file.']);
});

test('a date after "until" or "through" is a deadline ("the offer remains open through Jan. 21"), not the day of the news', () => {
  assert.deepEqual(textsMarked('The tender offer remains open through Jan. 21, and holders have until February 4 to reply.', 'ended'), ['Jan. 21 ended', 'February 4 ended']);
  const story = 'Harbourline Group made a hostile offer of $30 a share for Alder Media, going straight to shareholders after Alder agreed to sell itself to a rival.';
  const { wire, paper } = outlets(story, {
    wire: 'On January 7, the Alder Media board told shareholders to reject Harbourline\u2019s $30-a-share tender offer for the whole company.',
    paper: 'The Alder Media board told shareholders to reject Harbourline\u2019s $30-a-share tender offer for the whole company, which remains open through Jan. 21.',
  });
  // Before, "January 7 here; Jan. 21" and back: the board's day against the offer's deadline.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  // Two deadlines are still compared.
  assert.deepEqual(conflictsIn({ paper, radio: paper.replace('Jan. 21', 'Jan. 28') }, 'radio').map((f) => f.message), ['Jan. 28 here; Jan. 21 in 1 other file.']);
});

test('a running count each file dates elsewhere ("… at 2,615 as of Wednesday", "… 3,090 as of Saturday") is two readings, not a dispute', () => {
  const story = 'Protests against the government of Norvia have spread to every province, and the authorities have cut the internet across the country.';
  const files = outlets(story, {
    early: '2,615 Deaths Reported Amid Norvia Protests Internet Blackout: A Nation Silenced\n\nThe Harbour Rights Group estimates the death toll at 2,615 as of Wednesday.',
    later: 'Day 20 of protests in Norvia: 3,090 confirmed deaths, 3,882 cases under review, 2,055 severely injured, and 22,123 arrests, amid a nationwide internet blackout now in its second week.\n\nThe Harbour Rights Group reported 3,090 confirmed deaths as of Saturday.',
  });
  // Before, "2,615 Deaths here; 3,090 confirmed deaths" and back: the headline against the day-20 line.
  assert.deepEqual(conflictsIn(files), []);
  // One day's reading given two ways is still compared.
  assert.deepEqual(conflictsIn({ ...files, later: files.later.replace('as of Saturday', 'as of Wednesday') }).length, 2);
});

test('a date or weekday between "stated" and "that" is the statement\'s day ("NetBlocks stated on January 25 that …")', () => {
  assert.deepEqual(textsMarked('The watchdog stated on January 25 that the shutdown had passed 400 hours.', 'reported').filter((t) => /January/.test(t)), ['January 25 reported']);
  assert.deepEqual(weekdaysReported('The watchdog stated on Monday that the shutdown had passed 400 hours.'), [true]);
  const story = 'Norvia\u2019s internet shutdown is one of the longest on record, according to the watchdog Netwatch, which tracks connections worldwide.';
  const { wire, paper } = outlets(story, {
    wire: 'The watchdog Netwatch stated on January 25 that Norvia\u2019s internet shutdown had now passed 400 hours.',
    paper: '\u201CNorvia\u2019s internet shutdown continues into its third week,\u201D the watchdog Netwatch said in a post on January 24.',
  });
  // Before, "January 25 here; January 24" and back: the day of one statement against another's.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
});

test('an ordinal after a possessive with its noun left out ("claimed his seventh") is of the noun of the ordinal before it', () => {
  assert.deepEqual(allClaims('Ending her rival\u2019s bid for a 25th major title, Ana Ruiz claimed her seventh with a 2-6 6-2 6-3 7-5 win.').filter((k) => k.kind === 'ordinal').map((k) => `${k.text} ${k.unit}`), ['25th title', 'seventh title']);
  const story = 'Ana Ruiz beat Lena Berg in the final of the Harbour Open on Sunday to become the youngest player to win all four majors.';
  const { wire, paper } = outlets(story, {
    wire: 'Ending Berg\u2019s bid for a record 25th Grand Slam title, the 22-year-old Ruiz claimed her seventh with a 2-6 6-2 6-3 7-5 win at the Harbour Open.',
    paper: 'Ana Ruiz beat Lena Berg 2-6, 6-2, 6-3, 7-5 in the Harbour Open final, claiming her first title at the Harbour Open and her seventh Grand Slam overall.',
  });
  // Before, "seventh here; 25th" and back: Ruiz's title against Berg's.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  // Her count of titles changed in a copy of the wire's sentence is still warned.
  assert.deepEqual(conflictsIn({ wire, paper, radio: wire.replace('her seventh', 'her eighth') }, 'radio').map((f) => f.message), ['eighth here; seventh in 1 other file.']);
});

test('a date after "as of" is the day a count stood so ("… without electricity as of January 26"), not the day of the event', () => {
  assert.deepEqual(textsMarked('The storm has killed at least 13 people as of January 26, 2026, officials said.', 'reported').filter((t) => /January/.test(t)), ['January 26 reported']);
  const story = 'A winter storm swept across Norvia over the weekend, bringing snow, ice and record cold to most of the country, and leaving thousands without power.';
  const { wire, paper } = outlets(story, {
    wire: 'The winter storm across Norvia has killed at least 13 people and left more than one million households without electricity as of January 26, officials said.',
    paper: 'The winter storm that struck Norvia on January 24 has killed at least 13 people and left more than one million households without electricity, officials said.',
  });
  // Before, "January 26 here; January 24" and back: the count's day against the storm's.
  assert.deepEqual(conflictsIn({ wire, paper }), []);
  // Two days a count stood so are still compared.
  assert.deepEqual(conflictsIn({ wire, radio: wire.replace('January 26', 'January 28') }, 'radio').map((f) => f.message), ['January 28 here; January 26 in 1 other file.']);
});
