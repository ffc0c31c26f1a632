import { test } from 'node:test';
import assert from 'node:assert/strict';
import { boilerplateLines, checkAll, rule, lib } from './helpers.mjs';

// An invented page: a story about a library reopening in the town of Wexmoor, pasted with furniture.
const BODY = [
  'Wexmoor library reopens after two-year rebuild', // 1 title
  '', // 2
  'The Wexmoor public library reopened its doors on Saturday after a two-year rebuild that cost the town council more than four million pounds.', // 3
  'Hundreds of residents queued outside the building before the doors opened, many of them carrying books borrowed before the library closed.', // 4
  'Head librarian Maria Costa said the new reading rooms had been designed with the town\'s schoolchildren in mind.', // 5
  'Under pressure', // 6 subhead: article
  'The council faced criticism when the rebuild ran eight months late and the library budget grew by a third.', // 7
  'Residents will be able to borrow up to twelve books at a time, and the library will open on Sundays for the first time.', // 8
];

/** Each furniture line set between two paragraphs is flagged (its line 2), each article line is not. */
function judgeBetweenParagraphs(furniture, article = []) {
  const between = (l) => boilerplateLines([BODY[2], l, BODY[3]].join('\n'));
  for (const l of furniture) assert.deepEqual(between(l), [2], l);
  for (const l of article) assert.deepEqual(between(l), [], l);
}

test('traps: title, standfirst, subhead, dateline and list items stay article text', () => {
  const page = [
    ...BODY,
    'WEXMOOR, March 3 -', // 9 dateline: must stay
    'The reading rooms include:', // 10
    '- a quiet study hall for exam students', // 11
    '- a children\'s corner with picture books', // 12
    'Costa said the library would host author talks every month, starting with local writers and poets from the surrounding villages.', // 13
  ].join('\n');
  assert.deepEqual(boilerplateLines(page), []);
  // Sentences that share a word with furniture stay: before, each was cut as a timestamp, a
  // sign-up prompt or a cookie notice.
  for (const l of [
    'Created in 2019, the library fund has paid out two million pounds to local families.',
    'Posted 3 times to the wrong address, the library card finally arrived in March.',
    'Residents can sign up for the free library card at the front desk from Monday.',
    'The council will send weekly updates to residents who sign up online.',
    'Children at the library use cookie cutters shaped like books for the bake sale.',
  ]) {
    assert.deepEqual(boilerplateLines([...BODY.slice(0, 5), l, ...BODY.slice(5)].join('\n')), [], l);
  }
  // A draft's subheads stay: with no furniture in the file, a headline-shaped line between
  // paragraphs is not another story's (before, "A long winter for the readers" was cut).
  const subheads = [...BODY.slice(0, 5), 'A long winter for the readers of the east bank', ...BODY.slice(5, 7), 'Lessons from the last closure in 1998', ...BODY.slice(7)];
  assert.deepEqual(boilerplateLines(subheads.join('\n')), []);
  // So does a sentence trailing off in an ellipsis.
  assert.deepEqual(boilerplateLines([...BODY.slice(0, 5), 'And then, without warning, the lights in the reading room went out...', ...BODY.slice(5)].join('\n')), []);
  // On a page with furniture, a line trailing off between two of the article's paragraphs is its subhead.
  const trailing = ['Advertisement', ...BODY.slice(0, 5), 'The bottom line ...', ...BODY.slice(6), 'Share this article', 'Ten gardening tips for a dry summer...'];
  assert.deepEqual(boilerplateLines(trailing.join('\n')), [1, 10, 11]);
  // Pasted from a page with its furniture, the same lines are related headlines again.
  assert.deepEqual(boilerplateLines(['Advertisement', ...subheads, 'Share this article'].join('\n')), [1, 10, 12]);
  // A sentence about copyright is no copyright notice (before, any line opening on the word was).
  assert.deepEqual(boilerplateLines([...BODY.slice(0, 5), 'Copyright rules mean the old catalogue cards cannot be scanned and put online.', ...BODY.slice(5)].join('\n')), []);
  assert.deepEqual(boilerplateLines([...BODY, 'Copyright 2026 Wexmoor Gazette. All rights reserved.', 'Copyright (\u0441) Wexmoor Media, 2026'].join('\n')), [9, 10]);
  // A Guardian-style caption between paragraphs is the photo's caption, not another story's headline.
  const caption = 'Queues outside the rebuilt entrance on opening day Photograph: Wexmoor Gazette';
  const captioned = [...BODY.slice(0, 5), caption, ...BODY.slice(6)].join('\n');
  assert.deepEqual([...lib.analyzeDocument(captioned).boilerplate.values()], ['photo caption with its credit']);
});

test('a teaser\'s age after its headline or blog, and a dated stamp with its update, are furniture', () => {
  const lines = ['16 hours ago on Harbour Blog', 'Ferry fares rise again as fuel costs bite ~6 hours ago', 'Wexmoor council delays the bridge vote 3 days ago', 'November 19, 2026 / 12:21 AM / Updated 14 hours ago', 'Nov 18, 2026 @17:19 PM \u00B7 Updated: Nov 18, 2026 @17:26 PM'];
  // Before, a relative time stood alone or not at all, and a date had to end its line.
  judgeBetweenParagraphs(lines, ['The old reading room as it looked 30 years ago', 'March 3, 2026 - the day the library reopened its doors to the town.']);
});

test('account links, embedded timelines, follow prompts, link labels and bar menus are furniture', () => {
  const lines = ['Log in or sign up', 'Subscribe Sign In', 'LOG IN TO COMMENT', 'Tweets by @WexmoorGazette', 'Follow the Gazette on Facebook, Twitter and Instagram.', 'CLICK HERE TO GET THE GAZETTE APP', 'About us | Contact | Advertise | Privacy Policy | Terms',
    // A promotion of the site's apps and streams in two sentences (kept before: it ends as a sentence).
    'Click here to download our free news, weather and smart TV apps. And click here to stream Channel 9 Harbour News live.'];
  // Before, none of these shapes was known.
  judgeBetweenParagraphs(lines, ['Residents can log in to the council website to comment on the plans.', 'Follow the money, the auditor told the library committee.', 'Click here to read the full inspection report.']);
});

test('a blog\'s comment form is furniture in the languages its software ships in', () => {
  const form = [
    'Leave a Reply Cancel reply',
    'Your email address will not be published. Required fields are marked *',
    'Deixe uma resposta Cancelar resposta',
    'O seu endereço de e-mail não será publicado. Campos obrigatórios são marcados com *',
    'Lascia un commento Annulla risposta',
    'Pular para o conteúdo',
  ];
  // Before, none of these was flagged: the phrase list had "Leave a reply" and "Cancel reply" apart, in English only.
  assert.deepEqual(boilerplateLines([...BODY, ...form].join('\n')), [9, 10, 11, 12, 13, 14]);
  // The same words in a sentence of the story stay.
  assert.deepEqual(boilerplateLines([...BODY, 'Your email address will not be published in any council report, Costa promised the residents.'].join('\n')), []);
});

test('each kind of furniture is flagged', () => {
  const page = [
    'Advertisement', // 1 ad
    ...BODY, // 2-9
    '02:45', // 10 video duration
    'Storm warning issued for the west coast as rivers rise', // 11 teaser between paragraphs
    'Councillors said the library would also serve as a warm space during the winter months for elderly residents of the town.', // 12
    'Share', // 13
    '4 min read', // 14
    'Published 3 March 2024 7:03am', // 15
    'Photo: Wexmoor Gazette', // 16 credit
    'Sign up for our daily newsletter to get the latest updates', // 17
    'This website uses cookies to improve your experience.', // 18
    'You May Also Like', // 19 related block heading
    'Ten gardening tips for a dry summer…', // 20 teaser
    'April 8, 2025', // 21 date stamp
    'A new cafe opened on the high street serving coffee, cakes and sandwiches to shoppers and office workers every weekday morning.', // 22 off-topic
    '93', // 23 comment count
  ].join('\n');
  const flagged = boilerplateLines(page);
  for (const l of [1, 10, 11, 13, 14, 15, 16, 17, 18, 19, 20, 21, 22, 23]) assert.ok(flagged.includes(l), `line ${l} should be boilerplate: ${page.split('\n')[l - 1]}`);
  for (const l of [2, 4, 5, 6, 7, 8, 9, 12]) assert.ok(!flagged.includes(l), `line ${l} is article text`);
});

test('a video title shown twice is flagged, both copies', () => {
  const page = [...BODY.slice(0, 5), '', 'Watch: firefighters rescue cat from the clock tower', '', 'Watch: firefighters rescue cat from the clock tower', '', ...BODY.slice(5)].join('\n');
  const flagged = boilerplateLines(page);
  assert.ok(flagged.includes(7) && flagged.includes(9));
});

test('one finding per block, with the reason, and the fix removes exactly the block', () => {
  const text = ['Wexmoor library reopens', '', BODY[2], '', 'Share', 'Read More', '', BODY[3], '', BODY[4], ''].join('\n');
  const f = rule(checkAll({ a: text }).a, 'page-boilerplate');
  assert.equal(f.length, 1);
  assert.match(f[0].message, /share\/navigation link \(2 lines\)/);
  const fixed = lib.applyEdits(text, f[0].fixes[0].edits);
  assert.equal(fixed, ['Wexmoor library reopens', '', BODY[2], '', BODY[3], '', BODY[4], ''].join('\n'));
});

test('trailing furniture is removed with the blank lines before it, keeping the last line break', () => {
  const text = [BODY[0], '', BODY[2], BODY[3], '', '', 'Share this with family and friends'].join('\n');
  const f = rule(checkAll({ a: text }).a, 'page-boilerplate');
  assert.equal(lib.applyEdits(text, f[0].fixes[0].edits), [BODY[0], '', BODY[2], BODY[3], ''].join('\n'));
});

test('extra phrases from config are used', () => {
  const text = [...BODY, 'Wexmoor Gazette Plus'].join('\n');
  assert.ok(!boilerplateLines(text).includes(9));
  assert.ok(boilerplateLines(text, { extraBoilerplatePhrases: ['Wexmoor Gazette Plus'] }).includes(9));
});

test('boilerplate lines feed no quote or claim check', () => {
  const draft = [...BODY, 'You May Also Like', 'Flood barrier opens on Tuesday after "years of waiting for the money to arrive"'].join('\n');
  const a = lib.analyzeDocument(draft);
  assert.equal(a.quotes.length, 0);
  assert.ok(a.claimSentences.every((c) => !c.claims.some((k) => k.text === 'Tuesday')));
});

test('more sites\u2019 headings over related stories: "Similar Posts", "Further reading"', () => {
  // Each was kept before.
  for (const h of ['Similar Posts', 'Similar Stories', 'More Articles', 'Further reading']) {
    assert.ok(boilerplateLines([...BODY, h, 'Flood barrier opens on Tuesday after years of waiting'].join('\n')).includes(9), h);
  }
});

test('relative timestamps and ad labels in other languages are furniture; a sentence saying "ago" is not', () => {
  const body = 'The harbour council approved the repairs to the Kestrel Street bridge on Thursday after a long debate, officials said.';
  const text = `${body}\n\n11h ago\n\nAnzeige\n\nРеклама\n\n3 mins ago\n\nThe bridge opened 40 years ago and has not been repaired since, the transport office said.\n`;
  const flagged = boilerplateLines(text);
  assert.deepEqual(flagged, [3, 5, 7, 9]);
});

test('gallery counters are furniture; a sentence about photos is not', () => {
  const body = 'The harbour council approved the repairs to the Kestrel Street bridge on Thursday after a long debate, officials said.';
  const text = `${body}\n\n12H ago 34 photos\n\nNov 18 52 photos\n\n8 videos\n\nThe museum will show 34 photos of the old bridge from March, the curator said.\n`;
  assert.deepEqual(boilerplateLines(text), [3, 5, 7]);
});

test('interview turns are article text, however short or off-topic they read', () => {
  const intro = [
    'The new harbour master of Port Alder, Ines Varga, took over the busiest ferry port on the coast this month after twenty years at sea.',
    'We asked her about the ferries, the dredging contract and the storms that closed the harbour twice in the past winter season.',
    'Q: What is the first thing you will change at the harbour office this year, now that the dredging is done?',
    'A: The ferry timetable, which has not matched the tides at the harbour since the dredging contract stalled two years ago.',
    'Q: What do you do when the storms close the harbour for a week or more in the winter?',
    'A: We move the ferries to the inner harbour basin early, and we tell the island schools before the parents ask us about the ferries.',
    'Q: And the storms that closed the harbour twice this winter, what did they teach the harbour office?',
    'A: That the harbour needs a second breakwater, and that the island ferries need a plan for the weeks when the harbour cannot be used.',
    'Ok, now for a little fun.',
  ];
  const fun = [
    'Q: Favourite band?',
    'A: The Pogues, Kate Bush, Fela Kuti, Tom Waits, Nina Simone, Leonard Cohen and Youssou N\u2019Dour',
    'Q: Favourite place?',
    'A: A tie between Lisbon in the spring and Valparaiso at the very end of a long summer',
    'Q: Last book?',
    'A: Moby-Dick, again, and a history of the Dutch tulip craze that a friend gave me for my birthday',
  ];
  const text = [...intro, ...fun, 'Thanks, Ines!', '', 'Share', 'Tweet', 'Email'].join('\n');
  const flagged = boilerplateLines(text);
  for (let n = intro.length + 1; n <= intro.length + fun.length; n++) assert.ok(!flagged.includes(n), `line ${n} is an interview turn`);
  assert.ok(flagged.includes(intro.length + fun.length + 3), 'the share links below still are furniture');
});

test('text after the site footer (cookie dialogs, privacy text) is never taken for the article', () => {
  const article = [
    'Ferry review: the Alder Star',
    'Tested by: Ines Varga. Fare: £12. More info: alderferries.example',
    'I have crossed to the islands on every ferry of this line for twenty years, but the Alder Star is the first one I would take on a stormy day with the children.',
    'Advert',
    'The crossing took fifty minutes, the cabin stayed dry, and the crew had the cars off the ramp before the coffee was cold, which on this line is a small miracle.',
    'Booking was simple, though the office still asks for the same postcode three times before it sells a return ticket to the islands.',
    'On the return leg a swell came up off the north point, and the Alder Star rolled less than the old boats did, though the lounge chairs still slid.',
    'Verdict: the best boat on the line, and worth the extra few minutes of waiting at the pier for the later sailing on a windy afternoon in the autumn.',
  ];
  const footer = ['Post navigation', 'Previous Post: Alder Queen | Reader review', 'Next Post: Winter timetable course', 'BOATS FOR SALE', 'Island Runner 21', '£5,349.00', 'Harbour Skiff 2011', '£3,000.00', 'Latest Issue', 'Watch: how to moor in a swell', 'Terms and conditions', 'Privacy Policy', 'Copyright © 2019 Alder Media Group Ltd, Harbour House, Port Alder', 'Privacy Overview'];
  const cookie = 'This website uses cookies to improve your experience while you navigate through the website. Out of these, the cookies that are categorised as necessary are stored on your browser as they are essential for the working of basic functionalities of the website. We also use third-party cookies that help us analyse and understand how you use this website. These cookies will be stored in your browser only with your consent. You also have the option to opt out of these cookies. But opting out of some of these cookies may have an effect on your browsing experience.';
  const lines = [...article, ...footer, cookie, 'Privacy Overview', cookie, 'Privacy Overview', cookie.replace('third-party', 'analytics'), 'Necessary', 'Necessary cookies are absolutely essential for the website to function properly and only include cookies that ensure basic functionalities and security features of the website.'];
  const flagged = boilerplateLines(lines.join('\n'));
  // Before, the three cookie paragraphs after the footer outweighed the review and became "the
  // article", and every line of the review was flagged as site text above it.
  for (const n of [1, 2, 3, 5, 6, 7, 8]) assert.ok(!flagged.includes(n), `review line ${n} is article text`);
  assert.ok(flagged.includes(4), 'the advert label is furniture');
  assert.ok(flagged.includes(21), 'the footer is furniture');
});

test('share buttons, log-out links and long cookie banners are furniture', () => {
  const banner = 'We use cookies and other tracking technologies to improve your browsing experience on our site, show personalised content and targeted ads, analyse site traffic, and understand where our audiences come from. To learn more or opt out, read our cookie policy. Please also read our privacy notice, which has been updated to reflect the new rules on how we handle your data and what choices you have.';
  const body = 'The harbour council approved the repairs to the Kestrel Street bridge on Thursday after a long debate, officials said.';
  const text = [banner, '', body, '', 'Click to share on Twitter (Opens in new window)', 'Click to print (Opens in new window)', 'Click to email a link to a friend (Opens in new window)', 'Share All sharing options for: Harbour council approves bridge repairs', 'Log out', 'Got a tip?'].join('\n');
  assert.deepEqual(boilerplateLines(text), [1, 5, 6, 7, 8, 9, 10]);
});

test('around a short article (a paywalled page) long runs of menu lines are furniture; a brief\'s own lists are not', () => {
  const menu = ['Harbour Times', 'News', 'Business', 'Ferries', 'Weather', 'Tides', 'Sport', 'Puzzles', 'Podcasts', 'Obituaries', 'Jobs', 'Homes', 'Motors', 'Events'];
  const article = [
    'Ferry fares to rise in spring',
    'The island ferry company will raise fares by a tenth from April, the harbour council was told on Monday, the first rise in six years.',
    'Councillors asked the company to keep the winter timetable unchanged and to publish its full accounts for the past three years before the new fares take effect next spring.',
    'Continue reading...',
  ];
  const bottom = ['Tide tables', 'Ferry times', 'Island Life', 'Letters', 'Schools', 'Archive'];
  const page = [...menu, ...article, ...bottom].join('\n');
  const flagged = boilerplateLines(page);
  // Two paragraphs (50 words) were too short to be taken for the article, so no menu was flagged.
  // The 8 lines above the first paragraph may be its head (headline, byline) and are left.
  for (let n = 1; n <= 7; n++) assert.ok(flagged.includes(n), `menu line ${n} is furniture`);
  for (const n of [15, 16, 17]) assert.ok(!flagged.includes(n), `article line ${n} is article text`);
  for (let n = 19; n <= 18 + bottom.length; n++) assert.ok(flagged.includes(n), `footer menu line ${n} is furniture`);

  const brief = article.slice(0, 3);
  const introduced = [...brief, 'Roads closed on Sunday for the harbour parade:', 'Quay Street', 'Mill Lane', 'Bridge Road', 'Castle Hill', 'Dock Row'];
  assert.deepEqual(boilerplateLines(introduced.join('\n')), [], 'a list after a colon belongs to the brief');
  const bulleted = [...brief, 'Roads closed on Sunday', '- Quay Street', '- Mill Lane', '- Bridge Road', '- Castle Hill', '- Dock Row'];
  assert.deepEqual(boilerplateLines(bulleted.join('\n')), [], 'a bulleted list belongs to the brief');
  const fewLines = [...brief, 'Quay Street', 'Mill Lane', 'Bridge Road', 'Castle Hill'];
  assert.deepEqual(boilerplateLines(fewLines.join('\n')), [], 'four short lines are too few to call a menu around a brief');
});

test('"SEE MORE:" and "READ MORE:" links to other stories are furniture', () => {
  const text = [BODY[2], 'SEE MORE: Wexmoor council votes to close two branch libraries', BODY[3], 'READ MORE: Storm warning issued for the west coast', BODY[4], 'Related post: Harbour fish stew recipe'].join('\n');
  // "SEE MORE:" was not among the link prefixes, nor "Related post:" / "Related Roundup:".
  assert.deepEqual(boilerplateLines(text), [2, 4, 6]);
});

test('named counters and comment timestamps are furniture; a sentence about comments is not', () => {
  // The name before its number too ("Comments (214)"): before, kept.
  const lines = ['604 COMMENTS', '1 comment', 'Rating: 25 Votes', '1,204 views', '2 days ago at 07:50 am', '3 hours ago at 9:15pm', 'Comments (214)', 'Shares: 1,204'];
  for (const l of lines) {
    const text = [BODY[2], l, BODY[3]].join('\n');
    // Before, only bare numbers ("93") and "N more" were counters, and "ago" could not take a time.
    assert.deepEqual(boilerplateLines(text), [2], l);
  }
  assert.deepEqual(boilerplateLines([BODY[2], 'The council received 604 comments on the plan.', BODY[3]].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], 'Comments (from the public) closed on Friday.', BODY[3]].join('\n')), []);
});

test('more site furniture: BBC image lines, "Continue reading the main story", "Your Ad Choices"', () => {
  const lines = ['Image copyright Getty Images', 'Image caption The new reading room on its first day', 'Continue reading the main story', 'Your Ad Choices', 'Sharing is caring!', 'Got a news tip?', 'You are signed in as'];
  // None of these was flagged before.
  judgeBetweenParagraphs(lines);
});

test('a run of menu lines shown twice is navigation even on a page with no clear article; a template or a chorus repeated is not', () => {
  const menu = ['News', 'Ferries', 'Weather', 'Tides', 'Sport', 'What\'s On', 'Puzzles', 'Obituaries'];
  const programme = [
    'Harbour festival programme',
    'The three-day harbour festival returns this weekend with music, boat races and a night market.',
    'Friday',
    'Lantern walk from the quay, 7pm',
    'Fish supper at the lifeboat station',
    'Saturday',
    'Rowing races, 10am to 4pm',
    'Brass band on the green',
    'Sunday',
    'Open day at the lighthouse',
    'Fireworks over the breakwater, 9pm',
  ];
  // Desktop menu, mobile menu, then the page: no run of paragraphs long enough to be an article.
  const page = [...menu, 'Menu', ...menu, ...programme];
  const flagged = boilerplateLines(page.join('\n'));
  // Before, without an article to stand outside of, no menu line was flagged.
  for (let n = 1; n <= 8; n++) assert.ok(flagged.includes(n), `menu line ${n} is furniture`);
  for (let n = 10; n <= 17; n++) assert.ok(flagged.includes(n), `second copy, line ${n}, is furniture`);
  for (let n = 18; n <= page.length; n++) assert.ok(!flagged.includes(n), `programme line ${n} is the page's own text`);

  // A plan filled in day by day repeats its headings three times or more: the page's own template.
  const day = (d, meal) => [`Day ${d}`, 'Breakfast', 'Porridge with honey', 'Lunch', meal, 'Snack', 'An apple', 'Dinner', 'Grilled fish'];
  const plan = ['A week of harbour suppers', ...day(1, 'Crab salad').slice(1), ...day(2, 'Leek soup').slice(1), ...day(3, 'Mussels').slice(1)];
  assert.deepEqual(boilerplateLines(plan.join('\n')), [], 'a template shown three times is article text');
  // A song's chorus quoted twice is shorter than a menu.
  const chorus = ['Row the boat home', 'Row her slow', 'Mind the harbour wall', 'Where the lanterns glow'];
  const song = ['The crowd sang the old harbour song:', ...chorus, 'Down by the quay the nets are drawn', ...chorus];
  assert.deepEqual(boilerplateLines(song.join('\n')), [], 'a chorus repeated is article text');
});

test('teaser dates without a year, video stamps and long "Published … | Updated …" lines are furniture', () => {
  const lines = ['Nov 18', 'November 20', 'Sept. 3', 'Nov 7 23:05', '7H ago 08:51', '9H ago 01:01:43', 'Published Nov 18, 2019 at 4:07 PM | Updated at 5:36 PM GMT on Nov 18, 2019', 'Thursday , November 7 2024'];
  // Dates needed a year, a relative time could not carry a video length, and a timestamp line ran to 14 words.
  // A space before a weekday's comma (flattened spans) hid a page's date.
  judgeBetweenParagraphs(lines, ['Marathon 5', 'Season 2', 'Published at 4:07 PM on a Tuesday, the harbour report named every councillor who had voted to close the two branch libraries.']);
  // A date closed by a full stop, or with the dateline's place in capitals after a bar (before, kept).
  judgeBetweenParagraphs(['July 26th 2024.', 'Jul. 27, 2024 | WEXMOOR'], ['Jul. 27, 2024 | The day the library reopened']);
  // A live blog's entry stamp with the writer's name run into it (before, kept).
  judgeBetweenParagraphs(['Ana Ruiz24 November 2026 04:05']);
});

