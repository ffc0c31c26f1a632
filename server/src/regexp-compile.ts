/**
 * Imported first by the CLI and the server, so it runs before any regular expression does.
 *
 * V8 runs a regular expression's first match in its bytecode interpreter and compiles it to machine
 * code only on the next. The analysis has a few hundred expressions, most run over whole texts, so a
 * process's first file paid for two compilations of each: 200–270 ms for its first 1,000-word file
 * against 80–90 ms compiled at once (later files alike either way). That first file is most of what
 * a `--cache` run analyses and what a newly opened editor waits for. The flag is process-wide, so the
 * server's indexing and analysis threads inherit it.
 */
import { setFlagsFromString } from 'v8';

setFlagsFromString('--no-regexp-tier-up');
