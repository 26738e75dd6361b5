// JSON text stored as it is. A conversation's record is written on every turn and most of it is
// the replies of its last few turns, which do not change once made: each is stringified once, when
// it is made, and spliced into every later write of the record (toStoredText) instead of being
// stringified again. Anything that serialises an item the ordinary way gets the value back through
// toJSON, so a store that does not know RawJson still stores the right thing.

export class RawJson {
  /** `json` must be what JSON.stringify gave; only this process's own code makes one. */
  constructor(readonly json: string) {}

  static of(value: unknown): RawJson {
    return new RawJson(JSON.stringify(value));
  }

  toJSON(): unknown {
    return JSON.parse(this.json);
  }
}

const isRawList = (v: unknown): v is readonly RawJson[] =>
  Array.isArray(v) && v.length > 0 && v.every((x) => x instanceof RawJson);

/**
 * JSON.stringify(item), with the item's top-level RawJson fields (and lists of them) spliced in as
 * they are: the same JSON value, the raw fields last.
 */
export function stringifyWithRaw(item: Readonly<Record<string, unknown>>): string {
  let rest: Record<string, unknown> | undefined;
  const raw: string[] = [];
  for (const key in item) {
    const v = item[key];
    const text = v instanceof RawJson ? v.json : isRawList(v) ? `[${v.map((x) => x.json).join(',')}]` : null;
    if (text === null) continue;
    rest ??= { ...item };
    delete rest[key];
    raw.push(`${JSON.stringify(key)}:${text}`);
  }
  if (!rest) return JSON.stringify(item);
  const head = JSON.stringify(rest);
  return head === '{}' ? `{${raw.join(',')}}` : `${head.slice(0, -1)},${raw.join(',')}}`;
}