test('a page of lists with no article region: a long run of menu lines at the top is the menu, the head below it is not', () => {
  const menu = ['Home', 'News', 'Ferries', 'Weather', 'Tides', 'Sport', 'What\'s On', 'Puzzles', 'Obituaries', 'Jobs', 'Homes', 'Motors', 'Events', 'Archive', 'Letters', 'Schools', 'Podcasts', 'Contact'];
  const page = [...menu, 'Harbour festival programme', 'By Ines Varga', 'The three-day harbour festival returns this weekend with music, boat races and a night market.', 'Friday', 'Lantern walk', 'Fish supper', 'Saturday', 'Rowing races', 'Brass band'];
  const flagged = boilerplateLines(page.join('\n'));
  // Before, a menu was found only around a run of paragraphs long enough to be the article.
  // The 8 lines above the first paragraph may be its head and are left.
  for (let n = 1; n <= 12; n++) assert.ok(flagged.includes(n), `menu line ${n} is furniture`);
  for (let n = 19; n <= page.length; n++) assert.ok(!flagged.includes(n), `line ${n} is the page's own text`);
  // Nine short lines at the top are too few to call a menu without an article beside them.
  assert.deepEqual(boilerplateLines(['Friday', 'Lantern walk', 'Fish supper', 'Saturday', 'Rowing races', 'Brass band', 'Sunday', 'Open day', 'Fireworks', 'The three-day harbour festival returns this weekend with music, boat races and a night market.'].join('\n')), []);
});

test('readers\' voices signed with a dash stay article text however far off its topic', () => {
  const voices = [
    '“I have not missed a single market day in forty years and I do not intend to start now.” ― Tomas Brek',
    '“My grandmother sold eggs from a handcart, and nobody ever asked her for a licence.” ― Ada Moreno',
  ];
  const page = [...BODY.slice(2), 'Photo: Harbour Times', ...voices].join('\n');
  const flagged = boilerplateLines(page);
  // Before, past the photo credit they shared too few words with the story and were cut as an appended story.
  assert.deepEqual(flagged, [7]);
  // A quote standing alone as a teaser title, unsigned, is still judged by its topic.
  const teaser = '"Hi, my name is Tomas and I have sold fish on this quay for forty long years."';
  assert.ok(boilerplateLines([...BODY.slice(2), 'Photo: Harbour Times', teaser].join('\n')).includes(8));
});

test('one related-story link between two paragraphs marks no article end: the paragraphs after it stay', () => {
  const after = [
    '\u201CThey want to get in touch with their families and keep asking about the ones still missing,\u201D she said of the people waiting outside.',
    'Wexmoor declared three days of mourning and the council suspended campaigning for the local election on June 25.',
  ];
  const page = [...BODY.slice(0, 5), 'READ MORE : Flood closes Alder bridge; 45 homes evacuated', ...after].join('\n');
  // Before, the link was read as the article's end and both paragraphs after it as an appended story.
  assert.deepEqual(boilerplateLines(page), [6]);
});

test('a short quote ending the story is its kicker, not another story', () => {
  const more = [
    'The rebuild added a lift, a children\'s floor and a room for the local history archive, which had been kept in a damp basement for decades.',
    'Volunteers spent the last month moving more than forty thousand books back onto the shelves, sorted by a new catalogue system.',
  ];
  const kicker = ['Costa was asked whether the town would ever close it again.', '“Not while I have the keys and breath left in me.”'];
  // Before, the quote (too short to count as a paragraph of the article) shared no words with the story and was cut as an appended one.
  assert.deepEqual(boilerplateLines([...BODY, ...more, ...kicker].join('\n')), []);
});

test('a short last line that turns to what comes next ends the story, drafted or pasted', () => {
  const more = [
    'The rebuild added a lift, a children\'s floor and a room for the local history archive, which had been kept in a damp basement for decades.',
    'Volunteers spent the last month moving more than forty thousand books back onto the shelves, sorted by a new catalogue system.',
  ];
  // Eleven words, none of them the story's: too short to be a paragraph of the article, so it was
  // judged as text outside it and cut as an appended story.
  const ending = 'A mobile van will visit the outlying farms on Wednesdays instead.';
  assert.deepEqual(boilerplateLines([...BODY, ...more, ending].join('\n')), []);
  // Pasted with the site's share buttons and related headlines below it: they go, the ending stays.
  const page = [...BODY, ...more, ending, 'Share', 'Related Stories', 'Council votes to close two branch libraries', 'Ferry timetable changes from Monday'].join('\n');
  assert.deepEqual(boilerplateLines(page), [12, 13, 14, 15]);
});

test('a live blog\u2019s last entry, after the entry times and share buttons its other entries have, is the article\u2019s', () => {
  const entry = (time, head, text) => [time, head, text, 'Share'];
  const page = [
    'Wexmoor library reopening live: queues from dawn',
    ...entry('09:10', 'Doors open', 'The Wexmoor public library opened its doors at nine after a two-year rebuild that cost the council four million pounds.'),
    ...entry('09:45', 'Queue round the block', 'Hundreds of residents queued outside the library before the doors opened, many carrying books borrowed before it closed.'),
    ...entry('10:20', 'Librarian speaks', 'Head librarian Maria Costa said the new library reading rooms had been designed with the town\'s schoolchildren in mind.'),
    ...entry('11:05', 'Buses diverted', 'Two bus routes through the market square are running on a diversion until the evening, the transport office said.'),
  ].join('\n');
  // Before, the last entry shared no words with the library entries and, past an entry time and a
  // share button, was cut as another story: the page's own furniture between entries marks no end.
  const flagged = boilerplateLines(page);
  assert.ok(!flagged.includes(15) && !flagged.includes(16), 'the last entry and its heading kept');
  assert.ok(flagged.includes(17), 'its share button flagged');
});

test('a French and a German page\u2019s furniture: share, log-in, byline, stamp, "Lire aussi", legal links, rights reserved', () => {
  const article = BODY.slice(2).filter((l) => l && !/^Under pressure$/.test(l));
  const fr = ['Aller au contenu principal', 'Rechercher', 'Se connecter', "S'abonner", 'Wexmoor library reopens after two-year rebuild', 'Par Claire Dubois', 'Publié le 3 mars 2026 à 14h05, mis à jour à 16h30', 'Partager', ...article, 'Lire aussi', 'Council votes to keep the lighthouse open', "S'inscrire", "Le Quotidien de l'Ouest - Tous droits réservés"];
  const de = ['Startseite', 'Wexmoor library reopens after two-year rebuild', 'Von Jana Becker', '03.03.2026, 14:05 Uhr', 'Teilen', ...article, 'Mehr zum Thema', 'Council votes to keep the lighthouse open', 'Kommentare', 'Datenschutz', 'Impressum'];
  // Before, each of these lines but the first few was kept.
  const kept = (lines) => lines.filter((_, i) => !boilerplateLines(lines.join('\n')).includes(i + 1));
  assert.deepEqual(kept(fr), ['Wexmoor library reopens after two-year rebuild', ...article]);
  assert.deepEqual(kept(de), ['Wexmoor library reopens after two-year rebuild', ...article]);
  // "Von" and "Par" open a sentence too: a byline is names alone; a sentence opening with "Publicado" is no stamp.
  assert.deepEqual(boilerplateLines([BODY[2], 'Von Berlin aus fuhr sie weiter nach Wexmoor.', BODY[3]].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], 'Publicado en 2019, el libro vendió dos millones de copias.', BODY[3]].join('\n')), []);
});

test('a legal link inside a footer menu does not cut the menu in two', () => {
  const more = [
    'The rebuild added a lift, a children\'s floor and a room for the local history archive, which had been kept in a damp basement for decades.',
    'Volunteers spent the last month moving more than forty thousand books back onto the shelves, sorted by a new catalogue system.',
  ];
  const footer = ['Users online', '5603 users on-line', 'Privacy Policy', 'Who we are', 'Work with us', 'Contact the newsroom'];
  const n = BODY.length + more.length;
  // Before, "Privacy Policy" (a cookie notice's link) split the run, and the two lines above it were too few to be a menu.
  assert.deepEqual(boilerplateLines([...BODY, ...more, ...footer].join('\n')).filter((l) => l > n), [n + 1, n + 2, n + 3, n + 4, n + 5, n + 6]);
});

test('below a site footer that reserves rights, past the article, every line is page furniture', () => {
  const below = ['Sign up for our morning briefing and get the harbour news before the first ferry sails.', 'Council votes to keep the lighthouse open through the winter months', 'Wexmoor library reopens after two-year rebuild: residents queue for hours'];
  const page = [...BODY, '\u00A9 2026 Harbour Times Ltd. All Rights Reserved.', ...below].join('\n');
  // Before, the teasers below the footer shared words with the story (one is its own headline) and stayed.
  assert.deepEqual(boilerplateLines(page), [9, 10, 11, 12]);
  // Wire copy pasted story after story, each ending with the agency's line: the next story stays,
  // with its dateline.
  const wire = [...BODY.slice(2), 'Copyright 2026 Harbour Press. All rights reserved.', 'PORT ALDER, March 4 -', 'The island ferry company will raise fares by a tenth from April, the harbour council was told on Monday.', 'Councillors asked the company to keep the winter timetable unchanged and to publish its accounts.', 'The company said fuel had cost it a third more this year than last, and that the rise was its first in six years.'].join('\n');
  assert.deepEqual(boilerplateLines(wire), [7]);
  // A photo credit inside the article reserves no rights: the paragraphs after it stay.
  const credit = [...BODY.slice(0, 5), '\u00A9 2026 Ines Varga for the Harbour Times', ...BODY.slice(5)].join('\n');
  assert.ok(!boilerplateLines(credit).some((n) => n > 6), 'article text after a photo credit');
});

test('"Most Popular Videos" and "Trending Stories" head related-story blocks; a widget inside the article ends at the article\'s run', () => {
  const teasers = ['Storm warning issued for the west coast', 'Council votes to close two branch libraries', 'Ferry timetable changes from Monday'];
  // "More from <site or section>" too (before, only a bare "More from").
  for (const heading of ['Most Popular Videos', 'Trending Stories', 'RELATED ARTICLES', 'More from Sport', 'More From the Wexmoor Gazette', 'More in Politics', 'Want more stories like this?']) {
    const page = [...BODY, heading, ...teasers].join('\n');
    // Before, only the bare phrases ("most popular", "trending") were headings.
    assert.deepEqual(boilerplateLines(page), [9, 10, 11, 12], heading);
  }
  // Before the article has begun (after its first paragraph), the headlines right under such a
  // heading are its links, up to the next sentence (before, only the heading was flagged).
  const early = [BODY[0], 'Related Coverage', ...teasers.slice(0, 2), ...BODY.slice(1)].join('\n');
  assert.deepEqual(boilerplateLines(early), [2, 3, 4]);
  // A line leading into the article's own quotes is no heading.
  assert.deepEqual(boilerplateLines([...BODY, 'More from the interview:', '"We will open on Sundays," Costa said.'].join('\n')), []);
  // A trending widget dropped in after the first paragraphs: the article resumes below it with a
  // paragraph that shares few words with the rest, and the run of paragraphs it starts is the article.
  const resumed = [
    BODY[2],
    BODY[3],
    BODY[4],
    'Trending Stories',
    ...teasers,
    'Meanwhile, volunteers with torches walked the shingle until long after midnight, calling out to each other.',
    BODY[6],
    BODY[7],
    'Costa said the library would host evening classes for adults, and that the schoolchildren of the town would be given their own cards on the first day.',
    'The council said the final bill for the rebuild of the library would be published in the spring, once the last of the contractors had been paid.',
  ];
  assert.deepEqual(boilerplateLines(resumed.join('\n')), [4, 5, 6, 7]);
});

test('up to three menu lines between flagged links are furniture; the headline above the article never is', () => {
  const top = ['Skip to main content', 'Harbour Times main menu', 'Ferries', 'Tides', 'Sections', 'Weather', 'Letters', 'Masthead', 'Community rules', 'Share'];
  const page = [...top, ...BODY.slice(2)].join('\n');
  const flagged = boilerplateLines(page);
  // Before, only a single line between two flagged ones was taken with them.
  for (let n = 1; n <= 10; n++) assert.ok(flagged.includes(n), `menu line ${n} is furniture`);
  assert.ok(!flagged.some((n) => n > 10), 'article text');

  // A headline between an ad label and a timestamp is the article's head (it was cut before).
  const headed = ['Advertisement', 'Wexmoor library reopens after rebuild', 'Published 3 March 2026 10:04', ...BODY.slice(2)].join('\n');
  assert.deepEqual(boilerplateLines(headed), [1, 3]);
  const menuAbove = ['Menu', 'Search', 'Wexmoor library reopens after two-year rebuild', 'Maria Costa reports', 'March 3, 2026', ...BODY.slice(2)].join('\n');
  assert.deepEqual(boilerplateLines(menuAbove), [1, 2, 5]);
});

