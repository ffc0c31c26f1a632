/**
 * HTML left in a page's text when it was flattened: a line that is only tags and attributes
 * ("<div class="share-bar">", "</p>", or a tag's tail whose opening was cut off: `class="site-content"
 * id="content">`). A line with any text between its tags ("<p>The council met …</p>") is not
 * markup alone: removing it would lose the text.
 */

/** Elements a page's markup is made of; others only with a hyphen, as custom elements are named ("amp-img"). */
const ELEMENTS = new Set(
  ('a abbr address area article aside audio b blockquote body br button canvas caption center cite code col dd del details div dl dt em embed ' +
    'fieldset figcaption figure font footer form g h1 h2 h3 h4 h5 h6 head header hr html i iframe img input ins label legend li link main map mark ' +
    'meta nav noscript object ol option p param path picture pre q s script section select small source span strong style sub summary sup svg ' +
    'table tbody td template textarea tfoot th thead time title tr track u ul use video wbr').split(' ')
);

/** One piece of markup, read where the last one ended. Quoted values stop at a quote or a line's end: no backtracking. */
const OPEN_TAG = /<([A-Za-z][\w-]{0,40})/y;
const CLOSE_TAG = /<\/([A-Za-z][\w-]{0,40})\s*>/y;
const TAG_END = /\/?>/y;
const ATTRIBUTE = /[A-Za-z_:@][\w:.@-]{0,60}=(?:"[^"<>]*"|'[^'<>]*')/y;
const BARE_ATTRIBUTE = /[a-z][\w:.-]{0,60}(?:=[^\s"'<>=`]+)?/y;
const COMMENT = /<!--[^<>]{0,500}-->/y;
const SPACE = /\s+/y;

/** Longest line read as markup: a page's tag with a long address stays cheap. */
const MARKUP_LINE_CHARS = 2000;

const isElement = (name: string) => ELEMENTS.has(name.toLowerCase()) || (name.includes('-') && name === name.toLowerCase());

function readAt(re: RegExp, text: string, at: number): RegExpExecArray | null {
  re.lastIndex = at;
  return re.exec(text);
}

export function isMarkupLine(trimmed: string): boolean {
  const first = trimmed.charCodeAt(0);
  // Opens with a tag, or with an attribute of a tag cut off before it ("class=…").
  if (trimmed.length > MARKUP_LINE_CHARS || !(first === 0x3c || trimmed.includes('="'))) return false;
  let at = 0;
  let inTag = false;
  let tags = 0;
  let attributes = 0;
  let closedCutTag = false;
  while (at < trimmed.length) {
    let m: RegExpExecArray | null;
    if ((m = readAt(SPACE, trimmed, at))) at += m[0].length;
    else if ((m = readAt(COMMENT, trimmed, at))) (at += m[0].length), tags++;
    else if ((m = readAt(CLOSE_TAG, trimmed, at))) {
      if (inTag || !isElement(m[1])) return false;
      at += m[0].length;
      tags++;
    } else if ((m = readAt(OPEN_TAG, trimmed, at))) {
      if (inTag || !isElement(m[1])) return false;
      at += m[0].length;
      inTag = true;
      tags++;
    } else if ((m = readAt(TAG_END, trimmed, at))) {
      // Ends the tag open, or the cut-off tag whose attributes the line opened with.
      if (!inTag && (tags > 0 || attributes === 0)) return false;
      if (!inTag) closedCutTag = true;
      at += m[0].length;
      inTag = false;
    } else if ((m = readAt(ATTRIBUTE, trimmed, at))) {
      // Outside a tag only at the line's head, before any tag: the tail of a cut-off one.
      if (!inTag && (tags > 0 || closedCutTag)) return false;
      at += m[0].length;
      attributes++;
    } else if (inTag && (m = readAt(BARE_ATTRIBUTE, trimmed, at))) at += m[0].length;
    else return false;
  }
  return tags > 0 || closedCutTag || attributes >= 2;
}
