/**
 * A percentage is a change ("operating income surged 24%", "a 28% increase") or a level ("with
 * operating margins at 49%", "margin of 30.5%"): results stories give both in sentences of one
 * wording, and a change is no level.
 */
import { Claim } from './claim';

/** Qualifiers between a verb and its figure: "rose about 24%", "grew more than 30%". */
const QUALIFIERS = String.raw`(?:(?:about|around|roughly|nearly|almost|some|over|more than|less than|just|only|an? (?:estimated )?)\s+)*`;

/** Just before a figure, words that make it a change: "up 6%", "surged 24%", "increased by 4%". */
const CHANGE_BEFORE = new RegExp(
  String.raw`\b(?:up|down|rose|rises|rising|risen|fell|falls|falling|fallen|grew|grows|growing|grown|gained|gains|jumped|jumps|surged|surges|soared|soars|climbed|climbs|increased|increases|decreased|decreases|declined|declines|dropped|drops|slid|slipped|tumbled|plunged|plummeted|sank|advanced|expanded|contracted|shrank|by)\s+${QUALIFIERS}$`,
  'i',
);

/** Just after a figure, words that make it a change: "a 28% increase", "a 25 % sequential rise", "26% higher". */
const CHANGE_AFTER = /^\s?(?:(?:year[- ]over[- ]year|year[- ]on[- ]year|annual|sequential|quarterly|yoy)\s)?(?:increase|rise|jump|gain|growth|surge|drop|decline|decrease|fall|higher|lower|climb|slide|boost|expansion)\b/i;

/** Just before a figure, words that make it a level: "margins at 49%", "was 30.5%", "margin of 75%", "improved to 58%", "up from 71.8%". */
const LEVEL_BEFORE = new RegExp(String.raw`\b(?:at|was|were|is|are|of|to|from|reached|hit|stood)\s+${QUALIFIERS}$`, 'i');

/** How far back the words before a figure are read. */
const LOOKBACK = 30;

/** Marks each percentage a change or a level where its words say so (see Claim.moves). */
export function markPercentMoves(claims: Claim[], sentence: string, base: number): void {
  for (const c of claims) {
    if (c.kind !== 'percent') continue;
    const before = sentence.slice(Math.max(0, c.start - base - LOOKBACK), c.start - base);
    if (CHANGE_BEFORE.test(before) || CHANGE_AFTER.test(sentence.slice(c.end - base, c.end - base + LOOKBACK))) c.moves = 'change';
    else if (LEVEL_BEFORE.test(before)) c.moves = 'level';
  }
}