test('a site menu goes on below the section names it is known by', () => {
  // Before, "Sustainability" and "Legal" were kept: no list of sections holds every site's.
  const page = ['Skip to content', 'World', 'Business', 'Markets', 'Sustainability', 'Legal', '', 'Wexmoor library reopens after two-year rebuild', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.deepEqual(boilerplateLines(page), [1, 2, 3, 4, 5, 6, 15]);
  // Only directly under the menu, and only a word or two: a longer line under it stays.
  const headlineUnder = ['Skip to content', 'World', 'Business', 'Markets', 'Wexmoor library reopens', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.ok(!boilerplateLines(headlineUnder).includes(5));
  const shareBar = ['Skip to content', 'Facebook', 'Twitter', 'Email', 'Ana Ruiz', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.ok(!boilerplateLines(shareBar).includes(5), 'a share bar is no menu: the name under it is not an item');
  // Under a navigation link that is no share button, as a TV station's page has them.
  const tv = ['KPAL 7 News', 'Watch Live', 'Weather Alerts', 'Closings', '', 'Wexmoor library reopens after two-year rebuild', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.deepEqual(boilerplateLines(tv).filter((n) => n >= 2 && n <= 4), [2, 3, 4]);
});

test('a date’s label over it ("Published") and a byline naming no one ("Staff report") are furniture on a pasted page', () => {
  // Before, both were kept: "Published" is one word, and "Staff report" names no writer.
  const page = ['Wexmoor library reopens after two-year rebuild', '', 'Published', '9 October 2026', '', 'Staff report', '', ...BODY.slice(2), 'Advertisement', 'Skip to content'].join('\n');
  const flagged = boilerplateLines(page);
  assert.ok(flagged.includes(3) && flagged.includes(4) && flagged.includes(6), String(flagged));
  // The writer's name alone over the stamp, sharing no word with the article, and the link beside it (before, kept).
  const byName = ['Skip to content', 'Wexmoor library reopens after two-year rebuild', '', 'Ana Ruiz', 'Published: 8:30pm, 18 Nov 2026', 'Why you can trust the Gazette', '', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.deepEqual(boilerplateLines(byName).filter((n) => n >= 2 && n <= 6), [4, 5, 6]);
  // A headline over the stamp shares the article's words: it stays.
  const headline = byName.replace('Ana Ruiz', 'Wexmoor Library Reopens');
  assert.ok(!boilerplateLines(headline).includes(4));
  // "More on this:" heads another story's teaser.
  assert.ok(boilerplateLines([...BODY, '', 'More on this:', 'Port Alder council approves ferry levy', 'Advertisement'].join('\n')).includes(BODY.length + 2));
  // "Published" before a paragraph is a word of the article.
  assert.ok(!boilerplateLines(['Published', ...BODY].join('\n')).includes(1));
});

test('a byline is the page\u2019s on a page pasted with its furniture, and the writer\u2019s own in a draft', () => {
  // Before, the byline pattern only knew a lower-case "by", so "By Ana Ruiz" never matched.
  const pasted = ['Skip to content', 'Wexmoor library reopens after two-year rebuild', 'By Ana Ruiz and Tomas Brek', ...BODY.slice(2), 'Advertisement'].join('\n');
  assert.ok(boilerplateLines(pasted).includes(3));
  const draft = ['Wexmoor library reopens after two-year rebuild', 'By Ana Ruiz', ...BODY.slice(2)].join('\n');
  assert.deepEqual(boilerplateLines(draft), []);
  // A sentence starting with "By" is no byline.
  assert.ok(!boilerplateLines([...BODY.slice(0, 4), 'By Friday the library had lent 2,000 books, Costa said.', ...BODY.slice(4), 'Advertisement', 'Skip to content'].join('\n')).includes(5));
  // Labelled bylines as broadcasters' pages print them (before, kept): "Author: …", "Written by …".
  // Also "Written By: …" with the writer's handle (before, kept).
  for (const label of ['Author: Jenna Morales', 'Written by Ana Ruiz', 'Written By: Ana Ruiz @AnaRuiz2026']) {
    assert.ok(boilerplateLines(pasted.replace('By Ana Ruiz and Tomas Brek', label)).includes(3), label);
    assert.deepEqual(boilerplateLines(draft.replace('By Ana Ruiz', label)), [], label);
  }
  assert.ok(!boilerplateLines(pasted.replace('By Ana Ruiz and Tomas Brek', 'Written by residents, the letter asked for longer opening hours.')).includes(3));
  // With the writer's role after a comma (before, kept): "By Ana Ruiz, Political Correspondent".
  for (const byline of ['By Ana Ruiz, Political Correspondent', 'By Ana Ruiz, staff writer', 'By Ana Ruiz, Wexmoor Gazette']) {
    assert.ok(boilerplateLines(pasted.replace('By Ana Ruiz and Tomas Brek', byline)).includes(3), byline);
    assert.deepEqual(boilerplateLines(draft.replace('By Ana Ruiz', byline)), [], byline);
  }
  assert.ok(!boilerplateLines([...BODY.slice(0, 4), 'By Friday Morning, volunteers had shelved the books.', ...BODY.slice(4), 'Advertisement', 'Skip to content'].join('\n')).includes(5));
});

test('another story\u2019s paragraph right after the article, over a teaser\u2019s date, is a teaser', () => {
  const teaser = 'The cricket world watches as Kestrel Kings meet Port Alder Royals in the final of the Premier Cup in a match nobody wants to miss.';
  // Before, kept: with no furniture between it and the article, it read as the article's last paragraph.
  const page = [...BODY, '', teaser, '', 'November 20, 2026'].join('\n');
  assert.ok(boilerplateLines(page).includes(BODY.length + 2), String(boilerplateLines(page)));
  // The article's own last paragraph over a date stays.
  const own = [...BODY, '', BODY[3], '', 'November 20, 2026'].join('\n');
  assert.ok(!boilerplateLines(own).includes(BODY.length + 2));
});

test('an Asian wire page\u2019s furniture: time-first and year-first stamps, "(END)", hashtags, "Keywords", "Most Liked"', () => {
  // Before, each of these was kept: no shape knew a clock before the date, a date written 2026/11/18,
  // the agency's end mark, a line of hashtags or these two headings.
  const page = ['Wexmoor library reopens after two-year rebuild', '', '10:15 November 18, 2026', '', ...BODY, '', '(END)', '', 'Keywords', '#Wexmoor #library #rebuild', '', 'Most Liked', 'Port Alder council approves ferry levy', '', '2026/11/18 10:15 KST'].join('\n');
  const n = BODY.length;
  assert.deepEqual(boilerplateLines(page).filter((l) => l === 3 || l > n + 4), [3, n + 6, n + 8, n + 9, n + 11, n + 12, n + 14]);
  // A hashtag inside a sentence, and one alone, are the article's.
  assert.deepEqual(boilerplateLines([...BODY, '', 'Readers shared photos under #WexmoorReads all week.', '', '#WexmoorReads'].join('\n')), []);
});

test('a broadcaster\u2019s and an agency\u2019s furniture: a reading-list prompt, "Follow … :", "Other news", a reprint notice', () => {
  // Before, each was kept.
  const page = ['Wexmoor library reopens after two-year rebuild', '', 'Save articles to read later and create your own reading list.', '', ...BODY, '', 'Other news', 'Port Alder council approves ferry levy', '', 'Reprinting and use of Gazette materials is possible with the obligatory hyperlink to the Gazette.', '', 'Follow Wexmoor Gazette:'].join('\n');
  const n = BODY.length;
  assert.deepEqual(boilerplateLines(page).filter((l) => l === 3 || l > n + 4), [3, n + 6, n + 7, n + 9, n + 11]);
  // A share prompt right under the last paragraph is a sentence, yet no ending of the story.
  assert.deepEqual(boilerplateLines([...BODY, 'Like this story? Share it with a friend!'].join('\n')), [n + 1]);
  // "Follow the money" is a sentence of the article.
  assert.deepEqual(boilerplateLines([...BODY, '', 'Follow the money.'].join('\n')), []);
});

test('an author bio under the story is furniture; the same words mid-story are not', () => {
  const bio = 'Ines Varga is a freelance reporter based in Port Alder.';
  // Before, only "By Name" lines were bylines.
  assert.deepEqual(boilerplateLines([...BODY, bio].join('\n')), [9]);
  assert.deepEqual(boilerplateLines([...BODY.slice(0, 5), 'Tomas Brek is a retired reporter who has borrowed books from the library for sixty years.', ...BODY.slice(5)].join('\n')), []);
  // With the job in apposition, two notes in a row, over a feed's footer (before, all three stayed).
  const notes = ['Ines Varga is an arts reporter who often covers the courts for the Wexmoor Echo.', 'Tomas Brek, a reporter covering libraries and schools, has been writing for the Wexmoor Echo for more than 20 years.', 'The post Library Reopens After Flood appeared first on Wexmoor Echo.'];
  assert.deepEqual(boilerplateLines([...BODY, ...notes].join('\n')), [9, 10, 11]);
  // The last paragraph quoting a reporter is the story's.
  assert.deepEqual(boilerplateLines([...BODY, 'Tomas Brek, a reporter at the Wexmoor Echo, said he saw the water rise within minutes.'].join('\n')), []);
});

test('share links to any network and comment-form lines are furniture', () => {
  const lines = ['Share this on WhatsApp', 'Share via Email', 'Share to LinkedIn', 'Copy Link URLCopied!', 'Reply', 'Leave a Reply', 'Leave a Comment Cancel Reply'];
  // Only Facebook and Twitter share lines were listed, and no comment-form line.
  judgeBetweenParagraphs(lines);
  assert.deepEqual(boilerplateLines([BODY[2], 'Share the road with cyclists, the council urged drivers on Friday.', BODY[3]].join('\n')), []);
});

test('an ingredient list after the story is the article\'s own, not a menu', () => {
  const ingredients = ['Harbour fish stew', 'Ingredients', '2 cups fish stock', '1 tsp saffron', '½ cup white wine', '200 g mussels', '1 tbsp butter'];
  const page = [...BODY, ...ingredients].join('\n');
  // Before, five lines of up to four words after the article were a menu.
  assert.deepEqual(boilerplateLines(page), []);
  const menu = ['Tide tables', 'Ferry times', 'Island Life', 'Letters', 'Schools', 'Archive'];
  assert.ok(boilerplateLines([...BODY, ...menu].join('\n')).length >= 5, 'a menu after the story is still one');
});

test('a fact box after the story, a name and a figure per line ("Harwick - 4"), is the article\'s own, not a menu', () => {
  const story = [
    'Harwick defeated Alder 2-1 in the Harbour Cup 2026 final and took the trophy for a fourth time, a record, at the Old Stadium in Harwick Port.',
    'Ana Ruiz struck the decisive goal in the 86th minute, keeping Harwick unbeaten through the whole competition.',
    'Lena Berg opened the scoring in the 47th minute from a cross by 17-year-old Tomas Brek. Alder replacement Mara Lind answered with a long-range strike that gave the away supporters hope, until the late Ruiz goal ended it.',
    'LIVE REPLAY | HARWICK VS ALDER MATCH CENTRE, HARBOUR CUP 2026 FINAL',
    'At the final whistle, Alder teenager Ines Varga kicked a drinks crate on the touchline in anger and walked straight down the tunnel.',
    'Brek took the best young player prize and Ruiz the player of the competition award. Valna keeper Mike Dorn won the golden glove after four clean sheets.',
    'Because neither Lena Berg nor Mara Lind scored in the final, the Harbour Cup 2026 top-scorer award will be shared by six players.',
    'No club has won the Harbour Cup more often than Harwick (four) - in 1964, 2008, 2012 and now 2026.',
  ];
  const box = ['Clubs with most Harbour Cup titles:', 'Harwick - 4', 'Valna - 3', 'Alder - 2'];
  // Before, the box's four lines were a navigation menu outside the article; the status note stays furniture.
  assert.deepEqual(boilerplateLines([...story, ...box, 'More to follow...'].join('\n\n')), [25]);
  const menu = ['Tide tables', 'Ferry times', 'Island Life', 'Letters', 'Schools', 'Archive'];
  assert.ok(boilerplateLines([...BODY, ...menu].join('\n')).length >= 5, 'a menu after the story is still one');
});

/** The library story told with its topic words in every paragraph, around a line between paragraphs. */
const LIBRARY_BODY = [
  'The Wexmoor public library reopened its doors on Saturday after a two-year rebuild that cost the town council more than four million pounds.',
  'Hundreds of residents queued outside the library before the doors opened, many of them carrying books borrowed before the library closed.',
  'Head librarian Maria Costa said the new reading rooms of the library had been designed with the town\'s schoolchildren in mind.',
];
const LIBRARY_REST = [
  'The council faced criticism when the library rebuild ran eight months late and the budget of the town council grew by a third.',
  'Residents will be able to borrow up to twelve books at a time from the library, and it will open on Sundays for the first time.',
];

test('a subhead made of the article\'s own words is not a related headline; another story\'s headline is', () => {
  const [body, rest] = [LIBRARY_BODY, LIBRARY_REST];
  const subhead = 'Library rebuild ran late and over budget';
  // Before, any isolated 6-18 word line without a full stop between paragraphs was a related headline.
  assert.deepEqual(boilerplateLines([...body, subhead, ...rest].join('\n')), []);
  const teaser = 'Storm warning issued for the west coast as gales close ferry routes';
  // On a page pasted with its furniture (here an ad label and a share link); a file without any is a draft, whose subheads it would be.
  assert.deepEqual(boilerplateLines(['Advertisement', ...body, teaser, ...rest, 'Share'].join('\n')), [1, 5, 8]);
});

test('a timeline\'s bare dates between the article\'s paragraphs are its subheads', () => {
  const timeline = [
    'The Wexmoor library rebuild took two years longer than the council first promised, and its cost rose by a third along the way.',
    'March 3',
    'The council voted to close the old library building after inspectors found cracks in two of its load-bearing walls.',
    'June 18',
    'Builders began work on the new reading rooms, and the council promised residents the library would reopen within a year.',
    'October 2',
    'The rebuild stopped for four months when the contractor went bust and the council had to find another builder.',
  ];
  // Before, a date line without a year was taken for a teaser's stamp wherever it stood.
  assert.deepEqual(boilerplateLines(timeline.join('\n')), []);
  assert.deepEqual(boilerplateLines([...timeline, 'Related', 'Storm warning issued for the west coast', 'Nov 18'].join('\n')), [8, 9, 10]);
});

test('a labelled reading time, in English or another language, is furniture', () => {
  for (const label of ['Reading time: 4 minutes', 'Estimated reading time: 6 min', 'Tempo de leitura: 1 minuto', 'Tiempo de lectura: 3 minutos', 'Lesezeit: 3 Min.']) {
    const page = [BODY[0], '', label, '', ...BODY.slice(2)].join('\n');
    // Before, only "4 min read" was known: two blogs' "Tempo de leitura" lines even conflicted as claims.
    assert.deepEqual(boilerplateLines(page), [3], label);
  }
  // A sentence about reading time is article text.
  assert.deepEqual(boilerplateLines([BODY[0], '', 'Reading time for pupils rose to 40 minutes a day after the library reopened, Costa said.', '', ...BODY.slice(2)].join('\n')), []);
});

test('a flattened share bar, an audio player label and a news-tip request are furniture', () => {
  // The bar's buttons without its label, spaced or glued together, too (before, only with "Share").
  for (const line of ['Share this article: Facebook Twitter Email', 'Share: Facebook | X | WhatsApp | Copy link', 'Facebook Twitter Email', 'FacebookTwitterPinterestEmail', 'Download our app', 'Get the WKPA app now', 'Thanks for signing up!', 'There was an error processing your subscription.', 'By signing up, you agree to our Privacy Policy and Terms of Use.', 'I would like to be emailed about offers, events and updates from The Wexmoor Gazette. Read our privacy policy', 'Read our privacy notice', 'Breaking News', 'Open in full screen mode', 'Fullscreen', 'Facebook Share on Facebook', 'Email Share on Email', 'Get our free View from Valna email', 'Notify me via e-mail if anyone answers my comment.', 'Sign up for ourNewsletter.', 'Listen to this article 3 min', 'Listen to this story (4:12)', 'Have a news tip? Email us at tips@wexmoor-gazette.example']) {
    const page = [BODY[0], '', BODY[2], '', line, '', ...BODY.slice(3)].join('\n');
    // Before, each stayed article text between the paragraphs.
    assert.deepEqual(boilerplateLines(page), [5], line);
  }
  // Sentences about sharing, listening or tips are article text.
  for (const line of ['Facebook and Twitter both removed the posts on Friday.', 'Facebook shares fell on Friday after the ruling.', 'Download the council app to report a flooded drain, Costa said.', 'Thanks for signing up so many volunteers, Costa told the crowd on Saturday.', 'I wish to receive updates on the library inquiry, Costa told the committee.', 'Share this article with the council, Costa told the readers at the opening on Saturday.', 'Listen to this: the library will open on Sundays for the first time.', 'Have a news tip? was the question on every poster the council put up around the town this spring.']) {
    const page = [BODY[0], '', BODY[2], '', line, '', ...BODY.slice(3)].join('\n');
    assert.deepEqual(boilerplateLines(page), [], line);
  }
});

test('a page\u2019s age notice, a "Last modified" stamp and a bracketed photo credit are furniture', () => {
  // Before, each stayed article text between the paragraphs.
  // And a wire site's standing footer lines.
  for (const line of ['This article is more than 2 years old', 'Last modified on Fri 4 Dec 2026 12.00 GMT', '(AP Photo/Evan Vucci)', '(Image: \u00A9 Ana Ruiz/Wexmoor Gazette)', '(Photo by Tomas Brek/Getty Images)', 'Our Standards: The Thomson Reuters Trust Principles.', 'All quotes delayed a minimum of 15 minutes. See here for a complete list of exchanges and delays.']) {
    const page = [BODY[0], '', BODY[2], '', line, '', ...BODY.slice(3)].join('\n');
    assert.deepEqual(boilerplateLines(page), [5], line);
  }
  for (const line of ['This article is more than two years in the making, Costa said of the library plan.', 'Last modified in 2019, the plan now needs a new budget, the council said.', '(Photo courtesy of the Costa family, who kept the library\u2019s first card.)']) {
    const page = [BODY[0], '', BODY[2], '', line, '', ...BODY.slice(3)].join('\n');
    assert.deepEqual(boilerplateLines(page), [], line);
  }
});

test('a byline or name with a dated clock time after it is the page stamp, a sentence giving a time is not', () => {
  for (const line of ['By Ana Ruiz - 11/19/26 06:56 AM EST', 'Tomas Brek - Nov 19, 2026, 10:31 pm CST', 'By Ines Varga, Wednesday, 18 November 2026 08:05 GMT', 'By Lena Ostrowski 2026-11-18T20:51:19Z Science']) {
    const page = [BODY[0], line, '', ...BODY.slice(2)].join('\n');
    // Before, a name in front of the date kept it article text.
    assert.deepEqual([...lib.analyzeDocument(page).boilerplate.entries()], [[1, 'publication timestamp']], line);
  }
  for (const line of ['By Nov 19, 2026, at 10:31 pm the ferry had left the harbour.', 'Crews reached the bridge on Nov 19, 2026 at 10:31 pm, Ruiz said, and closed it:']) {
    const page = [BODY[0], line, '', ...BODY.slice(2)].join('\n');
    assert.deepEqual([...lib.analyzeDocument(page).boilerplate.entries()], [], line);
  }
});

test('a date with a clock time in any common spelling is a publication timestamp', () => {
  for (const line of ['November 18, 2026 at 6:02 a.m. EST', 'Nov. 18, 2026 - 6:02 PM', '18 November 2026 | 06:02', 'Wednesday, November 18, 2026 6:02 p.m.']) {
    const page = [BODY[0], line, '', ...BODY.slice(2)].join('\n');
    // Before, "at", a dash or a bar before the time, and "a.m." with its dots, kept it article text.
    assert.deepEqual([...lib.analyzeDocument(page).boilerplate.entries()], [[1, 'publication timestamp']], line);
  }
});

test('a few section labels above the first furniture at the top of a page are the site sections; a draft slug is not', () => {
  const page = ['Markets', 'Business', 'World', 'Share', 'Tweet', '', ...BODY].join('\n');
  // Before, only the first line could be such a label, so none of the three was flagged.
  assert.deepEqual(boilerplateLines(page), [1, 2, 3, 4, 5]);
  // With no furniture right under them they are the writer's: a slug and a desk.
  const draft = ['LIBRARY-REOPENS', 'City desk', '', ...BODY].join('\n');
  assert.deepEqual(boilerplateLines(draft), []);
});

test('a short blog post: its headline between "Skip to content" and "Posted on …" stays; the post\u2019s footer links go', () => {
  const post = [
    'Skip to content',
    'Library reopens after the flood',
    'Posted on March 3, 2026 by wexmoorwatcher',
    'The Wexmoor library opened its doors again on Saturday, two years after the river flooded its reading room and swept away most of its books.',
    'Maria Costa, who has run the library since 2009, stood at the door handing out new cards to the first readers in the queue.',
    'The council says the reading room will open on Sundays from next month, for the first time in its history.',
    'Posted in Local news | Tagged library, flood | Leave a comment',
    '\u00AB Previous post',
    'Next post \u00BB',
    'Search for:',
  ].join('\n');
  // Before, the headline was "part of a block of page furniture" (a three-paragraph post gives the
  // topic model too little to find the article by), and the last four lines stayed.
  assert.deepEqual(boilerplateLines(post), [1, 3, 7, 8, 9, 10]);
});

test('a newspaper section\u2019s name alone on a pasted page\u2019s line is its menu; the same word over a paragraph is a subhead', () => {
  const page = ['Skip to main content', 'Sign In', 'News', 'Obituaries', 'e-Edition', 'Local News', ...BODY, 'Share', 'Weather', 'Traffic'].join('\n');
  // Before, a menu too short to count as a run kept its items: "Obituaries", "e-Edition".
  assert.deepEqual(boilerplateLines(page), [1, 2, 3, 4, 5, 6, 15, 16, 17]);
  // A draft's subhead stays, and so does the article's own ("Weather" with a paragraph after it).
  const roundup = ['Skip to main content', 'Sign In', ...BODY.slice(0, 5), 'Weather', 'Heavy rain is expected across Wexmoor on Sunday, and the council has opened the sandbag store by the river bridge.', ...BODY.slice(5)].join('\n');
  assert.deepEqual(boilerplateLines(roundup), [1, 2]);
  // Without a page's furniture nothing is a menu.
  assert.deepEqual(boilerplateLines(['Weather', ...BODY, 'Traffic'].join('\n')), []);
  // A site's own pages are listed the same way: "Home" (a link phrase), then "About" and "Contact".
  assert.deepEqual(boilerplateLines(['Skip to content', 'Home', 'About', 'Contact', ...BODY].join('\n')), [1, 2, 3, 4]);
  // And a comment form's answer under the story.
  assert.deepEqual(boilerplateLines(['Skip to content', 'Home', ...BODY, 'Thank you! Your comment will be reviewed by the moderator before it appears.', 'Breaking News', 'More'].join('\n')), [1, 2, 11, 12, 13]);
});

test('the author\u2019s note under a pasted story: "… covers education for …", "may be reached at …", an address alone; "Gift this article"', () => {
  const page = [
    'Skip to main content', 'Sign In', ...BODY.slice(0, 1), 'Gift this article', ...BODY.slice(2),
    'Maria Lind covers culture for the Wexmoor Echo. Reach her at mlind@wexmoorecho.example.',
    'Have a tip? Tom Hale may be reached at thale@wexmoorecho.example. Follow him on X.',
    'E-mail newsdesk@wexmoorecho.example',
  ].join('\n');
  // Before, none of the last three lines nor the gift button was flagged.
  assert.deepEqual(boilerplateLines(page), [1, 2, 4, 11, 12, 13]);
  // An address inside an article's sentence is the article's.
  const story = [...BODY, 'Residents can send suggestions for the new collection to books@wexmoor.example before the end of the month.'].join('\n');
  assert.deepEqual(boilerplateLines(story), []);
});

test('a blog post\u2019s date and author on one line ("November 21, 2026 by Observer Staff") is its stamp', () => {
  const post = ['Skip to content', 'Night works on the tunnel: what residents told us', 'November 21, 2026 by Observer Staff', ...BODY.slice(2)].join('\n');
  // Before, only "Posted on … by …" was a stamp.
  assert.deepEqual(boilerplateLines(post), [1, 3]);
  // A sentence that happens to open with a date is the article's.
  assert.deepEqual(boilerplateLines(['Skip to content', ...BODY.slice(0, 3), 'March 3, 2026 by the council vote.', ...BODY.slice(3)].join('\n')), [1]);
});

test('a breadcrumb, a syndicated-feed note, a messaging channel\u2019s invitation and a "Catch all the Latest News" footer are the page\u2019s', () => {
  const page = [
    'Home / World News / Wexmoor library reopens after two-year rebuild',
    ...BODY,
    '(This story has not been edited by Wexmoor Echo staff and is auto-generated from a syndicated feed.)',
    'Catch all the Latest News, Breaking News and Local News updates on Wexmoor Echo. Download the Echo app to get daily updates.',
    'Join the Echo\u2019s Telegram channel and get the latest breaking news delivered to you.',
  ].join('\n');
  // Before, none of the four was flagged.
  assert.deepEqual(boilerplateLines(page), [1, 10, 11, 12]);
  // Sentences about such things are the article's.
  const story = [...BODY, 'Residents set up a WhatsApp group to share news of the rebuild, and the library will join it.'].join('\n');
  assert.deepEqual(boilerplateLines(story), []);
});

test('a photographer and an agency on a line are a credit: "(Reed Saxon / Associated Press)", "Al Goldis, Associated Press"', () => {
  const page = [...BODY.slice(0, 4), '(Ana Ruiz / Associated Press)', ...BODY.slice(4, 6), 'Jonas Berg/Wexmoor Echo', 'Tom Hale, Reuters', ...BODY.slice(6)].join('\n');
  // Before, none was flagged: only credits with a "Photo:" or "Image" label were.
  assert.deepEqual(boilerplateLines(page), [5, 8, 9]);
  // A byline is not a credit: a draft keeps "By Tom Hale, Reuters".
  assert.deepEqual(boilerplateLines(['By Tom Hale, Reuters', ...BODY].join('\n')), []);
});

test('a press release\u2019s safe-harbour paragraph, media contact, SOURCE line and end mark are its footer; its "About" paragraph stays', () => {
  const release = [
    'Wexmoor Library Trust Reports Record Year',
    'WEXMOOR, Nov. 2, 2026 /PRNewswire/ -- The Wexmoor Library Trust today reported a record 410,000 visits in its financial year, up 12% on the year before.',
    '"The new reading rooms have brought a whole generation back to the library," said chief executive Maria Costa.',
    'About the Wexmoor Library Trust',
    'The Wexmoor Library Trust runs nine libraries and two mobile libraries across the county, with 140 staff.',
    'Forward-Looking Statements',
    'This press release contains forward-looking statements that involve risks and uncertainties. Actual results may differ materially.',
    'Media Contact:',
    'Tom Hale',
    '+44 1632 960000',
    'press@wexmoorlibraries.example',
    '',
    'SOURCE Wexmoor Library Trust',
    '###',
  ].join('\n');
  // Before, only the address and the end mark were flagged.
  assert.deepEqual(boilerplateLines(release), [6, 7, 8, 9, 10, 11, 13, 14]);
  // A story that mentions forward-looking statements is the writer's.
  const story = [...BODY, 'The trust warned that its forward-looking statements on visits involve risks and uncertainties.'].join('\n');
  assert.deepEqual(boilerplateLines(story), []);
});

test('a live blog\u2019s widget lines and a page\u2019s notes about its scripts are furniture', () => {
  const page = ['Key events', 'Show key events only', 'Please turn on JavaScript to use this feature', ...BODY, 'This slideshow requires JavaScript.', 'Your browser does not support the video tag.'].join('\n');
  // Before, none of the five was flagged.
  assert.deepEqual(boilerplateLines(page), [1, 2, 3, 12, 13]);
  // A sentence about scripts in an article is the article's.
  assert.deepEqual(boilerplateLines([...BODY, 'The new catalogue requires JavaScript, which older library computers cannot run.'].join('\n')), []);
  // The advice a player leaves under its note is the note's.
  const player = ['Your browser does not support the iframe HTML tag.', 'Try viewing this in a modern browser like Chrome, Safari, Firefox or Internet Explorer 9 or later.', ...BODY, 'Please upgrade your browser to watch this video.'].join('\n');
  assert.deepEqual(boilerplateLines(player), [1, 2, 11]);
  // Said as what it is, not as a link.
  assert.deepEqual([...lib.analyzeDocument(player).boilerplate.values()].slice(0, 2), ['note about the page\u2019s scripts or player', 'note about the page\u2019s scripts or player']);
  // A story about browsers keeps its sentences.
  assert.deepEqual(boilerplateLines([...BODY, 'Try using the catalogue in a different browser, the library advised readers whose searches failed.'].join('\n')), []);
});

test('a pasted page\u2019s note of who else reported is furniture; a draft keeps its own', () => {
  const note = 'Tom Hale contributed reporting from Port Alder.';
  const page = ['Skip to main content', 'Sign In', ...BODY, note, 'Associated Press writers Ana Ruiz and Jonas Berg contributed to this report.'].join('\n');
  // Before, neither note was flagged.
  assert.deepEqual(boilerplateLines(page), [1, 2, 11, 12]);
  assert.deepEqual(boilerplateLines([...BODY, note].join('\n')), []);
  // With blank lines between paragraphs, as a draft or a flattened page has them.
  assert.deepEqual(boilerplateLines(['Skip to main content', '', 'Sign In', '', ...BODY, '', note, '', 'Associated Press writer Ana Ruiz contributed to this report.'].join('\n')), [1, 3, 14, 16]);
  // Mid-article, "contributed" is the story's.
  assert.deepEqual(boilerplateLines(['Skip to main content', 'Sign In', ...BODY.slice(0, 4), 'Maria Costa contributed to the design of the new reading rooms.', ...BODY.slice(4)].join('\n')), [1, 2]);
});

test('furniture of international news sites: "Reuse this content", "Skip next section", a permalink, "Related topics"', () => {
  const page = [...BODY.slice(0, 4), 'You can share this story on social media:', ...BODY.slice(4), 'Reuse this content', 'Skip next section', 'Permalink https://p.example/p/43mXz', 'Related topics', 'Libraries', 'Wexmoor'].join('\n');
  // Before, none of these was flagged.
  assert.deepEqual(boilerplateLines(page), [5, 10, 11, 12, 13, 14, 15]);
  // A sentence about permalinks is the article's.
  assert.deepEqual(boilerplateLines([...BODY, 'The library will publish a permalink to each digitised book on its website.'].join('\n')), []);
});

test('a broadcaster\u2019s photo and video lines with a comma ("Image source, PA Media") and "You may also be interested in:" are furniture', () => {
  const page = [...BODY.slice(0, 2), 'Image source, PA Media', 'Image caption, Readers queued outside the library on Saturday morning', ...BODY.slice(2, 4), 'Media caption, Drone footage shows the new roof', ...BODY.slice(4), 'You may also be interested in:', 'Town hall clock to chime again after repairs', 'Why do small libraries keep closing?'].join('\n');
  // Before, the comma kept the three photo and video lines, and the block after the heading stayed.
  assert.deepEqual(boilerplateLines(page), [3, 4, 7, 12, 13, 14]);
  // A sentence that starts with the same words is the article's.
  assert.deepEqual(boilerplateLines([...BODY, 'Image source, the library says, matters: every photo in the archive now names who took it.'].join('\n')), []);
});

test('skip links run together, an abbreviated weekday\u2019s date line, region sections and "Explore more on these topics" are furniture', () => {
  const page = ['Skip to main contentSkip to navigation', 'News', 'World', 'UK', 'Environment', ...BODY.slice(0, 2), 'Thu 4 Dec 2026 07.12 GMT', ...BODY.slice(2), 'Explore more on these topics', 'Libraries', 'Wexmoor'].join('\n');
  // Before, the glued skip links, "UK", "Environment", the date line and the topics block were kept.
  assert.deepEqual(boilerplateLines(page), [1, 2, 3, 4, 5, 8, 15, 16, 17]);
  // A sentence about skipping is the article's.
  assert.deepEqual(boilerplateLines([...BODY, 'Skip to the end of the queue and you will find the children\u2019s corner.'].join('\n')), []);
});

test('a wire page\u2019s end: "… writer Lena Park in Kestrel City contributed to this report.", the author\u2019s name over the bio, the bio above an "About" paragraph', () => {
  const about = 'The cooperative is an independent news organisation owned by its member newspapers, supplying stories, photographs and video in four languages.';
  const page = ['Menu', 'World', 'Politics', 'Sports', 'Business', ...BODY, 'Associated Press writer Lena Park in Kestrel City contributed to this report.', 'MARK OLSEN', 'Olsen covers libraries and schools for the Wexmoor Wire.', 'twitter', about, 'About', 'Contact Us', 'Copyright 2026 The Wexmoor Wire. All Rights Reserved.'].join('\n');
  const n = BODY.length + 5;
  // Before, the note (its place named), the name and the bio (with the "About" paragraph after it) were kept.
  for (const line of [n + 1, n + 2, n + 3]) assert.ok(boilerplateLines(page).includes(line), `line ${line}`);
  // The article's own last paragraph stays; a name line above a paragraph that is no note stays too.
  assert.ok(!boilerplateLines(page).includes(n));
  assert.deepEqual(boilerplateLines([...BODY, 'MARK OLSEN', 'Olsen Street will be closed for the library\u2019s open day next Saturday, the council said.'].join('\n')), []);
});

test('stamps, reading times and stock credits seen on real news pages', () => {
  // Each was kept before: a bar of three items with a date, a stamp ending in its reading time, stock agency credits.
  const lines = ['TODAY\u2019S PAPER | February 04, 2026 | EPAPER', 'Coastal Wire November 27, 2026 2 min read', 'By Ana Ruiz \u00B7 5 min read', 'STR/AFP via Getty Images', 'Getty Images', 'Shutterstock', 'Photo by Tomas Brek/', 'Photo by Ana Ruiz/Coastal Wire', 'License Photo', 'Buy Photo', 'Photo via Coastal Wire', 'Image via Tomas Brek/Getty Images', 'Published: Updated:'];
  judgeBetweenParagraphs(lines);
  // Sentences saying as much, and a bar of two items, stay.
  judgeBetweenParagraphs([], ['The report takes about 5 min to read.', 'Photographers from Getty Images were at the harbour.', 'Photo by photo, the exhibition retraces the harbour\u2019s hundred years.', 'Photos from the harbour archive show the old pier.', 'Harbour | February 04, 2026', 'The vote | what it means | February 04, 2026 was the day everything changed for the port.']);
});

test('a live blog\u2019s "19:44 BST 20 October 2024" and a blog\u2019s "No comments:" are furniture; a sentence that lost its stop is not a headline', () => {
  // Both were kept before.
  judgeBetweenParagraphs(['19:44 BST 20 October 2024', '9:21 PM EST, December 22, 2022', 'No comments:']);
  // On a page pasted with furniture, a paragraph whose full stop the page lost was cut as a related-story headline.
  const page = (line) => [...BODY.slice(0, 5), line, ...BODY.slice(6), 'Advertisement', 'Post a Comment'].join('\n');
  assert.deepEqual(boilerplateLines(page('In the evening, after the ribbon was cut, a brass band marched through the square playing old songs')), [9, 10]);
  // A headline with one of those shapes is still one.
  assert.deepEqual(boilerplateLines(page('After stunning defeat, harbour club vows to rebuild its squad')), [6, 9, 10]);
});

test('a sign-up box\u2019s pitch, "Connect with us", and a lone bulleted teaser between paragraphs are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['Stay up to date with a curated collection of our top stories.', 'Connect with us'], ['Stay indoors until the warning is lifted, the council said.']);
  // A related link's headline may ask a question; another label's question is left (a subhead may ask one).
  judgeBetweenParagraphs(['See Also: Is the Harbour Bond Overvalued Or Undervalued?'], ['Analysis: Can the council afford the new library?']);
  const page = (lines) => [...BODY.slice(0, 5), ...lines, ...BODY.slice(6), 'Advertisement', 'Post a Comment'].join('\n');
  assert.deepEqual(boilerplateLines(page(['\u2022 Harbour festival draws record crowd despite the rain'])), [6, 9, 10]);
  // Two or more bullets are a list in the article.
  assert.deepEqual(boilerplateLines(page(['\u2022 Harbour festival draws record crowd despite the rain', '\u2022 New ferry timetable starts on Monday for all routes'])), [10, 11]);
});

test('a bulleted menu above the headline, "Close Menu", a glued reading time and an icon\u2019s screen-reader text are furniture', () => {
  // Before, bullets counted as a short article's own list wherever they stood, and these lines were kept.
  const sections = 'Money Trending Business Health Technology Automobile Gadgets Lifestyle Culture Sports Travel Editorials News Politics';
  const menu = ['Close Menu', ...sections.split(' ').map((w) => `\u2022 ${w}`), ''];
  const page = [...menu, BODY[0], '', 'Ana RuizBy Ana RuizMarch 21, 2026No Comments4 Mins Read', '', BODY[2], '', BODY[3], '', BODY[4]].join('\n');
  const flagged = boilerplateLines(page);
  // The menu (up to the lines a headline's head may take) and the stamp; not the headline (line 17).
  for (let n = 1; n <= 8; n++) assert.ok(flagged.includes(n), `${n} in ${flagged}`);
  assert.ok(flagged.includes(19) && !flagged.includes(17), flagged.join());
  judgeBetweenParagraphs(['Chevron icon It indicates an expandable section or menu, or sometimes previous / next navigation options.']);
  // Under a short article, a bulleted list is still its own.
  const list = [BODY[0], '', BODY[2], '', BODY[3], '', 'The library will offer:', '\u2022 homework clubs', '\u2022 film nights', '\u2022 coding classes', '\u2022 a caf\u00E9'].join('\n');
  assert.deepEqual(boilerplateLines(list), []);
});

test('more of the big sites\u2019 furniture: ad labels, paywall prompts, "Supported by", "Popular Stories"', () => {
  // None was flagged before.
  judgeBetweenParagraphs(
    ['Story Continues Below', 'Ad Feedback', 'Sponsor Message', 'Advertisement - Scroll to continue', 'Supported by', 'Send any friend a story', 'Hide Comments',
      'Subscribe to continue reading', 'Already a subscriber? Log in', 'Create a free account to continue reading', 'You have reached your limit of free articles', 'Popular Stories'],
    // A sentence reporting a newsletter is no prompt (before, any line naming one was).
    ['The library was supported by volunteers from the harbour school.', 'The library\u2019s newsletter will list the new opening times.'],
  );
});

test('a paywall\u2019s "Already a member?" and "Already a subscriber?" are furniture', () => {
  // Neither was flagged before: the question mark is part of the line.
  judgeBetweenParagraphs(['Already a member?', 'Already a subscriber?', 'Already have an account?', 'Already a member? Sign in'], ['She was already a member of the harbour board when the ferry sank.']);
});

test('an empty comment section\u2019s "No comments yet" and "Be the first to comment!" are furniture', () => {
  // Neither was flagged before ("No comments" alone was).
  judgeBetweenParagraphs(['No comments yet', 'Be the first to comment!'], ['There were no comments yet from the harbour board on Monday.']);
});

test('article sentences that open like a stamp, a labelled link or a cookie banner stay', () => {
  // Each was cut before: "Updated" opening a sentence, a lower-case sentence after "More:", a story reporting a site's cookies.
  judgeBetweenParagraphs(
    ['Updated: 8:30pm, 18 Nov 2026', 'Posted by Ana Ruiz on Nov 18, 2026', 'More: Harbour festival draws record crowd', 'This website uses cookies to improve your experience.'],
    ['Updated figures show 40 people were hurt.', 'More: the council also approved a new park on Tuesday', 'The website uses cookies, the council admitted, and residents were not told.'],
  );
});

test('a flattened list\u2019s marks do not make its items furniture, and a price list after the article is no menu', () => {
  const story = [BODY[0], '', BODY[2], '', BODY[3], '', 'Here is what the library expects:'];
  // Before, the items between "-" lines were cut as part of a block of furniture.
  const timeline = [...story, '-', 'Monday, March 2: Doors open', '-', 'Friday, March 6: Book sale', '-', 'Week of March 9: Author talks', '-', BODY[4], '', BODY[6], '', 'Advertisement', 'Share this article'].join('\n');
  const flagged = boilerplateLines(timeline);
  for (const n of [9, 11, 13]) assert.ok(!flagged.includes(n), `${n} in ${flagged}`);
  // Nor is the heading over such a list a related story's headline.
  const heading = timeline.replace('Here is what the library expects:', 'Key Figures at a Glance');
  assert.ok(!boilerplateLines(heading).includes(7), boilerplateLines(heading).join());
  // Before, a short price list under the article was a navigation menu.
  const prices = [...story.slice(0, 5), '', BODY[4], '', 'Library membership prices', '- Adult card: \u00A312 a year', '- Student card: \u00A35 a year', '- Family card: \u00A320 a year', '- Senior card: \u00A36 a year', '', 'Advertisement', 'Share this article'].join('\n');
  assert.deepEqual(boilerplateLines(prices), [15, 16]);
  // A menu after the article, with "•" between its links, is still one.
  const menu = [...story.slice(0, 5), '', BODY[4], '', 'WIKIS', '\u2022', 'Harbour Guide Ferry Times', '\u2022', 'Harbour Guide Tide Tables', '\u2022', 'Harbour Guide Parking', '\u2022', 'Harbour Guide Maps', 'DEALS', 'Advertisement'].join('\n');
  assert.ok([11, 13, 15, 17].every((n) => boilerplateLines(menu).includes(n)), boilerplateLines(menu).join());
});

test('a headline shown twice above the article keeps one copy', () => {
  // Before, both copies were cut as a repeated teaser title, and the fix left the story without its headline.
  const page = [BODY[0], '', BODY[0], '', BODY[2], '', BODY[3], '', BODY[4], '', 'Advertisement', 'Share this article'].join('\n');
  assert.deepEqual(boilerplateLines(page), [1, 11, 12]);
  // A short line shown twice (a player's title, a menu item) is still cut both times.
  assert.deepEqual(boilerplateLines([BODY[2], 'Watch the video', 'Watch the video', BODY[3]].join('\n')), [2, 3]);
});

test('a widget\u2019s apology, a player\u2019s "Duration:" and a stamp\u2019s bare labels are furniture', () => {
  // Each was kept on a real page before.
  judgeBetweenParagraphs(
    ['We\u2019re sorry, this feature is currently unavailable. We\u2019re working to restore it. Please try again later.', 'Duration: 4 minutes 30 seconds', 'Posted , updated'],
    ['Sorry, this is not what we wanted, the mayor said.'],
  );
});

test('a photo caption ending in its credit is furniture; a quoted paragraph or a story tagged with its agency stays', () => {
  // Each was kept before (real pages: "(Image: GETTY )", "(AP Photo/…, File)", "(Alamy)", a news agency's "Picture date:").
  judgeBetweenParagraphs([
    'Crowds wait outside the Valna courthouse on Monday (Image: GETTY )',
    'Harbour workers unload the first ferry at Port Alder, Tuesday, Nov. 24, 2026. (AP Photo/Ana Ruiz, File)',
    'The flooded Kestrel Street bridge seen from the air (Image credit: Coastal Wire)',
    'Ana Ruiz arrives at the council chamber after the vote (Alamy)',
    'Residents on the seafront at Port Alder. Temperatures are expected to reach 35C. Picture date: Tuesday November 24, 2026.',
    'Lena Berg celebrates a point against Ana Ruiz during the Valna Open final, Sunday, Nov. 22, 2026. (Tomas Brek/AP)',
    'A ferry leaves Port Alder in the storm, November 24, 2026. \u00A9 Coastal Wire / Tomas Brek',
    'A driver fills up at a petrol station on the Valna road on Monday. (Credit: Tomas Brek/Coastal Wire)',
    '(Credit: Tomas Brek/Coastal Wire)',
    'Mayor Ana Ruiz | Shutterstock',
    'Valna fans outside the arena | Photo: Coastal Wire/Tomas Brek',
  ]);
  for (const l of [
    'The mayor said the harbour was \u201Cready for the winter storms\u201D and thanked the crews. (Photo: Coastal Wire)',
    'The council will meet again on Friday to approve the budget. (PA)',
    'The alliance was founded in 1949 by twelve countries (NATO)',
    'The clinic treats people living with both infections (HIV/AIDS)',
  ]) {
    assert.deepEqual(boilerplateLines([BODY[2], l, BODY[3]].join('\n')), [], l);
  }
  // A picture's alt text over its credited caption goes with it.
  assert.deepEqual(boilerplateLines([BODY[2], 'Valna fans', 'Valna fans | Photo: Coastal Wire/Tomas Brek', BODY[3]].join('\n')), [2, 3]);
});

test('a long caption closing "(Photo by … /Getty Images)", "Name / Getty Images" or "Photo by Name/UPI" unbracketed is furniture', () => {
  // Both were kept on real pages, and their photo dates were compared with the story's (a photo of
  // the trial a year before the sentencing).
  judgeBetweenParagraphs([
    'Harbour fund founder Ana Ruiz goes through a security checkpoint as she arrives at the federal building on December 17, 2025 in Port Varo. Lawyers are making closing arguments in the fraud trial. Ruiz is facing charges of conspiracy and wire fraud. (Photo by Tomas Brek/Getty Images)',
    'Ana Ruiz arrives at federal court with her partner for her sentencing hearing in Port Varo on Nov. 18, 2026. Tomas Brek / Getty Images',
    'Crowds wait outside the courthouse on Monday (Picture by Lena Berg)',
    'Harbour Gulls captain Ana Ruiz lifts the Valna Cup on Sunday at the harbour stadium. Photo by Tomas Brek/UPI',
    // A two-word label and an agency after a copyright sign, each kept before.
    'Volunteers carry supplies onto a coast guard vessel at the port of Alder. Photo credit: Coastal Wire',
    'Survivors rest in a hangar at the port of Alder. , \u00A9 Reuters',
    // PA's wire and archive credits (each kept before).
    'The mayor is launching a \u00A326m rates rise at the Valna budget. Tomas Brek/PA Wire',
    'Commuters on the harbour line will save more than \u00A3300 a year (PA Archive)',
  ]);
  // A story's last paragraph signed by its agency stays, as does a sentence about a photographer.
  judgeBetweenParagraphs([], ['The council will meet again on Friday to approve the budget. Reuters', 'The exhibition shows forty years of work by the photographer Tomas Brek, who worked for Getty Images.', 'The prize went to Photo by Night, a series by Tomas Brek.']);
});

test('a caption right over its credit\u2019s own line, under furniture or the picture\u2019s alt text, goes with the credit', () => {
  const flagged = (...lines) => boilerplateLines([BODY[2], ...lines, BODY[3]].join('\n'));
  // Before, only the credit was flagged: the caption and the alt text stayed in the article.
  assert.deepEqual(flagged('A view of the new reading room from the gallery', 'Maria Costa arrives at the reopening of the Wexmoor library on March 3, 2026.', '(Ana Ruiz / Coastal Wire)'), [2, 3, 4]);
  assert.deepEqual(flagged('Published 10:15 GMT, 3 March 2026', 'Above: the new reading room on the first floor.', 'Photo: Coastal Wire'), [2, 3, 4]);
  // A paragraph or a subhead of the article over a captionless picture's credit stays, whatever is above it.
  for (const above of [
    'Maria Costa arrives at the reopening of the Wexmoor library on March 3, 2026.',
    'Under pressure',
  ]) assert.deepEqual(flagged(above, '(Ana Ruiz / Coastal Wire)'), [3], above);
  for (const above of [
    'The council faced criticism when the rebuild ran late. The budget grew by a third.',
    '\u201CWe built it for the children,\u201D Costa said.',
    'Disclosure: the library fund is a sponsor of this newspaper.',
  ]) assert.deepEqual(flagged('Published 10:15 GMT, 3 March 2026', above, '(Ana Ruiz / Coastal Wire)'), [2, 4], above);
  // A credit that stands over its picture ("Image copyright …") says nothing of the line above it.
  assert.deepEqual(flagged('Published 10:15 GMT, 3 March 2026', 'Costa thanked the volunteers.', 'Image copyright Getty Images'), [2, 4]);
});

test('a page\u2019s script flattened into its text, a skip link glued to the slogan and a login box\u2019s lines are furniture', () => {
  // Each was kept on real pages.
  judgeBetweenParagraphs([
    '(self.SWG_BASIC = self.SWG_BASIC || []).push( basicSubscriptions => { basicSubscriptions.init({ type: "NewsArticle", isPartOfType: ["Product"], clientOptions: { theme: "light", lang: "en" }, }); });',
    'window.dataLayer = window.dataLayer || []; function gtag(){dataLayer.push(arguments);}',
    'Skip to contentStay Informed with Wexmoor News | Your Daily Dose of Harbour Topics',
    'A password will be e-mailed to you.',
    'Welcome! Log into your account',
  ], [
    'The council voted 7-2 (with one abstention) to fund the library; the mayor said the vote was "overdue" and [the rebuild] long promised.',
    'Costa said the new catalogue system works like a function of the old card index, only faster.',
  ]);
});

test('a byline with the post\u2019s view count is furniture', () => {
  judgeBetweenParagraphs(['by Ana Ruiz 54 views', 'By Tomas Brek \u00B7 1.2K views'], ['by the sea 54 views']);
});

test('a newsletter post pasted with its platform\u2019s buttons and readers\u2019 comments keeps only the post', () => {
  // Before, the comments under "Discussion about this post", the avatars, "Expand full comment",
  // "Restack", "1 more comment...", "Upgrade to paid" and "Thanks for reading … Subscribe" stayed.
  const page = [
    "The Harbour Letter",
    "Notes from Port Alder's waterfront",
    "",
    "The ferry that never came",
    "Why the council's new timetable left the island waiting",
    "",
    "Ana Ruiz",
    "Nov 24, 2026",
    "12",
    "3",
    "Share",
    "",
    "The 7.15 ferry to Valna did not sail on Monday, for the third time in a week, and nobody on the pier could say why.",
    "",
    "The council's new timetable, which took effect on November 1, cut the morning crossings from four to three and moved the first sailing forty minutes later.",
    "",
    "Islanders who commute to jobs in Port Alder say the changes have cost them hours each week. \"I was late twice last week and my manager has noticed,\" said Tomas Brek, who works at the harbour office.",
    "",
    "The council said the timetable would be reviewed in January.",
    "",
    "Thanks for reading The Harbour Letter! Subscribe for free to receive new posts and support my work.",
    "",
    "12 Likes",
    "\u2219",
    "2 Restacks",
    "12",
    "3",
    "Share",
    "Discussion about this post",
    "",
    "Comments",
    "Restacks",
    "Lena Berg's avatar",
    "Lena Berg",
    "Nov 24",
    "",
    "My daughter missed her exam because of the Tuesday sailing. Nobody at the council answered our letters.",
    "",
    "Expand full comment",
    "Reply",
    "Share",
    "Mira Holm's avatar",
    "Mira Holm",
    "Nov 25",
    "",
    "The old timetable worked for forty years. Why change it now?",
    "",
    "Expand full comment",
    "Reply",
    "Share",
    "1 more comment...",
    "",
    "Top",
    "Latest",
    "Discussion",
    "No posts",
    "",
    "Ready for more?",
    "",
    "Subscribe",
    "\u00a9 2026 Ana Ruiz",
    "Privacy \u2219 Terms \u2219 Collection notice",
    "Start writing",
    "Get the app",
    "Substack is the home for great culture",
  ];
  const flagged = boilerplateLines(page.join('\n'));
  const kept = page.map((l, i) => i + 1).filter((n) => !flagged.includes(n) && page[n - 1].trim() !== '');
  assert.deepEqual(kept.map((n) => page[n - 1].slice(0, 30)), page.slice(0, 19).map((l, i) => i + 1).filter((n) => n < 7 || n >= 13).filter((n) => page[n - 1].trim() !== '').map((n) => page[n - 1].slice(0, 30)));
});

test('a paragraph after a photo caption is the article\u2019s, whatever its topic; so is a last paragraph cut off mid-word', () => {
  // A caption between paragraphs, then a closing paragraph about another facet of the story (the vessel).
  const captioned = [
    "Barge strikes Dock Road bridge in Port Alder",
    "",
    "The Dock Road bridge in Port Alder partly collapsed early on Tuesday after a cargo barge lost power and drifted into one of its piers, harbour officials said.",
    "",
    "Four road workers who were repairing the deck were rescued from the river, and one was taken to hospital with a broken leg.",
    "",
    "\"The crew radioed a warning two minutes before the impact, and the police closed the bridge just in time,\" Harbour Mayor Elin Vasquez told reporters.",
    "",
    "Engineers from the county council will inspect the remaining spans on Wednesday before deciding whether the eastern half can reopen to buses.",
    "",
    "Residents watch from the harbour wall as divers search the water below the broken span on Tuesday. (Photo: Mara Lindqvist/Port Alder Courier)",
    "",
    "Moments before the impact, witnesses on the quay saw smoke rising from the barge as its lights went out.",
    "",
    "\"There was a mayday call, and it stopped the traffic coming over the bridge. Those people are heroes,\" the mayor said.",
    "",
    "The transport safety agency says the vessel - called \"Solveig\" - is nearly 90 metres long, weighing 2,400 tonnes. An inspection in June 2023 found faults with its propulsion and steering."
  ];
  // Before, the caption counted as the page\u2019s furniture marking the article\u2019s end, and the last paragraph was flagged.
  assert.deepEqual(boilerplateLines(captioned.join("\n")), [11]);
  // The same story cut off mid-word by the page it was pasted from (an excerpt, a paywall).
  const cut = [
    "Mayor Says 'Keep Faith' With Families of Missing Divers After Port Alder Bridge Collapse",
    "",
    "Three harbour divers are feared dead after they were swept under the water when Port Alder's Dock Road bridge collapsed after being struck by a gravel barge on Tuesday morning.",
    "",
    "On Wednesday morning the coastguard called off its search for the three missing divers, saying the currents were too strong for its own teams to go back in.",
    "",
    "\"We do not expect to find any of the three alive,\" said coastguard commander Ines Barros.",
    "",
    "The three divers were part of a crew inspecting the piers of the bridge at the time it was hit early on Tuesday morning. A fourth diver survived but is in a serious condition.",
    "",
    "Harbour Mayor Elin Vasquez met and prayed with the families of the divers.",
    "",
    "\"We spent the morning with the families, and they are remarkable people. We prayed with them and we prayed for them, and we will keep on doing so, and so will this whole town,\" said Mayor Vasquez.",
    "",
    "",
    "",
    "People gather for a vigil near the harbour wall where the barge struck the Dock Road bridge, at St Brendan's Church in Port Alder, Tuesday. (Photo: Mara Lindqvist/Port Alder Courier)",
    "",
    "Moments before the impact, grey smoke was seen rising from the barge as the lights on board went out.",
    "",
    "Officials on the quay stopped traffic on the bridge when the barge's skipper radioed that the engine had failed, saving countless lives.",
    "",
    "\"There was a mayday call, and it stopped the cars coming over the bridge. These people are heroes,\" said the mayor.",
    "",
    "The transport safety agency says the vessel - called \"Solveig\" - is nearly 90 metres long, weighing 2,400 tonnes. An inspection in June 2023 found faults with its propulsion and auxil"
  ];
  // Before, the cut paragraph, having lost its stop, was read as a line after the article.
  assert.deepEqual(boilerplateLines(cut.join("\n")), [17]);
});

test('a page\u2019s last paragraph cut off mid-word in its first sentence is the article\u2019s; a flattened menu there is not', () => {
  const page = [
    'Warehouse blaze in Port Alder kills two, six missing after 14 hours',
    '',
    'Firefighters pour water on the roof of the Quayside Storage depot in Port Alder. Photo: Mara Lindqvist',
    '',
    'Port Alder officials have opened an inquiry into the fire at the Quayside Storage depot, which has killed two workers and left six missing, with four more in hospital.',
    '',
    'By dawn the blaze in three of the depot\u2019s five halls had been brought under control, and crews were still cooling the steel frames of the other two.',
    '',
    'Investigators said plastic sheeting stored against the walls had carried the flames from one hall to the next within minutes.',
    '',
    'The depot\u2019s owner, Calder Freight, said its sprinkler system had been inspected in March and that it was helping the police with their inquiries.',
    '',
    'Workers on the night shift described hearing a bang from the loading bay before the lights failed, and several said they had to find the exits in the dark.',
    '',
    'A union representative said staff had complained last year that pallets were blocking two of the fire doors, a claim the company denied on Thursday.',
    '',
    'Harbour Mayor Elin Vasquez visited the injured in hospital on Thursday morning and promised that the families would be told everything the inquiry found.',
    '',
  ];
  const cut = 'The alarm was first raised at 3.40pm on Wednesday and within an hour columns of black smoke could be seen from ferries far out in the bay, and drivers on the coast ro';
  // Before, having lost its stop and sharing few words with the story, it was read as an off-topic block after the article.
  assert.deepEqual(boilerplateLines([...page, cut].join('\n')), [3]);
  // A site's menu flattened into one line, Title Case, is no paragraph for ending without a stop.
  const menu = 'Home News Business Sport Fixtures Results Weather Traffic Obituaries Property Motors Jobs Dating Puzzles Crosswords Horoscopes Competitions Newsletters Contact Advertise Archive';
  assert.deepEqual(boilerplateLines([...page, menu].join('\n')), [3, 19]);
  // Cut sooner, after a word no title ends on: still the article's last paragraph (before, an off-topic block).
  assert.deepEqual(boilerplateLines([...page, 'Then came the toughest test of all, with'].join('\n')), [3]);
  // A form's message of two sentences cut the same way is not.
  assert.deepEqual(boilerplateLines([...page, 'Please confirm your e-mail to continue. Instructions have been sent to'].join('\n')), [3, 19]);
});

test('a metered paywall\u2019s count, a "thank you for reading … subscribe" prompt and a WordPress embed box are furniture', () => {
  judgeBetweenParagraphs(
    [
      '\u{1F4A1} You\u2019ve read article/s this month. Support the Port Alder Courier \u2013 unlock 6 benefits by joining as a member. Promos disabled for members.',
      'You have read 3 of 5 free articles.',
      "You've read 4 articles this month.",
      "Thank you for reading this post, don't forget to subscribe!",
      'Copy and paste this URL into your WordPress site to embed',
      'Copy and paste this code into your site to embed',
    ],
    [
      'You have read the articles of the charter, and you know the council cannot sell the library, she told the meeting.',
      'Thank you for reading to the children every Saturday, the mayor wrote to the volunteers.',
      'Copy and paste the code into the form, the librarian told pupils at the first computer class.',
    ],
  );
});

test('a paywall\u2019s members-only notice, its "Log in here" and a call for readers\u2019 stories ("Is there more to this story? …") are furniture', () => {
  judgeBetweenParagraphs(
    [
      'This content is for Yearly Subscription, Yearly Subscription \u2013 Corporate, Print Subscription Only, and Harbour Print and Online members only.',
      'Already a member? Log in here',
      'This article is for subscribers only',
      'Add Your Voice',
      "Is there more to this story? We'd like to hear from you about this or any other stories you think we should know about. Send your story to the newsroom through the contact page of the Port Alder Courier.",
    ],
    [
      'Is there more to this story than the council admits? Residents who lost their berths think so, and they have asked the harbour board for the minutes.',
      'This content is for members only, the library\u2019s new rules say, though schoolchildren may read in the hall for free.',
    ],
  );
});

test('"Published" over "Last updated" with their times left out, and a picture\u2019s "Supporting image for story: \u2026" label, are furniture', () => {
  const page = [BODY[0], '', 'By Ana Ruiz, Coastal Wire', 'Published', 'Last updated', 'Supporting image for story: Wexmoor library reopens after two-year rebuild', 'Readers queue at the doors of the rebuilt library on Saturday (Mara Lindqvist/Coastal Wire)', '', ...BODY.slice(2)];
  // Before, only the caption was flagged; with the furniture found, the byline over it is the page's too.
  assert.deepEqual(boilerplateLines(page.join('\n')), [3, 4, 5, 6, 7]);
  // One label alone is kept, as it was: no second label or date says the page printed it.
  assert.deepEqual(boilerplateLines([BODY[2], 'Published', BODY[3]].join('\n')), []);
});

test('"Article content", a newspaper chain\u2019s label left between paragraphs, is furniture', () => {
  // Before, kept.
  judgeBetweenParagraphs(['Article content'], ['Article content rules were tightened by the council on Monday, the librarian said.']);
});

test('a caption ending in a labelled credit without brackets is furniture: "… a fix. / Photo: AP", "… on Tuesday. Photo: Port Alder Courier"', () => {
  const story = [
    'Barge strikes Dock Road bridge',
    '',
    'Rescue crews search the river below the broken span of the Dock Road bridge on Tuesday. / Photo: AP',
    '',
    'The Dock Road bridge in Port Alder partly collapsed early on Tuesday after a cargo barge lost power and drifted into one of its piers.',
    '',
    'Harbour Mayor Elin Vasquez at the briefing on the quay on Tuesday afternoon. Photo: Piet van de Berg/Port Alder Courier',
    '',
    'Four road workers who were repairing the deck were rescued from the river, harbour officials said.',
    '',
    'The figures were compiled by the harbour council, which named its source: the Port Alder Statistics Office',
  ];
  // Before, only a bracketed credit, one after a bar or a copyright sign made a caption.
  assert.deepEqual(boilerplateLines(story.join('\n')), [3, 7]);
});

test('a stamp with its time first ("01:50 GMT 09.09.2023 (Updated: …)") and an image credited to a platform after a bar are furniture', () => {
  // Both were kept before.
  judgeBetweenParagraphs(['01:50 GMT 09.09.2026 (Updated: 02:39 GMT 09.09.2026)', '14:05 03.03.2026', 'Death toll rises to 41 | Twitter']);
  // A sentence opening on a time and a date stays.
  assert.deepEqual(boilerplateLines([BODY[2], '01:50 on 09.09.2026 was when the first call reached the harbour office.', BODY[3]].join('\n')), []);
});

test('a credit\u2019s label without its colon is furniture, and so is the site named on the line under it', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['Source', 'Photo credit harbourwire.com', 'Image credits']);
  assert.deepEqual(boilerplateLines([...BODY, 'Photo credit', 'www.harbourwire.com'].join('\n')), [9, 10]);
  // A site named under an article's paragraph stays; so does a sentence about a photo's credit.
  assert.deepEqual(boilerplateLines([...BODY, 'www.harbourwire.com'].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], 'Photo credits for the exhibition go to the harbour archive and its volunteers.', BODY[3]].join('\n')), []);
});

