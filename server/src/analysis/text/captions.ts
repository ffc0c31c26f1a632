/**
 * Captions saved as text: a video's transcript copied from its page ("0:12" over each line of
 * speech), or a subtitle file (".srt": a cue number, "00:00:12,000 --> 00:00:15,500", the lines
 * shown). The speech runs on across cues, its sentences cut wherever the captions changed, and the
 * times and numbers are no text. Such a file is read as one stretch of speech: its time and number
 * lines, and its line breaks, as spaces (same length, same offsets, as for a wrapped file).
 */
import { Line, splitLines } from './lines';
import { Unwrapped, withSpaces } from './wrap';

/** A caption's time alone: "0:12", "1:02:45", "00:00:12.500". */
const TIME_ALONE = /^\s*\d{1,2}(?::\d{2}){1,2}(?:[.,]\d{1,3})?\s*$/;
/** A subtitle cue's timing, "00:00:12,000 --> 00:00:15,500" (WebVTT: hours optional, settings after). */
const CUE_TIMING = /^\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}\s*-->\s*(?:\d{1,2}:)?\d{2}:\d{2}[.,]\d{3}(?:\s|$)/;
const CUE_NUMBER = /^\s*\d{1,6}\s*$/;
const WEBVTT = /^\uFEFF?WEBVTT(?:\s|$)/;

/** Times needed before a file is read as captions, and their least share of its lines with text. */
const MIN_TIMES = 3;
const MIN_TIME_SHARE = 0.25;
/** A caption's lines are short; a live blog's entries under their times are paragraphs. */
const MAX_MEDIAN_CAPTION_CHARS = 100;

/** Seconds of a time ("1:02:45" is 3,765), its fraction left out. */
function seconds(t: string): number {
  return t
    .trim()
    .split(/[.,]/)[0]
    .split(':')
    .reduce((s, part) => s * 60 + Number(part), 0);
}

/**
 * The caption file's text with its times, cue numbers and line breaks as spaces, and that text's one
 * line; none when the file is not captions (most lines' text, a time over each line or cue).
 */
export function captionSpeech(text: string, lines: readonly Line[]): Unwrapped | undefined {
  const furniture: Line[] = [];
  const lengths: number[] = [];
  let times = 0;
  let cues = 0;
  // A video's times run forward (a live blog's "10:45" entries mostly run back).
  let last = -1;
  let forward = true;
  for (let i = 0; i < lines.length; i++) {
    const t = lines[i].text;
    if (!/\S/.test(t)) continue;
    const cue = CUE_TIMING.test(t);
    if (cue || TIME_ALONE.test(t)) {
      times++;
      if (cue) cues++;
      const at = seconds(cue ? t.split('-->')[0] : t);
      if (at < last) forward = false;
      last = at;
      furniture.push(lines[i]);
    } else if ((CUE_NUMBER.test(t) && i + 1 < lines.length && CUE_TIMING.test(lines[i + 1].text)) || (i === 0 && WEBVTT.test(t))) furniture.push(lines[i]);
    else lengths.push(t.trim().length);
  }
  if (times < MIN_TIMES || times < MIN_TIME_SHARE * (times + lengths.length) || lengths.length < times) return undefined;
  if (!forward && cues < MIN_TIMES) return undefined;
  lengths.sort((a, b) => a - b);
  if (lengths[lengths.length >> 1] > MAX_MEDIAN_CAPTION_CHARS) return undefined;
  // Each furniture line's text and every line break, in order.
  const blanked = new Set(furniture);
  const stretches: [number, number][] = [];
  for (const l of lines) {
    if (blanked.has(l)) stretches.push([l.start, l.end]);
    if (l.endWithBreak > l.end) stretches.push([l.end, l.endWithBreak]);
  }
  const view = withSpaces(text, stretches);
  return { text: view, paragraphs: splitLines(view) };
}
