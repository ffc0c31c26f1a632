/**
 * Glob matching for config patterns: `**`, `*`, `?`, `{a,b}`; forward slashes. Config may come from
 * an untrusted workspace, so matching is a table walk over (pattern, path) in O(pattern × path)
 * time: no regular expression, no backtracking, whatever the pattern.
 */

type Token = { kind: 'char'; c: string } | { kind: 'any' } | { kind: 'star' } | { kind: 'globstar' } | { kind: 'dirs' };

/** Brace expansions beyond this many alternatives are matched literally. */
const MAX_ALTERNATIVES = 64;
/** One brace alternative: its tokens, and the runs of literal characters between its wildcards. */
interface Pattern {
  tokens: Token[];
  /** Each must occur in a matching path: a cheap test that turns most paths away before the table walk. */
  literals: string[];
}

const cache = new Map<string, Pattern[]>();

/** `{a,b}` expanded, innermost-first; unbalanced braces stay literal. */
function expandBraces(glob: string): string[] {
  let out = [glob];
  for (let round = 0; round < 16; round++) {
    const next: string[] = [];
    let changed = false;
    for (const g of out) {
      const open = g.lastIndexOf('{');
      const close = open < 0 ? -1 : g.indexOf('}', open);
      if (open < 0 || close < 0) {
        next.push(g);
        continue;
      }
      changed = true;
      for (const alt of g.slice(open + 1, close).split(',')) next.push(g.slice(0, open) + alt + g.slice(close + 1));
    }
    if (!changed) return out;
    if (next.length > MAX_ALTERNATIVES) return out;
    out = next;
  }
  return out;
}

function tokenize(glob: string): Token[] {
  const out: Token[] = [];
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      while (glob[i + 1] === '*') i++;
      if (glob[i + 1] === '/') {
        i++;
        // "**/**/" is "**/": repeated directory wildcards add nothing.
        if (out[out.length - 1]?.kind !== 'dirs') out.push({ kind: 'dirs' });
      } else out.push({ kind: 'globstar' });
    } else if (c === '*') {
      if (out[out.length - 1]?.kind !== 'star') out.push({ kind: 'star' });
    } else if (c === '?') out.push({ kind: 'any' });
    else out.push({ kind: 'char', c });
  }
  return out;
}

function compile(glob: string): Pattern[] {
  let t = cache.get(glob);
  if (!t) cache.set(glob, (t = expandBraces(glob).map((alt) => pattern(tokenize(alt)))));
  return t;
}

function pattern(tokens: Token[]): Pattern {
  const literals: string[] = [];
  let run = '';
  for (const t of tokens) {
    if (t.kind === 'char') run += t.c;
    else if (run) {
      literals.push(run);
      run = '';
    }
  }
  if (run) literals.push(run);
  return { tokens, literals };
}

/**
 * Does the whole path match the tokens? can[j] for token i says whether tokens i.. match
 * path[j..]; rows are filled from the last token back.
 */
function matchTokens(tokens: Token[], path: string): boolean {
  const n = path.length;
  // Two rows, swapped: a row per token allocated afresh cost most of matching a workspace's paths.
  let next = new Uint8Array(n + 1);
  let cur = new Uint8Array(n + 1);
  next[n] = 1; // no tokens left matches only the end of the path
  for (let i = tokens.length - 1; i >= 0; i--) {
    const t = tokens[i];
    cur[n] = 0;
    if (t.kind === 'char') for (let j = 0; j < n; j++) cur[j] = path[j] === t.c ? next[j + 1] : 0;
    else if (t.kind === 'any') for (let j = 0; j < n; j++) cur[j] = path[j] !== '/' ? next[j + 1] : 0;
    else if (t.kind === 'star') {
      cur[n] = next[n];
      for (let j = n - 1; j >= 0; j--) cur[j] = next[j] || (path[j] !== '/' && cur[j + 1]) ? 1 : 0;
    } else if (t.kind === 'globstar') {
      cur[n] = next[n];
      for (let j = n - 1; j >= 0; j--) cur[j] = next[j] || cur[j + 1] ? 1 : 0;
    } else {
      // Zero or more whole directories ("name/"): inSegment[j] = some [^/]* from j, then "/", then again.
      let inSegment = 0;
      cur[n] = next[n];
      for (let j = n - 1; j >= 0; j--) {
        inSegment = path[j] === '/' ? cur[j + 1] : inSegment;
        cur[j] = next[j] || inSegment ? 1 : 0;
      }
    }
    const done = cur;
    cur = next;
    next = done;
  }
  return next[0] === 1;
}

export function globMatch(glob: string, path: string): boolean {
  return compile(glob).some((p) => p.literals.every((l) => path.includes(l)) && matchTokens(p.tokens, path));
}

/** Does a path relative to the project root (forward slashes) match any of the globs? A glob without a slash matches the base name anywhere. */
export function matchesAny(rel: string, globs: string[]): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return globs.some((g) => globMatch(g, g.includes('/') ? rel : base));
}