test('a page\u2019s icon labels flattened into one line are furniture; a sentence naming an icon is not', () => {
  const icons = 'Calendar An icon of a desk calendar. Cancel An icon of a circle with a diagonal line across. Caret An icon of a block arrow pointing to the right. Email An icon of a paper envelope. Logout An icon representing logout. Profile An icon that resembles human head and shoulders.';
  // Before, the line was too long for the shape tests and kept.
  assert.deepEqual(boilerplateLines([icons, ...BODY].join('\n')), [1]);
  assert.deepEqual(boilerplateLines(['Bell An icon of a bell. Star An icon of a star. Home An icon of a house.', ...BODY].join('\n')), [1]);
  assert.deepEqual(boilerplateLines([BODY[2], 'The new app shows an icon of a harbour crane when a ship is due, and an icon of an anchor once it berths.', BODY[3]].join('\n')), []);
});

test('a note that the story is still being written is furniture: "This is a developing story…", "More to follow."', () => {
  // Each was kept before.
  for (const l of ['This is a developing story\u2026', 'This story is developing. Please check back for updates.', 'More details to follow \u2026', 'This post will be updated as new information is available.', 'This is a developing story. Refresh for updates.']) {
    assert.deepEqual(boilerplateLines([...BODY, l].join('\n')), [9], l);
  }
  // A sentence about a story that develops stays.
  assert.deepEqual(boilerplateLines([BODY[2], 'This is a developing story for the town, and the council will publish more figures in March.', BODY[3]].join('\n')), []);
  // More sites' wordings, each kept before.
  for (const l of ['This is a breaking news update. More details to come\u2026', 'This is a developing story and will be updated.', 'Developing story.', 'This story has been updated with additional information.', 'This is a developing story; check back for updates.', 'THIS IS A BREAKING NEWS UPDATE.', 'Coastal Wire\u2019s earlier story follows below.']) {
    assert.deepEqual(boilerplateLines([...BODY, l].join('\n')), [9], l);
  }
  assert.deepEqual(boilerplateLines([BODY[2], 'More details to come on the ferry plan, the harbour master said.', BODY[3]].join('\n')), []);
  // Kept before: a bulleted page's closing note.
  for (const l of ['- This story has been updated with new developments.', 'This article has been updated with the latest developments.']) assert.deepEqual(boilerplateLines([...BODY, l].join('\n')), [9], l);
  assert.deepEqual(boilerplateLines([BODY[2], 'This story has been updated with new developments in the ferry dispute every week since March.', BODY[3]].join('\n')), []);
});

