/** Minimal glob matching for config patterns: **, *, ?, {a,b}; forward slashes. Compiled once, linear regexes. */
const cache = new Map<string, RegExp>();

export function globToRegExp(glob: string): RegExp {
  let re = cache.get(glob);
  if (re) return re;
  let out = '';
  for (let i = 0; i < glob.length; i++) {
    const c = glob[i];
    if (c === '*' && glob[i + 1] === '*') {
      i++;
      if (glob[i + 1] === '/') {
        i++;
        out += '(?:[^/]*/)*';
      } else out += '.*';
    } else if (c === '*') out += '[^/]*';
    else if (c === '?') out += '[^/]';
    else if (c === '{') {
      const close = glob.indexOf('}', i);
      if (close < 0) out += '\\{';
      else {
        out += '(?:' + glob.slice(i + 1, close).split(',').map(escape).join('|') + ')';
        i = close;
      }
    } else out += escape(c);
  }
  re = new RegExp('^' + out + '$');
  cache.set(glob, re);
  return re;
}

function escape(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** Does a path relative to the project root (forward slashes) match any of the globs? A glob without a slash matches the base name anywhere. */
export function matchesAny(rel: string, globs: string[]): boolean {
  const base = rel.slice(rel.lastIndexOf('/') + 1);
  return globs.some((g) => (g.includes('/') ? globToRegExp(g).test(rel) : globToRegExp(g).test(base)));
}
