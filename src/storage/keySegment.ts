/**
 * A string as one segment of a storage key (no '/'): encodeURIComponent, except that a lone
 * surrogate (which a client can put in an id) becomes "%u<hex>" instead of throwing URIError.
 * Well-formed strings encode exactly as encodeURIComponent does, so existing keys keep their names.
 */
export function keySegment(text: string): string {
  let out = '';
  for (const ch of text) {
    const c = ch.codePointAt(0)!;
    out += c >= 0xd800 && c <= 0xdfff ? `%u${c.toString(16)}` : encodeURIComponent(ch);
  }
  return out;
}