test('the page\u2019s title over the story\u2019s headline, the site\u2019s name after it, is furniture; the headline stays', () => {
  const headline = 'Harbour council votes to close the old ferry terminal';
  // Before, both were kept.
  assert.deepEqual(boilerplateLines([`${headline}-Coastal Wire`, '', headline, '', ...BODY].join('\n')), [1]);
  assert.deepEqual(boilerplateLines([`${headline} | Port Alder Courier`, headline, ...BODY].join('\n')), [1]);
  // A headline and a longer standfirst starting with it stay.
  assert.deepEqual(boilerplateLines([`${headline} - and the islanders are furious`, headline, ...BODY].join('\n')), []);
});

test('a caption closing with its agency and photographer after a colon, "(AP: Mark Ruiz)", is one, a nickname in quotes or not', () => {
  // Each was kept before: the colon form was unread, and a nickname's quote marks read as a quote.
  judgeBetweenParagraphs(['Firefighters work at the harbour on Sunday. (ABC News: Jane Doe)', 'Ilse "The Anchor" Marrow, pictured in 2020, has led the union for a decade. (AP: Mark Ruiz)', 'Volunteers fill sandbags in Valna. (Supplied: Harbour Police)']);
  // A paragraph quoting someone keeps its credit's line; so does an agency alone after a full stop.
  judgeBetweenParagraphs([], ['"We will rebuild," the mayor said on Sunday. (AP: Mark Ruiz)', 'The council voted on Friday to close the old ferry terminal. (PA)']);
});

test('a caption closing with a photographer and an agency joined by a dash, "– click to enlarge" after its credit, an outlet before the photographer or a glued "Credit:", is one', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['The ferry leaves the harbour at Port Alder on Saturday, Jan. 16, 2025. Ana Ruiz\u2014AP', 'The new ferry (pic: Harbour Post) \u2013 click to enlarge', 'Six people were hurt in the crash at the harbour on 13 April. Photo: Valna News: Ana Ruiz', 'The streets around the harbour were closed on Sunday morning.Credit: Ana Ruiz', 'Tributes were laid out at the harbour a year after the crash. Supplied Credit: Supplied']);
  // A sentence with a dash before a name is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'The council approved the plan on Monday. Mayor Ana Ruiz\u2014who backed it\u2014spoke first.', BODY[3]].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], 'The council gave the library its credit: Ana Ruiz said so on Monday.', BODY[3]].join('\n')), []);
});

test('"Photo credit: …" and a photographer credited with two agencies are credits', () => {
  // Each was kept before: the label was one word, the credit one slash.
  judgeBetweenParagraphs(['Photo credit: Mara Lindqvist', 'Image Credit: Port Alder Courier', 'Photo Credit: Coastal Wire/Mara Lindqvist', 'Mara Lindqvist/Coastal Wire/Shutterstock']);
  assert.deepEqual(boilerplateLines([BODY[2], 'Photo credits: the harbour archive lent the exhibition forty prints, and the council paid for their framing.', BODY[3]].join('\n')), []);
});

test('a related-story label keeps the page\'s spacing: "Also Read :  Headline" is a link', () => {
  // Two spaces after the colon were read as a sentence before.
  judgeBetweenParagraphs(['Also Read :  Ferry Fares Rise Again As Fuel Costs Climb', 'Read more:   Harbour wall to cost $14 million']);
  assert.deepEqual(boilerplateLines([BODY[2], 'More:   the council also approved a new ferry timetable for the winter months.', BODY[3]].join('\n')), []);
});

test('a wire caption filed by EPA-EFE is a caption at any length: its picture code first, or the agency and photographer in capitals last', () => {
  const background = 'The ferry Valna Star ran aground off Harwick on 3 March, blocking the harbour mouth for two days. The harbour master said on 4 March that no ferry would sail until the ship was refloated. Six tugs pulled at the ship for two days while divers checked its hull for damage. ';
  const captions = [
    `epa01234567 Tugs pull the ferry Valna Star off a sandbank near Harwick, 5 March 2026. ${background}`,
    `Tugs pull the ferry Valna Star off a sandbank near Harwick, 5 March 2026. ${background} EPA/MARA LINDQVIST`,
    `Tugs pull the ferry Valna Star off a sandbank near Harwick, 5 March 2026. EFE/EPA/MARA LINDQVIST`,
    `A handout photo made available by the harbour office shows the ferry Valna Star aground. ${background} EPA-EFE/HARWICK HARBOUR OFFICE / HANDOUT EDITORIAL USE ONLY/NO SALES`,
    `A still image from a handout video shows divers under the ferry Valna Star. ${background} EPA/HARWICK HARBOUR OFFICE HANDOUT -- MANDATORY CREDIT -- BEST QUALITY AVAILABLE -- HANDOUT EDITORIAL USE ONLY/NO SALES HANDOUT EDITORIAL USE ONLY/NO SALES`,
  ];
  for (const c of captions) assert.deepEqual(boilerplateLines([BODY[2], c, BODY[3]].join('\n')), [2], c.slice(0, 40));
  // The agency named in a sentence, or in lower case, is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], `${background}The photo agency EPA/EFE said it would not sell the pictures.`, BODY[3]].join('\n')), []);
});

test('a photographer and an agency joined by a dash are a credit; a stamp\'s empty labels with bars and semicolons are a timestamp', () => {
  judgeBetweenParagraphs(['Mara Lindqvist\u2014Getty Images', 'Tomas Brek \u2014 AP', 'Ana J. Ruiz\u2014AFP/Getty Images', 'Updated: | Originally published: ;']);
  // A dash in a sentence, and a name with a dash and no agency, are the article's.
  judgeBetweenParagraphs([], ['The ferry sailed at dawn\u2014AP reporters were aboard.', 'Mara Lindqvist\u2014the harbour master']);
});

test('a gallery flattened into credit, caption, credit, caption lines: each caption between two credits is a caption', () => {
  const gallery = [
    'Mara Lindqvist/Port Alder Courier',
    'Divers search the wreck of the Valna Star off Harwick on Monday, March 2, 2026. The ferry sank in a storm on the night of Saturday, February 28, with 41 people on board.',
    'Tomas Brek/Port Alder Courier',
    'Relatives wait at the harbour office in Harwick on Sunday, March 1, 2026, for news of the passengers.',
    'Mara Lindqvist/Port Alder Courier',
  ];
  assert.deepEqual(boilerplateLines([...BODY.slice(0, 5), ...gallery, ...BODY.slice(5)].join('\n')), [6, 7, 8, 9, 10]);
  // A paragraph under one credit only is the article's.
  assert.deepEqual(boilerplateLines([BODY[0], gallery[0], gallery[1], '', BODY[1], BODY[2]].join('\n')), [2]);
});

test('a caption credited in square brackets, and a local site\u2019s "Find out what\u2019s happening in …" pitch, are furniture', () => {
  const caption = 'Divers search the harbour for the missing ferry near Harwick on Monday. [ MARA LINDQVIST | Port Alder Courier ]';
  // The caption, and the picture's alt text over it (the caption without its credit).
  assert.deepEqual(boilerplateLines([BODY[2], caption.replace(/ \[.*$/, ''), caption, BODY[3]].join('\n')), [2, 3]);
  assert.deepEqual(boilerplateLines([BODY[2], "Find out what's happening in Harwickfor free with the latest updates from Patch.", BODY[3]].join('\n')), [2]);
  // Square brackets in a sentence, and a question about what is happening, are the article's.
  judgeBetweenParagraphs([], ['The council said the repairs [to the harbour wall] would start in May.', "Find out what's happening in Harwick's harbour this winter: the ferries will run on a reduced timetable until March."]);
});

test('Getty captions at any length, an agency before its photographer, a file photo\u2019s credit and hashtags run together are furniture', () => {
  const getty = 'HARWICK, VALNA - MARCH 02: Mayor Ilse Brandt speaks to residents at the harbour office on March 02, 2026 in Harwick, Valna. ' +
    'The council voted on Monday to close the old bridge for repairs before winter, after engineers found cracks in two of its piers during a routine inspection in February. ' +
    'Ferries will carry commuters across the harbour until the repairs are finished in the spring, the council said. (Photo by Mara Lindqvist/Getty Images)';
  for (const l of [getty, 'REUTERS/Mara Lindqvist', 'AFP/Tomas Brek/File Photo', '#Valna#Harwick#Ferries', 'MARA LINDQVIST/AP PHOTO, FILE']) {
    assert.deepEqual(boilerplateLines([BODY[2], l, BODY[3]].join('\n')), [2], l.slice(0, 40));
  }
  // A dateline in capitals over the article's own paragraph (no Getty credit at its end) is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], getty.replace(' (Photo by Mara Lindqvist/Getty Images)', ''), BODY[3]].join('\n')), []);
});

test('a subhead leading into the paragraph under it stays on a pasted page; a photographer in capitals in brackets is a credit', () => {
  const page = [
    'Harwick votes to close the old bridge',
    'Advertisement',
    'The Harwick harbour council voted on Monday to close the old bridge for repairs before winter, after engineers found cracks in two of its piers.',
    'Engineers said the repairs would take at least six weeks and cost the town about four million crowns, to be paid from the road budget.',
    'Captains demand brighter beacons at the harbour mouth',
    'Ferry captains told the council they want brighter lights at the harbour mouth before the winter timetable starts in November.',
    'The council said it would answer the captains at its next meeting, after the engineers have reported on the cost of the work.',
    'Share',
  ];
  assert.deepEqual(boilerplateLines(page.join('\n')), [2, 8]);
  // A headline of another story, sharing nothing with the paragraph under it, is still a related link.
  const other = [...page];
  other[4] = 'Valna striker signs for a record fee after long transfer saga';
  assert.deepEqual(boilerplateLines(other.join('\n')), [2, 5, 8]);
  assert.deepEqual(boilerplateLines([BODY[2], 'Divers search the harbour for the missing ferry near Harwick on Monday. (MARA LINDQVIST / COASTAL WIRE)', BODY[3]].join('\n')), [2]);
  assert.deepEqual(boilerplateLines([BODY[2], 'epaselect epa01234567 Divers search the harbour for the missing ferry near Harwick on Monday.', BODY[3]].join('\n')), [2]);
});

test('wire captions: "This photo provided by … shows", "In this aerial photo, …", a credit repeated after its bracket, a source "via AP"', () => {
  for (const l of [
    'This photo provided by the Harwick Fire Department shows a firefighter carrying a child through the flooded harbour road on Monday, March 2, 2026.',
    'This satellite image taken at 6:01 a.m. on Monday shows the storm over the Valna coast.',
    'In this aerial photo, damaged ferries are stacked along the shore of Harwick harbour on Monday, March 2, 2026.',
    'Damaged ferries lie along the shore of Harwick harbour on Monday, March 2, 2026. (AP Photo/Mara Lindqvist) AP',
    'Firefighters help people stranded by the flood in Harwick on Monday, March 2, 2026. Harwick Fire Department\u2019s Public Information Office via AP',
  ]) {
    assert.deepEqual(boilerplateLines([BODY[2], l, BODY[3]].join('\n')), [2], l.slice(0, 40));
  }
  // The same openers in the article's own sentences, quoting or without a provider, stay.
  judgeBetweenParagraphs([], ['This photo, the mayor said, shows how high the water rose.', 'This image provided by the council shows what "a safe harbour" should look like, the mayor told reporters.']);
});

test('"Top of page", a lone "Date modified:" and an "Editor: Name" credit under a page\u2019s stamp are furniture', () => {
  assert.deepEqual(boilerplateLines(['Top of page', ...BODY].join('\n')).filter((l) => l === 1), [1]);
  assert.deepEqual(boilerplateLines([BODY[2], BODY[3], 'Date modified:'].join('\n')), [3]);
  assert.deepEqual(boilerplateLines([BODY[2], BODY[3], 'Image Credit: Harwick Harbour Office', 'Last Updated: Mar 2, 2026', 'Editor: Mara Lindqvist'].join('\n')), [3, 4, 5]);
  // "Updated" alone, and an editor named in a sentence, are the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'Updated', BODY[3]].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], BODY[3], 'Editor Mara Lindqvist said the council had not answered her questions about the bridge.'].join('\n')), []);
});

test('a site\u2019s "Support independent journalism" and "Donate" buttons are furniture; a sentence about donations is not', () => {
  judgeBetweenParagraphs(['Support independent journalism', 'Donate now']);
  assert.deepEqual(boilerplateLines([BODY[2], 'Residents who want to support the library can donate books at the front desk until the end of May.', BODY[3]].join('\n')), []);
  // With its button's words after it (before, kept); a sentence urging it is no appeal.
  judgeBetweenParagraphs(['Support Independent Journalism? Keep us live.'], ['Support independent journalism, the editor of the Wexmoor Gazette urged readers at the reopening.']);
});

test('a site\u2019s appeal for money pasted as one long paragraph is furniture; a story about a fundraiser is not', () => {
  const appeal = 'Your support keeps the Port Alder Courier on the harbour front. From council budgets to the ferry timetable, our reporters on the ground ask the questions nobody else asks. We do not hide our stories behind a paywall, because we believe quality journalism belongs to everyone, paid for by those who can afford it. Your donation keeps sending journalists to every council meeting. Support Now';
  // Before, kept: the shape tests read lines of a few dozen words only.
  judgeBetweenParagraphs([appeal]);
  const story = 'Your donation will go straight to the lifeboat crew, the appeal\u2019s organisers told volunteers, who hope to raise enough by March to replace the station\u2019s old engine and its radio before the winter storms return to the harbour.';
  judgeBetweenParagraphs([], [story]);
});

test('a comment box\u2019s terms ("With your current subscription plan you can comment …", "You must be logged in to post a comment.") are a comment form', () => {
  for (const l of ['With your current subscription plan you can comment on stories. However, before writing your first comment, please create a display name in the Profile section of your subscriber account page.', 'You must be logged in to post a comment.']) {
    assert.deepEqual(boilerplateLines([BODY[2], BODY[3], l].join('\n')), [3], l.slice(0, 40));
  }
  assert.deepEqual(boilerplateLines([BODY[2], 'With your help, the council said, the library can comment on every planning application in the town.', BODY[3]].join('\n')), []);
});

test('a gallery\u2019s place ("1/13", "Photo 3 of 12"), its controls ("Swipe or click to see more") and its credits in capitals are furniture', () => {
  const furniture = ['1/13', '1 / 23', 'Photo 3 of 12', 'Swipe or click to see more', 'View gallery', 'MARA LINDQVIST / MLINDQVIST@HARBOURPOST.COM', 'TOMAS BREK VIA AP', 'VIDEO COURTESY HARWICK HARBOUR OFFICE'];
  judgeBetweenParagraphs(furniture);
  // A figure after a larger one is no place in a gallery; a wire byline alone stays the article's; a count is words.
  judgeBetweenParagraphs([], ['13/1', 'REUTERS', '9 of 10 residents', 'Swipe cards will replace the ferry tickets in May.']);
});

test('a related-story link set in brackets ("(MORE: How the flood happened)", "[Related: …]") is one', () => {
  judgeBetweenParagraphs(['(MORE: How The Harbour Flood Happened)', '[Related: Harwick Bridge Toll Rises Again]', '(READ MORE: What went wrong at the ferry port?)']);
  // After an arrow, and under "NOW READ" (each kept before); an ad's "Scroll to continue" too.
  judgeBetweenParagraphs(['\u00BB READ MORE: How Harwick can still save its ferry | Ana Ruiz', 'NOW READ: Mayor says she won\u2019t play the council\u2019s games', 'Advertisement \u00B7 Scroll to continue']);
  // A sentence in brackets is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], '(More: the council said the bridge would reopen in May.)', BODY[3]].join('\n')), []);
});

test('three or more headlines of other stories in a row between two paragraphs are furniture, pasted page or not; a list on the topic stays', () => {
  const report = [
    'Harbour City beat Port Alder 3-1 in the Valna Cup final on Saturday to lift the trophy for the first time in 40 years.',
    'Sami Korhonen scored twice for Harbour City, and goalkeeper Ilse Marrow saved a penalty just before half-time.',
  ];
  const after = [
    'Port Alder pulled a goal back in the 80th minute, but Harbour City held on as their fans sang through the last ten minutes.',
    'Korhonen said the win belonged to the whole town, and the team will parade the cup through the harbour on Sunday.',
    'Harbour City last won the Valna Cup in 1985, when Korhonen\u2019s father played in goal for Port Alder.',
  ];
  const others = ['Golf star holds out hope as the storm season arrives on the coast', 'Baking show judge: Some decisions this week were utterly bizarre', 'Rail workers are not the only ones facing a long and cold winter'];
  // Before, none was flagged: the page had no other furniture, and a run of such lines read as a list.
  assert.deepEqual(boilerplateLines([...report, ...others, ...after].join('\n\n')), [5, 7, 9]);
  const own = ['Korhonen scores twice as Harbour City win the Valna Cup', 'Marrow saves a penalty before half-time for Harbour City', 'Port Alder score late as Harbour City hold on in the final'];
  assert.deepEqual(boilerplateLines([...report, ...own, ...after].join('\n\n')), []);
  // Two are no run.
  assert.deepEqual(boilerplateLines([...report, ...others.slice(0, 2), ...after].join('\n\n')), []);
});

test('a line pointing to the page\u2019s video, and a byline\u2019s label without its name, are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['Watch the full exchange in the video below', 'Watch video of the council meeting in the player above.', 'See the moment in the video below.', 'Watch the video above.', 'Posted By', 'Written by']);
  // A sentence about a video is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'Residents can see the queue in the video below, which the council posted on Saturday.', BODY[3]].join('\n')), []);
});

