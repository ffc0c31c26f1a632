/**
 * Keys for caches of analyses (the CLI's --cache, the server's index cache): a file's bytes with the
 * options it is read with, and the program that read it. An analysis made under any other key is
 * never reused.
 */
import * as crypto from 'crypto';
import * as fs from 'fs';

/** Hash of a file's bytes and its config. */
export function contentKey(bytes: Uint8Array, configKey: string): string {
  return crypto.createHash('sha1').update(configKey).update('\0').update(bytes).digest('base64');
}

/**
 * The running program's own bytes (and those of `alsoFiles`, programs it runs beside it) and the
 * given settings: any rebuild or setting change starts over.
 */
export function cacheStamp(settings: unknown, alsoFiles: string[] = []): string {
  const hash = crypto.createHash('sha1');
  try {
    for (const f of [__filename, ...alsoFiles]) hash.update(fs.readFileSync(f));
  } catch {
    hash.update(String(Math.random())); // cannot identify the program: never reuse a cache
  }
  return hash.update(JSON.stringify(settings)).digest('base64');
}
