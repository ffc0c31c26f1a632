/**
 * Speech cues: the verbs and phrases that attribute a quote to a speaker. Base forms expand to
 * -s / -ed / -ing forms; irregular forms are listed. Users add their own via `speechVerbs`.
 */
const REGULAR =
  'add admit advise affirm agree allege announce answer argue ask assert assure attest boast brag ' +
  'call caution charge chide cite claim comment complain concede conclude concur confess confide confirm ' +
  'contend continue counter cry declare decry demand deny describe dismiss disclose dispute echo emphasise ' +
  'emphasize encourage estimate exclaim explain express fume gush highlight hint implore indicate inform ' +
  'insist instruct interject interrupt joke lament laugh lecture marvel mention mock mourn mumble murmur muse ' +
  'mutter narrate note object observe offer opine order plead pledge point post predict proclaim promise ' +
  'pronounce propose protest question quip quote rage rail rant reason reassure recall recount reflect ' +
  'reiterate rejoin relate remark remind repeat reply report respond retort reveal roar sass scoff scold ' +
  'scream shout shriek sigh slam snap sneer snort speculate state stress suggest summarise summarize ' +
  'testify thunder tout tweet underline underscore urge venture vow wail warn whisper wonder yell ' +
  'acknowledge advocate applaud apologise apologize blast brand celebrate characterise characterize ' +
  'criticise criticize denounce dub label lash mull praise reckon recommend reject term welcome ' +
  'concede counsel detail elaborate explain outline pitch posit preach rebut recite rebuke remark ' +
  'caution chime clarify confide contest stipulate vent volunteer chant' +
  // How a speaker looked saying it, as sports and feature writers attribute: "…," captain Ana Ruiz beamed.
  ' beam smile chuckle enthuse rave gasp' +
  // What a speaker put out on social media: "The fire service shared on X that … : “…”".
  ' share';

const IRREGULAR =
  'said says say saying told tells tell telling wrote writes write writing spoke speaks speak speaking ' +
  'put puts putting cried cries crying replied replies replying testified testifies implied implies ' +
  'quipped quipping snapped snapping admitted admitting committed referred referring ' +
  'thought thinks think believed believes feels felt felt sang sings hoped hopes insisted ' +
  'according quoted statement statements interview interviews remarks speech tweet tweets post posts ' +
  'press conference briefing told acknowledges reiterates read reads reading began begins grinned grins grinning sobbed sobs sobbing';

function forms(base: string): string[] {
  const out = [base];
  const e = base.endsWith('e');
  const y = /[^aeiou]y$/.test(base);
  out.push(y ? base.slice(0, -1) + 'ies' : /(s|sh|ch|x|z)$/.test(base) ? base + 'es' : base + 's');
  out.push(e ? base + 'd' : y ? base.slice(0, -1) + 'ied' : base + 'ed');
  out.push(e ? base.slice(0, -1) + 'ing' : base + 'ing');
  return out;
}

export function buildCueSet(extra: string[] = []): Set<string> {
  const set = new Set<string>();
  for (const b of REGULAR.split(/\s+/)) if (b) for (const f of forms(b)) set.add(f);
  for (const w of IRREGULAR.split(/\s+/)) if (w) set.add(w);
  for (const w of extra) for (const f of forms(w.toLowerCase().trim())) set.add(f);
  return set;
}

export const DEFAULT_CUES = buildCueSet();

/** Phrases that attribute on their own (checked on the lowercased text outside quotes). */
export const CUE_PHRASES = ['according to', 'as saying', 'in a statement', 'in an interview', 'on twitter', 'on x', 'in a tweet', 'in a post', 'told reporters', 'per the', 'wrote on', 'posted on', 'in remarks', 'in a speech', 'with the words', 'with the line', 'paid tribute', 'pays tribute', 'paying tribute'];

/** Words that stand for a speaker already named. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'i', 'we', 'it']);