test('a site\u2019s affiliate-link disclosure is furniture; a sentence about affiliate deals, or a labelled "Disclosure:", is the article\u2019s', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['If you buy something through this post, Harbour Post may get a share of the sale.', 'Valna Science is supported by its readers. When you purchase through links on our site, we may earn an affiliate commission.', 'As an Amazon Associate we earn from qualifying purchases.', 'This article contains affiliate links.', 'see also', 'Share permalink', '[ Read All Comments ]', 'Nessun commento']);
  judgeBetweenParagraphs([], ['Shoppers who buy through links in influencer posts rarely know the creator will earn a fee, the report found.', 'Disclosure: Harbour Post may earn a commission from some of the products featured on this page.']);
});

test('a stamp of today\u2019s or yesterday\u2019s time, arrows before a link, and more sites\u2019 labels are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['Card image cap', 'Featured Video', 'Yesterday 2:45PM', 'Today at 10:12', '\u2190 Previous Story', '\u00BB Publicidade', 'You are at:', 'Share via', 'Zur\u00FCck zur \u00DCbersicht']);
  assert.deepEqual(boilerplateLines([BODY[2], 'Yesterday at 2:45pm the council met again and voted to keep the library open.', BODY[3]].join('\n')), []);
});

test('a sign-up box\u2019s fine print and a prompt offering the site\u2019s news are furniture; sentences about unsubscribing are not', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['No spam, we promise. You can unsubscribe at any time and we\u2019ll never share your details without your permission.', 'Get breaking news alerts and special reports. The news and stories that matter, delivered weekday mornings.', 'Get the day\u2019s big stories and the harbour\u2019s best photos, every morning!']);
  judgeBetweenParagraphs([], ['Members can unsubscribe at any time, the library said, but few do.', 'Get the latest flu shot before winter, health officials urged residents on Monday.']);
});

test('a consent box\u2019s cookie categories are a cookie notice, however long; a story about cookies is not', () => {
  const necessary = 'Necessary cookies are absolutely essential for the website to function properly. This category only includes cookies that ensure basic functions and security features of the website. These cookies do not store any personal information about the readers of the Harbour Post.';
  // Each was kept before: the description is longer than the shape tests read.
  judgeBetweenParagraphs([necessary, 'Necessary Always Enabled', 'Non-necessary']);
  assert.deepEqual(boilerplateLines([BODY[2], 'Marketing cookies are the new battleground for regulators, who say that the harbour authority\u2019s website tracked visitors for years without asking them and sold the data to advertisers in three countries, according to the report.', BODY[3]].join('\n')), []);
});

test('a note that a summary was machine-written, a reaction widget\u2019s question and a Patreon appeal are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['This is AI generated summarization, which may have errors. For context, always refer to the full article.', 'This summary was generated by AI and reviewed by an editor.', 'How does this make you feel?', 'Like summarized versions? Support us on Patreon!']);
  assert.deepEqual(boilerplateLines([BODY[2], 'This is an AI-generated image of the harbour, the council said on Monday.', BODY[3]].join('\n')), []);
});

test('a WordPress comment box\u2019s rating and labels are furniture: "0 0 votes", "Article Rating", "Notify of", "Inline Feedbacks"', () => {
  // Each was kept before (set alone between two paragraphs, as a page's flattening may leave it).
  judgeBetweenParagraphs(['0 0 votes', '4.5 12 votes', 'Article Rating', 'Notify of', 'Inline Feedbacks', 'View all comments']);
  assert.deepEqual(boilerplateLines([BODY[2], 'The motion passed with 12 votes to 3 after a long debate.', BODY[3]].join('\n')), []);
});

test('a link to the story in another language is furniture: "En español: …", "Read in English"', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['En espa\u00F1ol:Nuevo puente de Valna abre al tr\u00E1fico; el alcalde celebra', 'Read in Spanish: El consejo vota cerrar la terminal', 'Leer en espa\u00F1ol', 'Read in English']);
  // A sentence about a language is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'In English, the island\u2019s name means "harbour of the seals".', BODY[3]].join('\n')), []);
});

test('a caption glued to its credit ("… since 2020.ANA RUIZ/POOL/AFP via Getty Images") and its alt text over it; a magazine\u2019s edition links and icon names', () => {
  const alt = 'The new ferry terminal marks the first rebuild since 2020.';
  assert.deepEqual(boilerplateLines([BODY[2], alt, `${alt}ANA RUIZ/POOL/AFP via Getty Images`, BODY[3]].join('\n')), [2, 3]);
  judgeBetweenParagraphs(['From the March 3rd 2026 edition', 'From the print edition', 'Explore the edition', 'Discover stories from this section and more in the list of contents', 'Down Arrow Button Icon']);
  // A sentence of the article ending in its full stop, with nothing glued to it, is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], alt, BODY[3]].join('\n')), []);
});

test('a photographer\u2019s credit with a particle in the name ("(Brian van der Brug/Los Angeles Times)") is a credit', () => {
  judgeBetweenParagraphs(['(Maria van der Berg/Harbour Post)', 'Ana de la Cruz / Coastal Wire', 'Rescuers search the rubble of the old ferry terminal in Harwick. (Maria van der Berg/Harbour Post)']);
  // A particle alone does not make a credit of a phrase with a slash.
  assert.deepEqual(boilerplateLines([BODY[2], 'Members of the van der Berg family/friends', BODY[3]].join('\n')), []);
});

test('below the article, a long related headline between flagged lines is furniture with them', () => {
  const links = ['-', 'Pop star Lina Vale disses her rival in new track', '-', 'Why is the Norvia app down? Thousands report outage: Here\u2019s what you can do', '-', 'Fans feel for Mara Lindqvist as she gets awkwardly snubbed: Watch', '-', 'Truth behind two soap actors\u2019 long feud revealed', '-', 'Game pass adds over 300 hours of play across big new titles'];
  // Before, the 11-word headline stayed between the flagged lines around it.
  assert.deepEqual(boilerplateLines([...BODY, ...links].join('\n')), [9, 10, 11, 12, 13, 14, 15, 16, 17, 18]);
  // A line on the story's subject between list marks below it stays (only the marks are stray).
  assert.deepEqual(boilerplateLines([...BODY, '-', links[1], '-', 'Library volunteers carried all twelve thousand books back across the square by hand', '-', links[7]].join('\n')), [9, 11, 13]);
});

test('a list of links flattened with its separators at the lines\u2019 ends ("… Dies At 53 -") is related stories; "Getty Images - STOCK" is a credit', () => {
  const list = [
    'Harbour Rowing Club Names New Coach After Record Season -',
    'Ferry Fares To Rise By 12 Percent From May -',
    'Valna Choir Wins Regional Title For Third Year -',
    'Old Lighthouse Reopens To Visitors After 40 Years',
  ];
  assert.deepEqual(boilerplateLines([...BODY, '-', ...list].join('\n')), [9, 10, 11, 12, 13]);
  // Two such lines are not a list; a sentence ending in a dash is the article's.
  assert.deepEqual(boilerplateLines([...BODY, list[0], list[3]].join('\n')), []);
  assert.deepEqual(boilerplateLines([BODY[2], 'Getty Images - STOCK', BODY[3]].join('\n')), [2]);
});

test('a page header\u2019s stamp split in two ("Saturday 29th, June, 2024", "7:16 PM EAT"), empty widgets, and captions credited "PHOTO/Outlet" or "[Name,Outlet]"', () => {
  const head = ['Saturday 29th, June, 2024', '', '7:16 PM EAT', '', 'No data was found', '', 'Happening Now!', ''];
  const page = [...head, ...BODY].join('\n');
  assert.deepEqual(boilerplateLines(page).filter((l) => l <= head.length), [1, 3, 5, 7]);
  // A live story's entry time heading its paragraph stays the article's.
  assert.deepEqual(boilerplateLines(['4:14 p.m.', BODY[2], BODY[3], BODY[4], '', '5:02 p.m.', BODY[6], BODY[7]].join('\n')), []);
  judgeBetweenParagraphs(['Residents queue outside the rebuilt Wexmoor library on Saturday, March 7, 2026. PHOTO/Harbour Post', 'Residents queue outside the rebuilt Wexmoor library on Saturday. [Ana Ruiz,Harbour Post]']);
  assert.deepEqual(boilerplateLines([BODY[2], 'The mayor said the vote was close. Photo/video evidence was shown to the council.', BODY[3]].join('\n')), []);
});

test('a picture\u2019s alt text, its caption opening with the same words and its credit, set apart by blank lines, are one picture', () => {
  const alt = 'Head librarian Maria Costa, left, greets the first readers at the door of the rebuilt library.';
  const caption = 'Head librarian Maria Costa, left, greets the first readers at the door of the rebuilt library on Saturday morning.';
  const credit = '(Ana van der Berg/Harbour Post)';
  assert.deepEqual(boilerplateLines([BODY[2], '', alt, '', caption, '', credit, '', BODY[3], BODY[4]].join('\n')), [3, 5, 7]);
  // Without the alt text over it, a paragraph set apart from a credit by a blank line stays the article's.
  assert.deepEqual(boilerplateLines([BODY[2], '', caption, '', credit, '', BODY[3], BODY[4]].join('\n')), [5]);
});

test('a wire byline in capitals ("NAME and NAME, Associated Press"), an agency glued to its credit, "Watch Now" and "Report a typo" are furniture', () => {
  const caption = 'Ferry workers gather outside the union hall before the vote in Harwick on Monday, March 2, 2026. (AP Photo/Ana Ruiz)ASSOCIATED PRESS';
  judgeBetweenParagraphs(['TOMAS BREK and ANA RUIZ, Associated Press', caption, 'Watch Now', 'Report a typo']);
  // A sentence naming the agency is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'Reporters from the Associated Press watched the vote.', BODY[3]].join('\n')), []);
});

test('a wire\u2019s bracketed byline under its story ("(By Chen Chun-hua and Ko Lin)") and its end mark "Enditem/AW" are furniture', () => {
  assert.deepEqual(boilerplateLines([...BODY, '', '(By Mara Lindqvist and Tomas Brek)', '', 'Enditem/AW'].join('\n')), [10, 12]);
  // A remark in brackets opening with "By" is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], '(By the way, the council never voted on the plan.)', BODY[3]].join('\n')), []);
});

test('a player\u2019s and a picture\u2019s controls ("Listen \u00B7 4:32", "0:00 / 1:23", "Enlarge this image"), a loading widget, "Skip Ad", "Open in App", "Sign up here." are furniture', () => {
  judgeBetweenParagraphs(['Listen \u00B7 4:32', '0:00 / 1:23', 'Enlarge this image', 'toggle caption', 'Loading comments...', 'Loading, Please Wait!', 'Skip Ad', 'Article continues below this ad', 'Open in App', 'Read full article', 'Sign up here.']);
  judgeBetweenParagraphs([], ['Loading the new ferry took three hours, the harbour master said.', 'Listen: the council never voted on the plan.']);
});

test('an embedded post\u2019s consent box ("Skip twitter post", "Allow Twitter content?", "This article contains content provided by …") is furniture', () => {
  const box = [
    'This Twitter post cannot be displayed in your browser. Please enable Javascript or try a different browser.View original content on Twitter',
    'The Harbour Post is not responsible for the content of external sites.',
    'Skip twitter post',
    'Allow Twitter content?',
    'This article contains content provided by Twitter. We ask for your permission before anything is loaded, as they may be using cookies and other technologies. You may want to read Twitter\u2019s cookie policy and privacy policy before accepting. To view this content choose \u2018accept and continue\u2019.',
    'End of twitter post',
  ];
  assert.deepEqual(boilerplateLines([BODY[2], BODY[3], ...box, BODY[4], BODY[6]].join('\n')), [3, 4, 5, 6, 7, 8]);
  // A sentence about an embedded post is the article's.
  assert.deepEqual(boilerplateLines([BODY[2], 'This Twitter post from the mayor cannot be found any more, the council said.', BODY[3]].join('\n')), []);
});

test('big sites\u2019 furniture: audio lengths, update notes, topic links, "Most Read from …", links run together with bars, links that open a new tab', () => {
  judgeBetweenParagraphs([
    'Listen to this article \u00B7 5:12 min Learn more', 'Listen 5 min', '(Updates with closing share price in fifth paragraph)', '(Adds quote from minister in paragraph 5)',
    '--With assistance from Ana Ruiz and Tomas Brek.', 'Most Read from Harbour Post', 'Order Reprints | Today\u2019s Paper | Subscribe', 'Purchase Licensing Rights, opens new tab',
    'See more on: Harwick Harbour Board', 'Suggested Topics:', 'Follow Coastal Wire\u2019s coverage at https://example.com/hub/floods', 'Sign up to First Edition', 'Read in app', 'See More Videos', 'Video Ad Feedback',
  ]);
  judgeBetweenParagraphs([], ['Sign up for the ferry pass at the harbour office.', 'With assistance from the council, the library reopened in March.', 'Most popular on the ferry route was the night crossing.', 'Listen 5 times a day, the doctor said.']);
});

test('a newspaper\u2019s print note ("A version of this article appears in print on …, Section A, Page 1 … with the headline: …") is furniture, however long', () => {
  const note = 'A version of this article appears in print on March 3, 2026, Section A, Page 1 of the Harwick edition with the headline: Library Reopens After a Two-Year Rebuild That Cost the Town Council More Than Four Million Pounds.';
  assert.deepEqual(boilerplateLines([...BODY, note].join('\n')), [9]);
  assert.deepEqual(boilerplateLines([BODY[2], 'A version of the plan appeared in print last year, the council said.', BODY[3]].join('\n')), []);
});

test('a table flattened with its bars, rows of figures under a header and a "---|---" line, is the article\u2019s data', () => {
  const table = ['Metric | This year | Last year | Change |', '---|---|---|---|', 'Loans | 412 | 380 | 8% |', 'Members | 2,150 | 1,990 | 8% |', 'Branches | 7 | 5 | 40% |'];
  // Before, the header was a bar menu, the "---" line stray punctuation and the rows a list of links.
  assert.deepEqual(boilerplateLines([BODY[2], BODY[3], ...table, BODY[4], BODY[6]].join('\n')), []);
  // A bar menu is still one.
  assert.deepEqual(boilerplateLines([BODY[2], 'Home | News | Sport | Weather | Culture', BODY[3]].join('\n')), [2]);
});

test('more sites\u2019 buttons and notes: "Follow this topic", "Bookmark", "Join the conversation", "Web Stories", NDTV\u2019s syndication note', () => {
  judgeBetweenParagraphs(['Follow this topic', 'Bookmark', 'Save this story', 'Add to favourites', 'Join the conversation', 'Watch more', 'Create a free account', 'This content is not available in your region', '(Except for the headline, this story has not been edited by Harbour Post staff and is published from a syndicated feed.)']);
  assert.deepEqual(boilerplateLines([BODY[2], 'Web Stories', BODY[3]].join('\n')), [2]);
  assert.deepEqual(boilerplateLines([BODY[2], 'Residents can bookmark the library\u2019s new reading list online.', BODY[3]].join('\n')), []);
});

test('a player\u2019s label glued to its length ("VIDEO0:5700:57") with its title on both sides, and a caption closed by " - REUTERS", are furniture', () => {
  const title = 'Harbour council votes to rebuild the old ferry pier after long debate';
  assert.deepEqual(boilerplateLines([BODY[2], title, 'VIDEO0:5700:57', title, BODY[3]].join('\n')), [2, 3, 4]);
  assert.deepEqual(boilerplateLines([BODY[2], 'Residents queue outside the rebuilt library in Wexmoor - REUTERS', BODY[3]].join('\n')), [2]);
  // After a full stop the agency tags a paragraph as its own, as "(PA)" does.
  assert.deepEqual(boilerplateLines([BODY[2], 'The council approved the plan by seven votes to two on Tuesday. - AP', BODY[3]].join('\n')), []);
});

test('probe-folder leftovers: "By" alone, ">> Read more trending news", "Details later\u2026", alerts prompts, breadcrumbs, "Comments / 1"', () => {
  judgeBetweenParagraphs(['By', '>> Read more trending news', 'Details later\u2026', 'More soon\u2026', 'Email This Link', 'Harbour Post push notifications', '- Get Gulls news notifications', 'You are here:   Home', 'Comments / 1', 'Trending stories at harbourpost.example']);
  judgeBetweenParagraphs([], ['By the harbour', 'Residents got no notifications before the water was cut.']);
});

test('a pointer to the outlet\u2019s live blog, a promotion of its video channel and a caption credited after a bar are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(
    [
      'Follow our live updates here',
      'Follow live updates here:',
      'For live updates, follow our blog.',
      'Keep up with our live blog',
      'Watch more of our videos on HarbourTV.com and on Freeview 262',
      'Councillor Ana Ruiz and harbour master Tomas Berg at the reopened quay. | Local TV',
    ],
    [
      'Supporters follow the live updates from the count on their phones.',
      'The mayor said she would follow live updates from the coast guard.',
      'Fans watch more of the games on streaming services now, the report said.',
      'The ferry will run twice a day | Harbour News',
    ],
  );
});

test('a caption closing with an agency\u2019s file picture after a dash ("\u2014 Reuters/File") is furniture, even after a full stop', () => {
  // Kept before: only an agency in capitals was read after a dash, and never after a full stop.
  judgeBetweenParagraphs(['Harbour master Tomas Berg speaks to reporters at the reopened quay in Varde. \u2014 Reuters/File', 'Councillors leave the town hall after the vote - AFP/File Photo']);
});

test('a gallery\u2019s caption under its counter ("1 of 5 | \u2026"), quoting or not, is furniture, and so is the same caption over it', () => {
  const caption = 'Mayor Ana Ruiz speaks at the harbour on Tuesday and said "the quay will open by spring. We owe it to the town." Photo by Tomas Berg/Harbour Wire';
  const page = [BODY[2], caption, `1 of 5 | ${caption} | License Photo`, BODY[3]].join('\n\n');
  // Before, both were kept: the quote in the caption made it read as a paragraph with a credit glued on.
  assert.deepEqual(boilerplateLines(page), [3, 5]);
  // The same paragraph without the gallery's counter beneath it stays the article's.
  assert.deepEqual(boilerplateLines([BODY[2], caption, BODY[3]].join('\n\n')), []);
});

test('a comment platform\u2019s credit ("comments powered by Disqus") is furniture', () => {
  // Kept before (only Disqus's JavaScript notice was read).
  judgeBetweenParagraphs(['comments powered by Disqus', 'Comments powered by Disqus.'], ['The council\u2019s new site has comments powered by Disqus, a spokesman said.']);
});

test('an aggregator\u2019s panels under its machine summary are furniture: "AI summarized text", "People in this article", its sponsorship verdict', () => {
  // Each was kept before.
  judgeBetweenParagraphs(
    ['How informative is this news?', 'AI summarized text', 'People in this article', 'Commercial Interest Notes', 'The article contains no indicators of sponsored content, advertisement patterns, or commercial interests. There are no brand mentions, product recommendations, or calls to action.'],
    ['The council said the article contains no evidence of the payments the auditor found, and it asked for the full report.'],
  );
});

test('a credit labelled "Credited from:" or "Credited to:" is furniture', () => {
  // Kept before: an aggregator opens its rewrites with the outlet it took them from.
  judgeBetweenParagraphs(['Credited from: HARBOURWIRE', 'Credited to: Reuters'], ['Credited from the start with saving the harbour, Ruiz stood down on Friday.']);
});

test('an ad placeholder\u2019s label ("ARTICLE AD BOX", "Ad slot") is furniture', () => {
  // Kept before.
  judgeBetweenParagraphs(['ARTICLE AD BOX', 'Ad slot', 'Ad space']);
});

test('a caption opening "An undated image of …" is furniture; on a short pasted page an on-topic subhead stays the article\u2019s', () => {
  // Kept before (only "This photo …" and "In this photo …" openings were read).
  judgeBetweenParagraphs(['An undated image of the Norvik ferry. \u2014 Norvik Lines', 'An undated photo shows the harbour master at the quay.'], ['An undated report shows the council knew of the cracks.']);
  // Before, once its two captions made the page "pasted", the subhead was flagged as another story's
  // headline: a short page's topic was not trusted, so no subhead was told apart.
  const page = [
    'Norvik confirms launch event for Ferry 10 series, Ferry Watch 4, and more',
    'First time Norvik\u2019s Ferry 10 series will run on a brand-new G5 engine built by Kessel instead of Marlin',
    'An undated image of the Norvik Ferry 9. \u2014 Norvik',
    'An undated image of the Norvik Ferry 9. \u2014 Norvik',
    'Norvik has confirmed its latest launch event will take place on August 20, where the Ferry 10 series will be shown. After weeks of rumours, islanders are excited about this announcement.',
    'The Ferry 10 series is Norvik\u2019s next generation of ferries, including the Ferry 10, Ferry 10 Pro and a larger ferry called Ferry 10 Max. For the first time, all the models will run on the brand-new G5 engine.',
    'Norvik Ferry 10 series launch date',
    'The event date, August 20, matches earlier leaks and shows that most ferry rumours tend to be accurate.',
  ].join('\n\n');
  assert.deepEqual(boilerplateLines(page), [5, 7]);
});

test('a short caption with a labelled credit after its full stop ("Jimmy Kimmel. Credit : ABC") and a "Get your daily dose of …" prompt are furniture', () => {
  // Each was kept before: a caption needed four words before an unbracketed credit.
  judgeBetweenParagraphs(['Ana Ruiz. Credit : Harbour TV', 'Get your daily dose of everything happening in music, film and TV in Varde and abroad.'], ['Ana Ruiz gave credit to the crews: they saved the quay.']);
});

test('a screen reader\u2019s list labels, an image placeholder, a bracketed "(Photo - …)" credit on a short caption and an agency after "/ " are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(
    ['list of 4 itemsend of list', 'image', 'Mayor greets the crews (Photo - Harbour TV on social media)', 'Crews hand over the last of the sandbags to the council as part of the flood deal. / AA'],
    ['The mayor thanked the crews (and the council) for the sandbags.', 'The image of the flooded quay went round the world.'],
  );
});

test('an affiliate note with a word before "affiliate links" and a sign-up form\u2019s "By submitting I agree" are furniture', () => {
  // Each was kept before.
  judgeBetweenParagraphs(['This article may contain commission-based affiliate links. Learn more on our Privacy Policy page.', 'By submitting I agree'], ['The council said the article may contain errors, and it asked the paper to correct them.']);
});

test('a bulleted run of title-case headlines under a paragraph is a related-stories list, on topic or not', () => {
  const related = [
    '- Wexmoor council approves library budget, first rise since 2019',
    '- Readers Flock Back as Wexmoor Library Reopens Its Doors',
    '- Inside the Rebuild: How Wexmoor Saved Its Victorian Reading Room',
    '- Costa Named Head Librarian After Two Decades at the Desk',
  ];
  const page = [BODY[0], '', BODY[2], BODY[3], ...related, 'What the rebuild cost', BODY[6], BODY[7]].join('\n');
  // Before, a bulleted run counted as the article's own list however it was written.
  assert.deepEqual(boilerplateLines(page), [5, 6, 7, 8]);
  // The article's own bullets: sentence-case fragments, or a list after a colon.
  const own = [
    '- a new children\'s wing on the ground floor with its own entrance',
    '- two reading rooms restored to their original Victorian colours',
    '- Late Opening Hours on Thursdays During the School Term Weeks',
  ];
  assert.deepEqual(boilerplateLines([BODY[0], '', BODY[2], BODY[3], ...own, BODY[6], BODY[7]].join('\n')), []);
  const colon = BODY[3].replace(/\.$/, ':');
  assert.deepEqual(boilerplateLines([BODY[0], '', BODY[2], colon, ...related, BODY[6], BODY[7]].join('\n')), []);
});

