// Glob patterns (*, ?, **, [abc]) matched without regular expressions, so hostile names cannot make matching slow.

export const isGlob = (p: string): boolean => /[*?[]/.test(p);

/** Matches one path segment against one pattern segment: wildcard matching with a single backtrack point. */
export function matchSegment(pattern: string, name: string): boolean {
  let p = 0;
  let n = 0;
  let starP = -1;
  let starN = 0;
  while (n < name.length) {
    const pc = pattern[p];
    if (pc === '[') {
      const close = pattern.indexOf(']', p + 2);
      const set = close > p ? pattern.slice(p + 1, close) : '';
      if (set.length > 0) {
        const negate = set.startsWith('!') || set.startsWith('^');
        const body = negate ? set.slice(1) : set;
        const ch = name[n]!;
        let hit = false;
        for (let i = 0; i < body.length; i++) {
          if (body[i + 1] === '-' && i + 2 < body.length) {
            if (ch >= body[i]! && ch <= body[i + 2]!) hit = true;
            i += 2;
          } else if (body[i] === ch) hit = true;
        }
        if (hit !== negate) {
          p = close + 1;
          n++;
          continue;
        }
      } else if (name[n] === '[') {
        p++;
        n++;
        continue;
      }
    } else if (pc === '*') {
      starP = p++;
      starN = n;
      continue;
    } else if (pc !== undefined && (pc === '?' || pc === name[n])) {
      p++;
      n++;
      continue;
    }
    if (starP >= 0) {
      p = starP + 1;
      n = ++starN;
      continue;
    }
    return false;
  }
  while (pattern[p] === '*') p++;
  return p === pattern.length;
}

/** Matches a relative path (its segments) against a pattern whose segments may be "**" (any depth). */
export function matchPath(pattern: readonly string[], path: readonly string[]): boolean {
  // Memoised over (pattern index, path index): at most |pattern| x |path| states.
  const memo = new Map<number, boolean>();
  const go = (i: number, j: number): boolean => {
    const k = i * (path.length + 1) + j;
    const known = memo.get(k);
    if (known !== undefined) return known;
    let r: boolean;
    if (i === pattern.length) r = j === path.length;
    else if (pattern[i] === '**') r = go(i + 1, j) || (j < path.length && go(i, j + 1));
    else r = j < path.length && matchSegment(pattern[i]!, path[j]!) && go(i + 1, j + 1);
    memo.set(k, r);
    return r;
  };
  return go(0, 0);
}
