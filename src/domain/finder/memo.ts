// A bounded cache for pure string functions (folding, stemming): the same words recur across the
// catalogue and the queries. Cleared when full, so memory stays bounded on any input.
const MAX_ENTRIES = 50_000;

export function memo(fn: (s: string) => string): (s: string) => string {
  const cache = new Map<string, string>();
  return (s) => {
    let v = cache.get(s);
    if (v === undefined) {
      if (cache.size >= MAX_ENTRIES) cache.clear();
      v = fn(s);
      cache.set(s, v);
    }
    return v;
  };
}