test('a stamp split over two lines with its values lost ("Posted" over "and last updated") is furniture', () => {
  const page = [BODY[0], '', 'Posted', 'and last updated', '', BODY[2], BODY[3], BODY[4]].join('\n');
  // Before, both lines stayed: "Posted" alone may be a word of the article, and its tail was unknown.
  assert.deepEqual(boilerplateLines(page), [3, 4]);
  // "Posted" alone over a paragraph stays.
  assert.deepEqual(boilerplateLines([BODY[0], '', 'Posted', BODY[2], BODY[3], BODY[4]].join('\n')), []);
});

test('an aggregator\'s "Get all your news in one place." prompt and its "Start reading" button are furniture', () => {
  // Before, both stayed (the prompt named no newsletter; the button was unknown).
  judgeBetweenParagraphs(['Get all your news in one place.', 'Start reading'], ['Get all your news from the council meeting in one place, the mayor told residents.', 'Start reading the minutes of the meeting now, she said.']);
});

test('a genre label on the page\'s own headline ("Analysis: …") leaves it the headline; lower down it marks a link', () => {
  const head = 'Analysis: What the Wexmoor library rebuild says about the town';
  const page = ['Share', head, '', 'November 21, 2026, 8:29 PM', '', BODY[2], BODY[3], BODY[4], BODY[6], BODY[7]].join('\n');
  // Before, the headline was cut as a related-story link.
  assert.deepEqual(boilerplateLines(page), [1, 4]);
  judgeBetweenParagraphs(['Analysis: Why small towns are closing their swimming pools']);
});

test('an embedded post\'s address with its embed tag ("…?utm_source=ig_embed…") is furniture; a link in the story is not', () => {
  // Before, kept: a bare address alone is as often the article's own link.
  judgeBetweenParagraphs(['https://www.instagram.com/p/Cx1AbCdEfGh/?utm_source=ig_embed&ig_rid=0f1e2d3c-4b5a-6978-8796-a5b4c3d2e1f0'], ['https://www.wexmoor.gov/library/reopening-2026']);
});

test('a caption whose credit after the bar was lost ("… near Wexmoor. |") is a caption', () => {
  // Before, kept, and its photo's date was compared with the event's.
  judgeBetweenParagraphs(['On November 19, 2026, Volunteers carry boxes of books into the rebuilt Wexmoor library on the eve of its reopening. |'], ['Residents queued for hours; some called it the best day the town had seen in years.']);
});

test('a site\'s "Read More News on …" links and a "Table of Contents" label are furniture', () => {
  // Before, only "Follow us on:" among them was flagged.
  judgeBetweenParagraphs(
    ['Read More News on Wexmoor Today', 'Read More News on Business News Wexmoor', 'More stories from Wexmoor Post', 'Table of Contents'],
    ['More news on the rebuild will follow next week.', 'Read more about the rebuild in our archive of council papers, which goes back to 1990.'],
  );
});

test('a picture\'s file address left without its markup is furniture; a page\'s address stays', () => {
  // Before, an aggregator's "/images/ppid_….webp)" under its story stayed.
  judgeBetweenParagraphs(['/images/ppid_a911dc6a-image-17620568.webp)', 'https://cdn.wexmoor.example/2026/11/library-reopening.jpg?w=1200'], ['https://wexmoor.example/library', 'The photographs are online at /archive/library.jpg and in the town hall.']);
  // Only the extension left of it (the file's name went with the markup).
  judgeBetweenParagraphs(['.png)', '.jpg'], ['.png files are smaller, the archivist said.']);
  assert.equal(lib.analyzeDocument(`${BODY[2]}\n/images/library-front.png\n${BODY[3]}\n`).boilerplate.get(1), 'image file address');
});

test('a caption closing on its place and date and an agency in brackets ("Valna, Norvia, December 3, 2026. (Reuters)") is furniture', () => {
  // Before, both stayed: an agency alone after a full stop may tag a story's last paragraph.
  judgeBetweenParagraphs(
    ['Mayor Ana Ruiz delivers a speech in Valna, Norvia, December 3, 2026.(Reuters)', 'People gather outside the town hall in Valna, Norvia, December 4, 2026. (Reuters)'],
    [
      'The council approved the plan on Friday. (PA)',
      'The new opening hours took effect on December 3, 2026. (Reuters)',
      // A story's lead run into its picture's caption.
      'The council early Wednesday lifted the closure ordered hours before by Mayor Ana Ruiz. People gather outside the town hall in Valna, Norvia, December 4, 2026.(Reuters)',
    ],
  );
});

test('a paragraph pasted twice in a row: the second copy is flagged, the first stays', () => {
  const twice = 'It is not yet clear how the new opening hours will affect the branch libraries in the villages.';
  const page = [...BODY.slice(0, 5), '', twice, '', twice, '', ...BODY.slice(5)].join('\n');
  // Before, both copies were flagged as a repeated title, and the fix removed the paragraph.
  assert.deepEqual(boilerplateLines(page), [9]);
  const f = rule(checkAll({ a: page }).a, 'page-boilerplate');
  assert.match(f[0].message, /paragraph pasted twice/);
  assert.equal(lib.applyEdits(page, f[0].fixes[0].edits).split(twice).length, 2);
});

test('a story status note in brackets, "Further details to follow." and "We are working to expand this information" are furniture', () => {
  // Before, each stayed (the bracketed ones, and these two wordings).
  judgeBetweenParagraphs(
    ['[We are working to expand this information]', '[This story is developing]', '(This story has been updated.)', 'Further details to follow.', 'We\u2019re working to update this story.'],
    ['Further details of the rebuild are to follow from the council in March.', '(The library has been updated with new shelves.)'],
  );
});

test('a reader-settings panel ("Reading Mode", "Adjust the reading mode to suit your reading needs.", "Font Size") is furniture', () => {
  // Before, a news site's panel above its story stayed but for its first lines.
  judgeBetweenParagraphs(
    ['Reading Mode', 'Adjust the reading mode to suit your reading needs.', 'Font Size', 'Fix the font size to suit your reading preferences', 'Select the language of your choice. Wexmoor Post reports are available in 11 languages.', 'Dark mode'],
    ['Select the language of your choice, the librarian told the children.', 'The font size of the new signs was chosen with older readers in mind.'],
  );
});

test('a caption shown twice over its credit is cut both times; a caption behind "click to enlarge" is furniture', () => {
  const caption = 'The reading room stands empty and quiet on Saturday in Wexmoor, Norvia.';
  const page = [...BODY.slice(0, 5), '', caption, '', caption, '(Ana Ruiz / Coastal Wire)', '', ...BODY.slice(5)].join('\n');
  // Before (since the first copy of a sentence shown twice is kept as a paragraph), the first copy stayed.
  assert.deepEqual(boilerplateLines(page), [7, 9, 10]);
  // Under the headline, over its credit: before, only the credit was cut.
  const top = ['What we know about the Wexmoor library reopening', '', 'click to enlarge Head librarian Maria Costa speaks at a podium with the town flag in the background', 'Photo: Ana Ruiz', ...BODY.slice(2)].join('\n');
  assert.deepEqual(boilerplateLines(top), [3, 4]);
  judgeBetweenParagraphs([], ['Click to enlarge the map, the guide said, and the rooms appear.']);
});

test('a bare view or share count ("3.7K", "438.3K") is furniture', () => {
  // Before, each stayed between paragraphs.
  judgeBetweenParagraphs(['3.7K', '438.3K', '12K', '1.2M'], ['3.7K people signed the petition by Friday.']);
});

test('a quote paragraph with its speaker after a fact box is the article\'s, however few words it shares with it', () => {
  const page = (last) => [
    'VALNA \u2014 Harbour United finally conquered the coast league on Saturday night, beating Port Alder 5-0 in the cup final at the Kestrel Stadium to claim the club\u2019s first title and post the heaviest winning margin in the competition\u2019s 69-year history.', '',
    'Former Port Alder defender Tomas Brek punctured his old club after eight minutes, side-footing in a low cross from the left. From there the young side never loosened their grip, and the midfield ran the game from the first whistle to the last.', '',
    'Port Alder, chasing a fourth cup, were suffocated by the high press and slick rotations of the visitors, who scored twice more in the second half before two substitutes came off the bench to add the fourth and the fifth.', '',
    'Historic metrics', '',
    '  \u2022 Largest final win: The 5-0 score surpasses the 4-0 win in 1960 as the biggest in a cup final.',
    '  \u2022 Youngest hero: Costa (19 yrs 362 days) is the youngest player to score twice in a cup final.', '',
    'Turning points', '',
    'MinuteGoalAssistScore', '8\u2019BrekRuiz1-0', '20\u2019Costa2-0', '63\u2019CostaRuiz3-0', '78\u2019MarrowBrek4-0', '86\u2019EkbergCosta5-0', '',
    'Reaction', '',
    last,
  ].join('\n');
  // Before, the captain's words were cut as an off-topic block after the article's end.
  assert.ok(!boilerplateLines(page('\u201CTonight we saw the future of this club,\u201D captain Ilse Marrow beamed as she lifted the trophy in front of 30,000 fans.')).includes(23));
  // A quote with no speaker there is still cut, as a teaser may be.
  assert.ok(boilerplateLines(page('\u201CWe never saw the flood coming\u201D: one family\u2019s year of rebuilding their farmhouse on the moor.')).includes(23));
});

test('an agency alone in brackets on its line ("(Associated Press)") is a credit', () => {
  // Before, it stayed under a caption the page had already lost the rest of.
  judgeBetweenParagraphs(['(Associated Press)', '(Reuters)', '(AFP)', '(Getty Images)'], ['(Associated Press reporters contributed from Harwick.)']);
});

test('a related link alone inside the article, a subhead under it, marks no end: the paragraphs after it stay', () => {
  const page = [
    'The magnitude 6.4 earthquake that struck Varde on March 3 has been confirmed by the Norvian Institute of Seismology as the strongest tremor ever recorded on the island. The powerful quake left widespread damage and was felt across the whole northern coast.',
    'The survey said the tremor, which occurred at 9:59 p.m., registered intensity 7 near the epicentre. The shaking was felt as far as Harwick and Port Alder. The epicentre was traced 17 kilometres north of Varde at a depth of 10 kilometres.',
    'RELATED: [Norvia Must Step Up Earthquake Preparedness - Civil Defence]',
    'Casualties and Tsunami Warning',
    'The Office of Civil Defence reported that the death toll has reached 69 as of Wednesday. Officials emphasised that casualty numbers remain uncertain as rescue operations continue.',
    'Following the tremor, the institute issued a tsunami warning at 9:59 p.m., which remained in effect until 1:20 a.m. The advisory was later lifted after no significant changes in sea levels were observed.',
  ].join('\n');
  // Before, the subhead and the paragraph under it were cut with the link.
  assert.deepEqual(boilerplateLines(page), [3]);
});

test('a caption closed by "(Photo courtesy of …)" and a "(Courtesy of …)" credit alone are furniture', () => {
  // Before, both stayed.
  judgeBetweenParagraphs(
    ['RECOVERY EFFORTS. Volunteers search the rubble in Varde, Norvia, on Oct. 1, 2026, following the previous night\u2019s earthquake. (Photo courtesy of the 53rd Engineer Brigade)', '(Courtesy of the Ruiz family)'],
    ['The library thanked its donors (courtesy of a town grant, the roof was paid for) at the opening.'],
  );
});

test('a caption closed by "(Courtesy of …)" is furniture', () => {
  // Before, it stayed (only "(Photo courtesy of …)" closed a caption).
  judgeBetweenParagraphs(
    ['Omar Castell, suspected of the stabbing at Port Alder College. (Courtesy of the Norvia Police Service)'],
    ['The library reopened its reading room on Monday with new shelves (courtesy of a town grant)', 'The mayor thanked the volunteers who cleaned the harbour (courtesy of the rowing club, boats were lent).'],
  );
});

test('a date stamp written day-month-year with hyphens ("11-04-2025 | 01:13") is furniture', () => {
  // Before, both stayed (slashes were read, hyphens not).
  judgeBetweenParagraphs(['11-04-2025 | 01:13', '11-04-2025'], ['The 11-04-2025 meeting was moved to the town hall.']);
});

test('a caption credited to a photographer through dpa and another agency ("(Ana Ruiz/dpa via AP)") is furniture', () => {
  // Before, each stayed ("dpa" is written in lower case).
  judgeBetweenParagraphs(
    ['Firefighters attend the scene at the harbour market in Varde, Norvia, Friday, Dec. 18, 2026. (Ana Ruiz/dpa via AP)', 'Emergency services work at the harbour market in Varde, Norvia, Friday Dec. 18, 2026. (Lena Berg/dpa)'],
    ['The fund (the harbour board / dpa reported on it) paid for the repairs.'],
  );
});

test('a source credited through an agency ("NASA TV | Via Reuters"), "Updated:" alone, and a wire caption closing "… 2025 in a still image from video." are furniture', () => {
  // Before, each stayed.
  judgeBetweenParagraphs(
    ['Harbour TV | Via Reuters', 'Handout via AP', 'Updated:', 'Published:', 'A rescue boat reaches the ferry off the coast of Varde, Norvia March 18, 2026 in a still image from video.'],
    ['Updated', 'Help arrived via Reuters', 'The suspect is seen leaving the depot in a still image from video released by police.', 'The ferry sank in 2026, in a still image from video that the harbour board shared.'],
  );
});

test('a blog theme\'s "Post category:Politics" and "Reading time:7 mins read" (no space after the colon) are furniture', () => {
  // Before, both stayed.
  judgeBetweenParagraphs(['  \u2022 Post category:Politics', '  \u2022 Reading time:7 mins read', 'Post categories: Politics, Europe'], ['The post category the council created last year now has seven staff.']);
});

test('an embedded Instagram post\'s frame, "(AP Photo, File)" and "Everett Collection" are furniture', () => {
  // Before, each stayed.
  judgeBetweenParagraphs(
    ['View this post on Instagram', 'A post shared by Ana Ruiz (@anaruiz.varde)', 'The mayor with her husband in June 1993. (AP Photo, File)', '(AP Photo)', 'Everett Collection'],
    ['A post shared by the mayor drew 5,000 comments on Monday.', 'The collection Everett left the town will open in June.'],
  );
});

test('a WordPress theme\'s comment prompts ("Please enter your comment!"), a "Must read" label and "Image caption," without its caption are furniture', () => {
  // Before, each stayed.
  judgeBetweenParagraphs(
    ['Please enter your comment!', 'Please enter your name here', 'You have entered an incorrect email address!', 'Must read', 'Image caption,'],
    ['Residents must read the notice before Friday.', 'Please enter your comments on the plan by Friday, the council said.'],
  );
});

test('"Must read" above the article is a label, not the end of the article', () => {
  const page = ['Must read', '', 'The Wexmoor public library reopened its doors on Saturday after a two-year rebuild that cost the town more than four million pounds.', '', 'Hundreds of residents queued outside the building before the doors opened, many of them carrying books borrowed before the library closed.'].join('\n');
  assert.deepEqual(boilerplateLines(page), [1]);
});

test('a paragraph closed by its agency\'s tag ("… El Niño. (NWA)") reads as a paragraph, not a line of furniture', () => {
  const tagged = 'The floods follow a storm that killed more than 30 people in Norvia a year ago. Scientists tie the rising number of such downpours to El Niño. (NWA)';
  const page = [BODY[2], '', tagged, tagged, '', BODY[3]].join('\n');
  // Before, the first copy was cut as "a repeated line"; now the second goes, as a paragraph pasted twice.
  assert.deepEqual(boilerplateLines(page), [4]);
  // After a caption's date the agency is the caption's credit: a caption shown twice goes, both copies.
  const caption = 'Rescuers carry a resident through floodwater in Keld, Norvia, February 28, 2026. (REUTERS)';
  const twice = lib.analyzeDocument([BODY[2], '', caption, caption, '', BODY[3]].join('\n')).boilerplate;
  assert.deepEqual([...twice.values()], ['repeated line (video or teaser title shown twice)']);
  assert.deepEqual(boilerplateLines([BODY[2], '', caption, caption, '', BODY[3]].join('\n')), [3]);
});

test('a caption closed by an agency and its photographer ("… May 7, 2026. REUTERS/Ana Ruiz") and "Content continues below" are furniture', () => {
  // Before, both stayed.
  judgeBetweenParagraphs(
    ['Evacuees rest in a warehouse after their homes were flooded in Keld, Norvia May 7, 2026. REUTERS/Ana Ruiz', 'Content continues below'],
    ['The agency said it had sent the pictures to REUTERS/AFP and other wires on Monday.', 'He said it was over. AP/Ana'],
  );
});

test('a caption closed by an agency and its photographer in brackets ("… in Keld. (AP/Ana Ruiz)") and an aggregator\'s "→ Continue reading at …" are furniture', () => {
  // Before, both stayed ("(AP/…)" after a full stop was read as an agency tagging the story's paragraph).
  judgeBetweenParagraphs(
    ['The union\'s president greets members after the vote at their hall in Keld. (AP/Ana Ruiz)', '\u2192 Continue reading at Harbour News', 'Continue reading at The Coastal Wire'],
    ['The strike ended on Monday. (AP)', 'Continue reading on the website', 'Readers can continue reading at home.'],
  );
});

test('a bracketed credit whose label ends in a dash ("(Photo credit- Ana Ruiz/Harbour News via AP)") is furniture', () => {
  // Before, it stayed.
  judgeBetweenParagraphs(['(Photo credit- Ana Ruiz/Harbour News via AP)', '(Photo \u2013 Lena Berg)'], ['(Picture-perfect weather drew crowds to the harbour.)']);
});

test('a paragraph whose quote closes with an opening mark ("\u2026 ordinary lad.\u201C") is a paragraph, not a block after the article', () => {
  const story = [
    'A ferry fire off Port Alder on Tuesday left three dead and eleven injured after a blaze spread from the engine room, officials said.',
    'Details of the Port Alder Ferry Fire',
    'The fire broke out around 7:40 a.m. on the Valna Star as it crossed from Port Alder to Harwick. Crew members fought the flames for an hour before the coastguard arrived.',
    'Three passengers, Ilse Marrow, 61, and Tomas Berg, 58, and a child, died in the fire. Eleven other people were treated in hospital for burns and smoke.',
    'The ferry, which was built in 1994, had passed an inspection last spring. The operator said the engine room had been serviced in March.',
    'Crew Member Named in Ferry Fire',
    'Officials named the engineer on duty as Piet Varo, a 44-year-old who had worked for the operator for twelve years. The inquiry into the Valna Star fire is ongoing.',
    'Varo joined the operator in 2013, living with his family in the town of Harwick. A neighbour, Gerd Lund, described him as \u201Ca careful, quiet man.\u201C',
    'In connection with the fire, officials questioned two other crew members about the alarm system. The two included the captain and a deckhand.',
    'Minister on Ferry Safety',
    'The transport minister ordered checks of every ferry in the fleet, though the cause of the fire remains under investigation. Minister Anna Holt called the fire a \u201Cterrible day for everyone who works on the water.\u201C',
    'She pledged to protect the island\'s travellers, stating, \u201CTo every family who takes our ferries: I promise that I will do everything in my power to keep you safe.\u201C',
  ].join('\n');
  // Before, the last two paragraphs (each closing on \u201C) were flagged as an off-topic block after the article end.
  assert.deepEqual(boilerplateLines(story), []);
});

test('"Tags" or "Topics" alone under the story is a tags label, and ends the article as "Tags:" does', () => {
  // Before, both stayed ("Keywords" alone was known, and "Tags:" with its colon).
  assert.deepEqual(boilerplateLines([...BODY, 'Tags'].join('\n')), [9]);
  assert.deepEqual(boilerplateLines([...BODY, 'Topics', 'Wexmoor', 'Libraries'].join('\n')), [9, 10, 11]);
  // The same word in a sentence is the article's.
  assert.deepEqual(boilerplateLines([...BODY, 'Tags on the returned books showed they had been borrowed in 1998.'].join('\n')), []);
});

test('an ad slot\u2019s "Hide Ad" button, alone or glued to its "Advertisement" label, is an advertisement label', () => {
  // Before, "Advertisement" was flagged and the "Hide AdAdvertisement" line under it kept.
  judgeBetweenParagraphs(['Hide Ad', 'Hide AdAdvertisement', 'AdvertisementHide Ad', 'Hide Ad Advertisement'], ['Hide ads from the front page, the editor told staff in a memo on Monday.']);
});

test('a blog theme\u2019s widget code left as text ("6/recent/ticker-posts", "3/Sports/post-list") and its "Hot Posts" heading are furniture, above the story too', () => {
  // Before, both stayed above a Blogger site's story.
  assert.deepEqual(boilerplateLines(['Hot Posts', '6/recent/ticker-posts', ...BODY].join('\n')), [1, 2]);
  judgeBetweenParagraphs(['3/Sports/post-list', '5/recent/default'], ['24/7 crisis lines stay open through the holiday, the council said.']);
});

test('a share bar naming X with Twitter in brackets ("Facebook X (Twitter) WhatsApp") is share links, above the story too', () => {
  // Before, the bracketed "(Twitter)" kept the bar from reading as one.
  judgeBetweenParagraphs(['Facebook X (Twitter) WhatsApp', 'X (Twitter) Facebook Email']);
  assert.deepEqual(boilerplateLines(['Facebook X (Twitter) WhatsApp', ...BODY].join('\n')), [1]);
});

test('a line of HTML left in the text (tags, or a cut-off tag\u2019s attributes) is furniture; text inside tags stays', () => {
  // Before, a page's `class="site-content" id="content">` stayed above its headline.
  assert.deepEqual(boilerplateLines(['class="site-content" id="content">', ...BODY].join('\n')), [1]);
  judgeBetweenParagraphs(
    ['<div class="share-bar">', '</div>', '<img src="https://example.com/bridge.jpg" alt="The bridge at dusk" loading=lazy>', '<!-- ad slot 3 -->', 'width="600" height="360"', '<amp-ad width=300 height=250 type="doubleclick"></amp-ad>'],
    [
      '<p>The mayor said the bridge would reopen in <b>June</b>.</p>',
      '<The Palace: Jang Noksu>',
      'If x<y and y>z, the council\u2019s width="3" rule holds, Costa said.',
      'The clerk wrote class="urgent" on the file, the report said.',
    ]
  );
});

test('a view or comment counter without a thousands comma ("2620 views") or shortened ("1.2K views") is a counter', () => {
  // Before, only "2,620 views" was: a news site's " • 2620 views" stayed under its dateline.
  judgeBetweenParagraphs(['2620 views', ' \u2022 2620 views', '1.2K views', '15300 comments'], ['2620 voters were turned away, the council said.']);
});

test('a forum\u2019s greeting to a guest with its login link ("Welcome, Guest! Please Login/Signup.") is an account line', () => {
  // Before, kept above a forum's copy of a story; "Please Login/Signup." alone was called a photo credit.
  assert.deepEqual(boilerplateLines(['Welcome, Guest! Please Login/Signup.', ...BODY].join('\n')), [1]);
  judgeBetweenParagraphs(['Please Login/Signup.', 'Login/Signup', 'Please log in to comment.'], ['Welcome, guests: the library opens at nine, the council said.']);
  assert.equal(lib.analyzeDocument(['Please Login/Signup.', ...BODY].join('\n')).boilerplate.get(0), 'share/navigation link');
});

test('a Creative Commons licence closes a picture\u2019s credit: the caption over it and the licence alone are furniture', () => {
  // Before, kept at the head of an obituary: "…|World Travel & Tourism Council|CC BY-ND 2.0".
  judgeBetweenParagraphs(
    ['Lind won the Polar Prize for \u2018Harbour Lights\u2019 (1985)|Bergen Folk Archive|CC BY-ND 2.0', 'The harbour bridge at dusk. Photo: Ana Ruiz/Flickr (CC BY 2.0)', 'CC BY-SA 4.0'],
    ['The photo is licensed under CC BY 2.0.', '\u201CWe will rebuild,\u201D Costa said of the bridge (CC BY 2.0)']
  );
});

