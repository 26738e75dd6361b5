import { createHash } from 'node:crypto';

/*
 * Key -> file name, reversible and prefix-preserving, so `list(prefix)` can filter on names alone.
 * Every UTF-16 code unit becomes one self-delimiting token:
 *   a-z 0-9 '-'   itself
 *   A-Z           '_' + the lower-case letter (names must not differ only by case: macOS, Windows)
 *   '/'           '+'
 *   anything else '=' + 4 hex digits (covers '.', ':', '|', '\', unicode and lone surrogates)
 * The result holds no '/', '\' or '.', so no name can escape its directory or be '.'/'..'.
 * Names longer than MAX_ENCODED keep a head of the encoding plus '~' + sha256 of the whole string;
 * such names cannot be decoded, so the stored record also carries its key.
 */
const MAX_ENCODED = 200; // 'k' + 200 + '.json' and steno's '.<name>.tmp' stay under ext4's 255 bytes
const HEAD = 120;
const HASH_RE = /~[0-9a-f]{64}$/;

export const FILE_PREFIX = 'k';
export const FILE_SUFFIX = '.json';
export const DIR_PREFIX = 'd';

export function encode(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d) out += text[i];
    else if (c >= 0x41 && c <= 0x5a) out += '_' + String.fromCharCode(c + 0x20);
    else if (c === 0x2f) out += '+';
    else out += '=' + c.toString(16).padStart(4, '0');
  }
  return out;
}

/** Inverse of `encode`; null when `name` is not a complete encoding. */
export function decode(name: string): string | null {
  let out = '';
  let i = 0;
  while (i < name.length) {
    const ch = name[i] as string;
    if (/[a-z0-9-]/.test(ch)) {
      out += ch;
      i += 1;
    } else if (ch === '_' && /^[a-z]$/.test(name[i + 1] ?? '')) {
      out += (name[i + 1] as string).toUpperCase();
      i += 2;
    } else if (ch === '+') {
      out += '/';
      i += 1;
    } else if (ch === '=' && /^[0-9a-f]{4}$/.test(name.slice(i + 1, i + 5))) {
      out += String.fromCharCode(parseInt(name.slice(i + 1, i + 5), 16));
      i += 5;
    } else return null;
  }
  return out;
}

/** The encoded name of `text`, hashed when too long for a file name. */
export function fitName(text: string): string {
  const encoded = encode(text);
  if (encoded.length <= MAX_ENCODED) return encoded;
  return encoded.slice(0, HEAD) + '~' + createHash('sha256').update(text, 'utf8').digest('hex');
}

/** What a name (without its 'k'/'d' prefix and '.json' suffix) tells about the text it encodes. */
export type NameInfo = { exact: string } | { head: string };

export function parseName(name: string): NameInfo | null {
  if (HASH_RE.test(name)) {
    const head = name.slice(0, -65);
    return /^[a-z0-9_+=-]*$/.test(head) ? { head } : null;
  }
  const exact = decode(name);
  return exact === null ? null : { exact };
}

/**
 * Could the text behind `info` start with `prefix`? 'yes'/'no' when the name decodes; for a hashed
 * name only the head is known, so a possible match is 'maybe' and the caller reads the stored key.
 */
export function matchPrefix(info: NameInfo, prefix: string): 'yes' | 'no' | 'maybe' {
  if ('exact' in info) return info.exact.startsWith(prefix) ? 'yes' : 'no';
  const encoded = encode(prefix);
  return info.head.startsWith(encoded) || encoded.startsWith(info.head) ? 'maybe' : 'no';
}

/** Where a key lives relative to the store root: keys with a '/' go in a folder per first segment. */
export function locate(key: string): { dir: string | null; file: string } {
  const slash = key.indexOf('/');
  if (slash < 0) return { dir: null, file: FILE_PREFIX + fitName(key) + FILE_SUFFIX };
  return {
    dir: DIR_PREFIX + fitName(key.slice(0, slash)),
    file: FILE_PREFIX + fitName(key.slice(slash + 1)) + FILE_SUFFIX,
  };
}

/** NameInfo of a store file name ('k….json'); null for temp files, corrupt copies and strangers. */
export function parseFileName(name: string): NameInfo | null {
  if (!name.startsWith(FILE_PREFIX) || !name.endsWith(FILE_SUFFIX)) return null;
  return parseName(name.slice(FILE_PREFIX.length, -FILE_SUFFIX.length));
}

export function parseDirName(name: string): NameInfo | null {
  if (!name.startsWith(DIR_PREFIX)) return null;
  return parseName(name.slice(DIR_PREFIX.length));
}
