/**
 * Reading an article file from disk with a clear message for everything that is not plain text:
 * binary content, invalid UTF-8, UTF-16 (decoded), files too big to read, vanished or unreadable files.
 */
import * as fs from 'fs';

/** Files above this size on disk are not read at all (the analysis limit is separate and smaller). */
export const MAX_READ_BYTES = 50 * 1024 * 1024;

export type ReadResult = { ok: true; text: string } | { ok: false; reason: string };

/** The UTF-16 encoding whose byte order mark opens the bytes, if one does. */
function utf16Of(buf: Buffer): 'utf-16le' | 'utf-16be' | undefined {
  if (buf.length < 2) return undefined;
  if (buf[0] === 0xff && buf[1] === 0xfe) return 'utf-16le';
  return buf[0] === 0xfe && buf[1] === 0xff ? 'utf-16be' : undefined;
}

export function decodeArticle(buf: Buffer): ReadResult {
  const utf16 = utf16Of(buf);
  if (utf16) return { ok: true, text: new TextDecoder(utf16).decode(buf.subarray(2)) };
  const head = buf.subarray(0, 8192);
  if (head.includes(0)) return { ok: false, reason: 'binary file (contains NUL bytes); not checked' };
  try {
    let text = new TextDecoder('utf-8', { fatal: true }).decode(buf);
    if (text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    return { ok: true, text };
  } catch {
    return { ok: false, reason: 'not valid UTF-8 text; re-save it as UTF-8 to check it' };
  }
}

/**
 * A UTF-8 file's article text as bytes without decoding it: the file's bytes without a UTF-8 byte
 * order mark. Only for bytes decodeArticle already accepted; undefined for UTF-16, which must be decoded.
 */
export function articleBytes(buf: Buffer): Buffer | undefined {
  if (utf16Of(buf)) return undefined;
  return buf.length >= 3 && buf[0] === 0xef && buf[1] === 0xbb && buf[2] === 0xbf ? buf.subarray(3) : buf;
}

/** Fills `into` from the open file at `position`, as far as the file goes; returns the bytes read. */
export function readFrom(fd: number, into: Uint8Array, position: number): number {
  let done = 0;
  while (done < into.length) {
    const n = fs.readSync(fd, into, done, into.length - done, position + done);
    if (n === 0) break;
    done += n;
  }
  return done;
}

export function readArticle(file: string): ReadResult {
  const r = readArticleFile(file);
  return r.ok ? decodeArticle(r.bytes) : r;
}

/** A file's bytes, or why it cannot be read as an article (not a file, too big, gone, not permitted). */
export function readArticleFile(file: string): { ok: true; bytes: Buffer } | { ok: false; reason: string } {
  try {
    const st = fs.statSync(file);
    if (!st.isFile()) return { ok: false, reason: 'not a regular file' };
    if (st.size > MAX_READ_BYTES) return { ok: false, reason: `file is ${(st.size / 1048576).toFixed(0)} MB, over the ${MAX_READ_BYTES / 1048576} MB read limit; not checked` };
    return { ok: true, bytes: fs.readFileSync(file) };
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    if (code === 'ENOENT') return { ok: false, reason: 'file vanished before it could be read' };
    if (code === 'EACCES' || code === 'EPERM') return { ok: false, reason: 'permission denied' };
    return { ok: false, reason: (e as Error).message };
  }
}

/** Walk a folder for files, never following symlinked folders (no loops), skipping excluded dirs. */
export function walk(dir: string, accept: (file: string) => boolean, skipDir: (dir: string) => boolean, out: string[] = []): string[] {
  let entries: fs.Dirent[];
  try {
    entries = fs.readdirSync(dir, { withFileTypes: true });
  } catch {
    return out;
  }
  for (const e of entries) {
    const p = `${dir}/${e.name}`;
    if (e.isDirectory()) {
      if (!skipDir(p)) walk(p, accept, skipDir, out);
    } else if (e.isFile() && accept(p)) out.push(p);
  }
  return out;
}