test('a bulleted menu above the story is the menu to its last item, into the lines a headline may take', () => {
  const menu = ['- logo-icon', '- Wexmoor', '- hamburger-menu-icon', '- close-icon', '- Categories', '- Home', '- Local News', '- World News', '- Cost of Living', '- Politics', '- Sport', '- Weather'];
  // Before, the items after "- Home" (the last eight lines above the story) stayed.
  assert.deepEqual(boilerplateLines([...menu, ...BODY].join('\n')), menu.map((_, k) => k + 1));
  // A bulleted list under the headline with items of more than three words is the story's.
  const points = ['- Library reopens after rebuild', '- Sunday opening for the first time'];
  assert.deepEqual(boilerplateLines([...menu, BODY[0], ...points, ...BODY.slice(1)].join('\n')), menu.map((_, k) => k + 1));
});

test('a live blog\u2019s list of key events (titles ending in their times) is furniture; a fixture list is not', () => {
  const events = ['- Council approves library budget13:44', '- Mayor opens the new reading rooms13:20', '- Costa thanks the volunteers 12:22', '- Queue forms outside the library07:36'];
  // Before, the entries stayed under the flagged "Key events".
  assert.deepEqual(boilerplateLines([BODY[2], 'Key events', ...events, BODY[3], BODY[4]].join('\n')), [2, 3, 4, 5, 6]);
  assert.deepEqual(boilerplateLines([BODY[2], ...events, BODY[3], BODY[4]].join('\n')), [2, 3, 4, 5]);
  const fixtures = ['Wexmoor v Port Alder 12:30', 'Kestrel v Harwick 15:00', 'Valna v Marenza 17:30'];
  assert.deepEqual(boilerplateLines([BODY[2], 'The weekend fixtures are:', ...fixtures, BODY[3], BODY[4]].join('\n')), []);
});

test('a labelled credit naming a body of several words ("Photograph: House of Commons") closes a caption', () => {
  // Before, kept with the alt text over it: the credit's "of" stopped it.
  judgeBetweenParagraphs(['The mayor opens the library. Photograph: House of Commons', 'The harbour at dusk. Photo: Ministry of Defence'], ['She said it best. Credit: the people of Wexmoor, Costa said.']);
  assert.deepEqual(boilerplateLines([BODY[2], 'The mayor opens the library.', 'The mayor opens the library. Photograph: House of Commons', BODY[3], BODY[4]].join('\n')), [2, 3]);
});

test('a share widget\u2019s icon names and labels ("cancel email link share Share bookmark Save") and an icon font\u2019s ligature ("radio_button_checked LIVE") are furniture', () => {
  // Before, both stayed above a live page's story.
  judgeBetweenParagraphs(['cancel email link share Share bookmark Save', 'radio_button_checked LIVE', 'arrow_forward Next'], ['Email, link and share: the library explained its new catalogue.', 'Save the date for the reopening, Costa said.']);
});

test('another story\u2019s headline shown twice on a page is a teaser both times; the excerpt under its link ending in "[\u2026]" is its teaser too', () => {
  const [body, rest] = [LIBRARY_BODY, LIBRARY_REST];
  const teaser = 'Storm warning issued for the west coast as gales close ferry routes';
  const headline = 'Wexmoor library reopens after two-year rebuild';
  // Before, the copy under the headline stayed (lines 3 and 6 are the same teaser).
  assert.deepEqual(boilerplateLines(['Advertisement', headline, teaser, ...body, teaser, ...rest, 'Share'].join('\n')), [1, 3, 7, 10]);
  // The headline itself is kept though the page shows it twice, and so is a subhead in the article's words.
  assert.deepEqual(boilerplateLines(['Advertisement', headline, ...body, teaser, ...rest, 'Share'].join('\n')), [1, 6, 9]);
  const link = 'Related: Gales close ferry routes along the west coast';
  const excerpt = 'Ferries between Port Alder and the islands stayed in harbour on Tuesday as the storm reached the coast, and the operator said sailings would \u201Cresume when it is safe\u201D [\u2026]';
  // Before, the excerpt stayed: it reads as a paragraph, its last sentence closed by the mark.
  assert.deepEqual(boilerplateLines(['Advertisement', ...body, link, excerpt, ...rest].join('\n')), [1, 5, 6]);
  // The same mark in the article's own paragraph (an excerpt it quotes) is the article's.
  const quoting = 'The library\u2019s old newsletter once said the building would \u201Cstand for a century\u201D and more [\u2026]';
  assert.deepEqual(boilerplateLines(['Advertisement', ...body, quoting, ...rest].join('\n')), [1]);
});

test('an aggregator\u2019s "Share and Follow", a "Read more here." link, a forum post\u2019s "Thread Author" label and a "Get Updates" button are furniture', () => {
  // Before, all three stayed.
  judgeBetweenParagraphs(['Share and Follow', 'Read more here.', '\u2022 Thread Author', 'Get Updates'], ['Share and follow the library\u2019s new reading plan, Costa told residents.', 'Read more here, the librarian said, pointing at the new shelves.', 'Get updates on the rebuild from the library desk, Costa said.']);
});

test('a caption closed by a bar and its photographer over the agency ("| Dana Ruiz/PA Wire") is furniture', () => {
  // Before, kept: only an agency after the bar made a credit.
  judgeBetweenParagraphs(['Firefighters outside the library on Harbour Road after the roof collapsed | Dana Ruiz/PA Wire', 'Readers queue at the new entrance | Tom Hale / Reuters'], ['The council met on Tuesday | Costa said the vote would wait.']);
});

test('a caption credited to a news service, an agency and a photographer in one bracket ("(OSV News/Reuters/Tim Evans)") is furniture', () => {
  // Before, kept: the credit in brackets took one slash.
  judgeBetweenParagraphs(['Firefighters outside the library on Harbour Road on Tuesday. (Harbour News/Reuters/Dana Ruiz)'], ['The council met on Tuesday to discuss the fire. (The vote was put off.)']);
});

test('a caption\u2019s sentence glued to its credit\u2019s line with blank lines round the pair is the picture\u2019s, on a page that spaces its paragraphs', () => {
  const spaced = (lines) => lines.join('\n\n');
  const caption = 'Firefighters outside the library on Harbour Road after the roof collapsed on Tuesday.';
  const page = spaced([BODY[2], `${caption}\nPicture: Getty`, BODY[3], BODY[4]]);
  // Before, only the credit went: the caption had no furniture or alt text right over it.
  assert.deepEqual(boilerplateLines(page), [3, 4]);
  // A headline over a credit has no full stop: it stays, and so does a paragraph with a paragraph right under its credit.
  assert.deepEqual(boilerplateLines(spaced(['Wexmoor library reopens after two-year rebuild\nImage credit: Wexmoor Gazette', BODY[2], BODY[3]])), [2]);
  assert.deepEqual(boilerplateLines(spaced([BODY[2], `${caption}\nPicture: Getty\n${BODY[3]}`, BODY[4]])), [4]);
});

test('a caption credited in brackets with spaces inside them ("( Independent )", "( Getty Images )") is furniture; a party in brackets is not', () => {
  // Before, kept: a credit in brackets had to open on its name.
  judgeBetweenParagraphs(['Ana Ruiz wins in Port Alder ( Independent )', 'Supporters outside the count in Widnes ( Getty Images )'], ['The seat went to Jane Reed (Independent) after a recount on Friday.', 'Results: Ana Ruiz (Harbour Party) 12,645; Tomas Brandt (Labour) 12,639.']);
});

test('WordPress\u2019s "You are commenting using your Google account. ( Log Out / Change )" is its comment box, in any language after it', () => {
  // Before, kept (and then, with captions credited in spaced brackets, read as a caption).
  judgeBetweenParagraphs(['You are commenting using your Google account. ( Log Out / Change )', 'You are commenting using your WordPress.com account. ( Logout / Ubah )'], ['You are commenting on the library plan, Costa told residents ( Log Out / Change ) in jest.']);
});

test('above the article, a promotion\'s short sentences wedged between furniture lines are furniture; a short headline there is not', () => {
  const head = [
    'Get all your news in one place.', // 1 sign-up prompt
    'Ninety local titles.', // 2
    'One card.', // 3
    'Start reading', // 4 link
    'Wexmoor Gazette', // 5
    'Wexmoor Gazette', // 6
    'Local', // 7
    'Ana Ruiz and Tom Grey', // 8 byline
    '', // 9
    'Library reopens: what do we know?', // 10 title
    '', // 11
    'Two readers at a shelf', // 12 the photo's description
    'Readers at the new Wexmoor library on Saturday. Photograph: Ana Ruiz/Wexmoor Gazette', // 13 caption
    '', // 14
    'What happened?', // 15 subhead
    '', // 16
  ];
  const flagged = boilerplateLines([...head, ...BODY.slice(2)].join('\n'));
  // Before, lines 2 and 3 were kept between the flagged prompt and link.
  for (const n of [1, 2, 3, 4]) assert.ok(flagged.includes(n), `line ${n}`);
  for (const n of [8, 10, 15, 17, 18]) assert.ok(!flagged.includes(n), `line ${n}`);
});

test('a blog theme\'s label for its author\'s picture ("Ana Ruiz profile image") is furniture; a sentence about a profile image is not', () => {
  // Before, kept above the byline on a Ghost-style page.
  judgeBetweenParagraphs(['Ana Ruiz profile image', 'Tom Grey profile picture'], ['Ana Ruiz changed her profile image after the vote.']);
});

test('a pasted page\'s first line naming its section, over the first paragraph, is the page\'s label; the same name as a subhead further down is not', () => {
  // Before, "World" was kept: a section name over a paragraph was read as a subhead wherever it stood.
  const credit = 'Source: Wexmoor Gazette';
  for (const gap of ['\n', '\n\n']) {
    const page = ['World', BODY[2], BODY[3], 'Business', BODY[4], credit].join(gap);
    const n = gap === '\n' ? 6 : 11;
    assert.deepEqual(boilerplateLines(page), [1, n], JSON.stringify(gap));
  }
  // A headline under the label: still the label's.
  assert.deepEqual(boilerplateLines(['News', BODY[0], BODY[2], BODY[3], credit].join('\n')), [1, 5]);
  // The writer's own first line is no section name; in a draft with no furniture the name may be the desk's.
  assert.deepEqual(boilerplateLines(['Wexmoor', BODY[2], BODY[3], credit].join('\n')), [4]);
  assert.deepEqual(boilerplateLines(['World', BODY[2], BODY[3]].join('\n')), []);
});

test('a share counter\'s label left without its count ("Shares") is furniture; a sentence about shares is not', () => {
  // Before, kept between a magazine's byline and its picture's caption.
  judgeBetweenParagraphs(['Shares'], ['Shares in the Wexmoor printing firm rose on the news.']);
});

test('a long paragraph pasted twice in a row is flagged once, however long', () => {
  const long = 'The council said on Monday that the rebuilt library, which cost more than four million pounds and took two years to finish, would open from nine in the morning until eight at night on weekdays, and that the reading rooms on the upper floor would be kept for exam students during the summer, when the schools close and the village branches shut for repairs to their roofs.';
  assert.ok(long.split(' ').length > 40);
  const page = [...BODY.slice(0, 5), '', long, '', long, '', ...BODY.slice(5)].join('\n');
  // Before, a paragraph of more than 40 words was kept twice.
  assert.deepEqual(boilerplateLines(page), [9]);
});

test('a broadcaster\'s notes under a breaking story ("This breaking news story is being updated …", "Please refresh the page …", its alerts offered) are furniture', () => {
  // Before, each stayed, under a report of a singer's death pasted from a news site.
  judgeBetweenParagraphs(
    [
      'This breaking news story is being updated and more details will be published shortly.',
      'Please refresh the page for the latest version.',
      'You can receive breaking news alerts on a smartphone or tablet via the Wexmoor News app. You can also follow us on WhatsApp and subscribe to our YouTube channel.',
    ],
    ['You can receive news alerts about the library from the council, Costa said.', 'This story is being updated by the library, which plans a history of the town.'],
  );
});

test('a wire caption ending on its weekday, full date and place ("… on Monday, Oct. 27, 2025, in Paris.") one blank line over its credit is the picture\'s', () => {
  const caption = 'Readers queue outside the rebuilt Wexmoor library on Saturday, March 7, 2026, in Wexmoor.';
  const page = [BODY[0], BODY[2], BODY[3], caption, 'Ana Ruiz/AP', BODY[4], BODY[6]].join('\n\n');
  // Before, only the credit was flagged (line 9): a caption set apart by a blank line needed its alt text over it.
  assert.deepEqual(boilerplateLines(page), [7, 9]);
  // An article sentence over a captionless picture's credit stays.
  const sentence = 'Readers queued outside the rebuilt library on Saturday, and the doors opened at nine.';
  assert.deepEqual(boilerplateLines([BODY[0], BODY[2], BODY[3], sentence, 'Ana Ruiz/AP', BODY[4], BODY[6]].join('\n\n')), [9]);
});

test('a sports site\'s labelled caption ("Image: Ruiz celebrates after scoring his first goal") is furniture; a sentence about an image is not', () => {
  // Before, kept between the match report's paragraphs.
  judgeBetweenParagraphs(['Image: Ana Ruiz celebrates after scoring her first goal', 'Picture: Readers queue outside the library on Saturday'], ['Image: the council said the new sign would go up in March.', 'The image of the library on Saturday was shared widely.']);
});

test('a caption closed by a credit after a slash ("… Tai Po district. Photo / Ana Ruiz, AFP") is furniture; a sentence with a slash is not', () => {
  // Before, kept: the credit's label took a colon or "by", not a slash.
  judgeBetweenParagraphs(
    ['Readers look up at the rebuilt Wexmoor library on Saturday. Photo / Ana Ruiz, AFP', 'Officers outside the Wexmoor library after the fire. Photo / Wexmoor Police, AFP', 'The reading room of the library on its first morning. Photo / Supplied'],
    ['The library lends books and DVDs / CDs to every resident of the town.'],
  );
});

test('a site builder\'s "Return to site" link and a picture\'s "Section image" placeholder are furniture', () => {
  // Before, both stayed around a blog post's headline.
  judgeBetweenParagraphs(['Return to site', 'Back to site', 'Section image'], ['The library will return to the site of the old mill next year.']);
});

test('a theme\'s "― Advertisement ―" label is furniture, and on such a page a teaser cut with an ellipsis takes its headline with it', () => {
  const page = [
    '\u2015 Advertisement \u2015',
    'ad_slot',
    'Ferry fares rise for the island run',
    'In a move that surprised regular passengers, the harbour board agreed on Monday to raise the fares of the...',
    BODY[0],
    ...BODY.slice(2),
  ].join('\n\n');
  // Before, the label was not read as "Advertisement" (the horizontal bars), so the page had too
  // little furniture for its teaser to count, and the teaser's headline stayed with it.
  assert.deepEqual(boilerplateLines(page), [1, 3, 5, 7]);
  // A sentence over a teaser is not its headline.
  const sentence = 'The harbour board met on Monday to agree the new fares for the winter.';
  assert.deepEqual(boilerplateLines(['\u2015 Advertisement \u2015', 'ad_slot', sentence, 'In a move that surprised regular passengers, the board raised the fares of the...', BODY[0], ...BODY.slice(2)].join('\n\n')), [1, 3, 7]);
});

test('a Chinese site\'s licence numbers ("京公网安备 11010802027341号", "京ICP备13028878号-6") are its footer; a sentence naming the licence is not', () => {
  // Before, kept under an English news page from a Chinese site.
  judgeBetweenParagraphs(['\u4EAC\u516C\u7F51\u5B89\u5907 11010802027341\u53F7', '\u4EACICP\u590713028878\u53F7-6', 'ICP\u8BC1\uFF1A\u6CAAB2-20050348'], ['The site shows its ICP licence number at the foot of every page.']);
});

test('a related headline with its view count and stamp glued on before it ("14419:04Ferry fares rise …") is a teaser; a schedule line is not', () => {
  // Before, kept under the story as four lines of the article.
  judgeBetweenParagraphs(
    ['14419:04Ferry fares rise for the island run', '14418:18\u00ABA new pier for Wexmoor\u00BB: Ana Ruiz', '376Yesterday, 21:14Harbour festival draws record crowd', '50228.09.2025, 18:48The council votes to close two branch libraries'],
    ['19:30 Doors open for the library reading night', '7:30PM Readings in the new hall'],
  );
});

test('a stamp\'s "Date:" label left without its value and a "Back to all stories" link are furniture', () => {
  // Before, both stayed: "Date:" over a news theme's story, "Back to all stories" under a stamp.
  judgeBetweenParagraphs(['Date:', 'Back to all stories', 'Back to news'], ['Date: Saturday 5 May, on the quay.', 'Back to all stories of the old pier, the archive holds forty.']);
});

test('a gallery\'s "Image 1 from gallery", a note that the audio was machine-made, "Published :" with a space, an Arabic ad label and "Explore more publications!" are furniture', () => {
  // Before, each stayed on a news page about the Sumatra floods.
  judgeBetweenParagraphs(
    ['Image 1 from gallery', 'Note: AI technology was used to generate this article\u2019s audio.', 'Published :', '\u0627\u0636\u0627\u0641\u0629 \u0627\u0639\u0644\u0627\u0646', 'Explore more publications!'],
    ['The council said AI technology was used to generate the ferry timetable this year.', 'Image 1 from the gallery shows the old pier in 1920, the archive said.'],
  );
});

test('a caption naming a film in quotes ("… the premiere of “Harbour Lights II: The Return” … (Photo by …)") is a caption; a magazine\'s "CBS via Getty" and "… Archive Photos/Getty" are credits', () => {
  // Before, the title's quote marks read as someone quoted, and "Getty" alone as no agency.
  judgeBetweenParagraphs(
    ['Ana Ruiz attends the premiere of \u201CHarbour Lights II: The Return\u201D at the Alder Theatre on September 9, 2026. (Photo by Tomas Berg/FilmMagic)', 'Ana Ruiz speaks at the screening of \u2018Misery\u2019 during the Wexmoor Film Festival on April 25, 2026. (Photo by Tomas Berg/Getty Images for WFF)', 'CBS via Getty', '20th Century Fox/Archive Photos/Getty'],
    ['\u201CWe are proud of the new theatre,\u201D said Ana Ruiz at the opening on Saturday. (Photo by Tomas Berg/Getty Images)'],
  );
});

test('"Article thumbnail image", a pointer to "our live blog below" and an author note naming "The Harbour Post\'s" reporter are furniture', () => {
  // Before, each stayed on a newspaper's live page about a budget.
  judgeBetweenParagraphs(['Article thumbnail image', 'Follow updates in our live blog below.'], ['Residents can follow updates in the council\u2019s planning blog, the clerk said.']);
  const page = [BODY[2], BODY[3], 'Ana Ruiz is The Harbour Post\u2019s senior education reporter'].join('\n\n');
  assert.deepEqual(boilerplateLines(page), [5]);
});

test('a short appeal closing on its link ("Support our Nation today - please donate here") is furniture; a sentence about donations is not', () => {
  // Before, kept over a Welsh site's Budget story.
  judgeBetweenParagraphs(['Support our Nation today - please donate here', 'Support local news: donate now!'], ['Support for the harbour fund grew after residents were asked to donate.']);
});

test('a last paragraph opened by its speaker and a speech verb ("It further said, “…") is the article\'s, however far off its topic and wherever the page cut it', () => {
  const page = "The Harbour Gazette on Thursday, December 11, named the “Builders of the Port” as its 2026 People of the Year. The paper said 2026 was the year when the rebuilt harbour “came into view” and there was no going back.\n\nIn a post online, the Gazette said, “For rebuilding the quays, for worrying and wowing the town, for changing the present and the future, the Builders of the Port are the Gazette’s 2026 People of the Year.”\n\n“People of the Year is a way to focus the town’s attention on those who shape our lives. And this year, no one had a greater impact than the people who planned, designed and built the port,” Gazette editor Ana Ruiz wrote in a letter to readers.\n\nRuiz described the builders as “worrying and wowing the town” and “changing the present and the future.”\n\nIn a post on its site, the Gazette ran a cover story on how the port changed the town over the year. “Our work has shaped it and kept it, and now we move through a town increasingly defined by it,” it said.\n\nStarting from the storm in January, the post went on to recall how the next day the harbour board pledged to spend up to £50 million on new quays.\n\n“Whatever the question was, the port was the answer,” it said, adding it “felt like magic.”\n\nIt further said, “We saw it speed up fishing and trade, and seem to make the impossible possible. It";
  // Before, the last paragraph was flagged as an off-topic block after the article end: only a quote
  // opening its paragraph was read as speech.
  assert.deepEqual(boilerplateLines(page), []);
  // A paragraph of another story after the article, with no speaker first, is still off-topic.
  assert.deepEqual(boilerplateLines(page.replace('It further said, \u201CWe saw it speed up', 'Ferry crews saw new rotas speed up')).length, 1);
});

test('a line reading "null" (a template\'s empty field) is furniture, and the list under a "Key Topics" label is the tags', () => {
  // Before, "null" stayed over a story, and the label's list was called a related-story teaser.
  judgeBetweenParagraphs(['null', 'undefined'], ['Null and void, the judge said.']);
  const page = [...BODY, 'Key Topics', 'Libraries, Wexmoor, Maria Costa, Town Council'].join('\n');
  const reasons = lib.analyzeDocument(page).boilerplate;
  assert.deepEqual([...reasons].map(([line, why]) => [line + 1, why]), [[9, 'tags or topic list'], [10, 'tags or topic list']]);
});

test('a site\'s domain alone on its line ("Harbour.news"), an app store\'s badge and a caption closing on "| Courtesy: …" are furniture', () => {
  // Before, each stayed on pages reporting an architect's death.
  judgeBetweenParagraphs(['Harbour.news', 'WEXMOORTIMES.CO.UK', 'Download on the App Store', 'Get it on Google Play', 'Maria Costa | Courtesy: Harbour TV'], ['www.wexmoorlibrary.org', 'Tickets are on sale at Harbour.news.', 'Costa | Courtesy and calm at the desk']);
});

test('"2 min readSource", a byline widget "by · Harbour Radio · Join", an AFP caption credit "… - Copyright AFP Ana RUIZ" and a "SEE ALSO:" label over its headline are furniture', () => {
  // Before, each stayed on pages covering a country's protests and internet blackout.
  judgeBetweenParagraphs(['2 min readSource', 'Crowds gather outside the library on Saturday - Copyright AFP Ana RUIZ'], ['2 min read through the report was enough, she said.']);
  const page = [...BODY.slice(0, 5), 'SEE ALSO:', 'Council Warns Of Record Repair Bill As Rain Returns', ...BODY.slice(5)].join('\n');
  const reasons = lib.analyzeDocument(page).boilerplate;
  assert.deepEqual([...reasons].map(([line, why]) => [line + 1, why]), [[6, 'share/navigation link'], [7, 'related-story link']]);
  const byline = ['Wexmoor library reopens', 'by \u00B7 Harbour Radio \u00B7 Join', '4 min read', 'Advertisement', ...BODY.slice(2)].join('\n');
  assert.deepEqual(boilerplateLines(byline), [2, 3, 4]);
  // A title over its byline, under a picture's caption pasted above it, is the story's own title.
  const captioned = ['An image taken on Saturday shows the queue outside the library in Wexmoor.', 'Readers Return As Doors Open Again In Quiet Market Town', 'by \u00B7 Harbour Radio \u00B7 Join', ...BODY.slice(2, 5), 'SEE ALSO:', 'Ferry Crews Vote To Strike Over New Rotas', ...BODY.slice(5)].join('\n');
  assert.deepEqual(boilerplateLines(captioned), [3, 7, 8]);
});

test('a listing\'s page counter ("Page 585 of 1957") and a two-word caption with its photographer and agency ("Ana Ruiz (Tomas Berg/PA)") are furniture', () => {
  // Before, both stayed on pages reporting a singer's death.
  judgeBetweenParagraphs(['Page 585 of 1957', 'Maria Costa (Tomas Berg/PA)'], ['Page 3 of the report lists the repairs.', 'Maria Costa (Library Board)']);
});

test('a WordPress AMP page\'s logo by its alt text ("Site icon Harbour Post") is furniture', () => {
  // Before, it stayed over a Super Bowl report.
  judgeBetweenParagraphs(['Site icon Harbour Post', 'Site icon'], ['Site icons were repainted on every branch in the spring.']);
});
