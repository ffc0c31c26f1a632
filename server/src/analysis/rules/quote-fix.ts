/** Inserting an attribution after a quote with the punctuation news style wants: “…,” Xi said. */
import { QuoteSpan } from '../quotes/spans';
import { TextEdit } from '../types';

export function attributionEdits(text: string, span: QuoteSpan, speaker: string): TextEdit[] {
  const part = span.parts[span.parts.length - 1];
  let last = part.contentEnd - 1;
  while (last > part.contentStart && /\s/.test(text[last])) last--;
  const closed = part.end > part.contentEnd;
  const after = text[part.end];
  const said = `${speaker} said`;
  if (text[last] === '.' && closed) {
    // “… parties.” -> “… parties,” Xi said.
    return [
      { start: last, end: last + 1, newText: ',' },
      { start: part.end, end: part.end, newText: ` ${said}.` },
    ];
  }
  if (closed && after === '.') {
    // “… parties”. -> “… parties”, Xi said.
    return [{ start: part.end, end: part.end + 1, newText: `, ${said}.` }];
  }
  if (!closed) return [{ start: part.end, end: part.end, newText: `,\u201D ${said}.` }];
  return [{ start: part.end, end: part.end, newText: ` ${said}` }];
}
