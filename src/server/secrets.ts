// One server secret, and what is signed with it: session tokens (a Web Chat user proves the id it
// speaks for), letter edit tokens (whoever created a letter over the API may change it) and the
// hashed ids in logs (the same id always hashes alike, and cannot be read back).
// The secret is SESSION_SECRET, or 32 random bytes generated on first start and kept in
// DATA_DIR/session-secret, so tokens outlive a restart. Memory storage keeps nothing, so neither
// does its secret.
import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import { mkdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Config } from '../config.js';

export const SECRET_FILE = 'session-secret';

export interface LoadedSecret {
  readonly key: Buffer;
  /** Where it came from, for the start-up log (never the secret itself). */
  readonly source: 'SESSION_SECRET' | 'file' | 'memory';
  readonly file?: string;
}

export function loadSecret(config: Pick<Config, 'SESSION_SECRET' | 'DATA_DIR' | 'STORAGE'>): LoadedSecret {
  if (config.SESSION_SECRET)
    return { key: Buffer.from(config.SESSION_SECRET, 'utf8'), source: 'SESSION_SECRET' };
  if (config.STORAGE === 'memory') return { key: randomBytes(32), source: 'memory' };
  const dir = resolve(config.DATA_DIR);
  const file = join(dir, SECRET_FILE);
  mkdirSync(dir, { recursive: true });
  try {
    // 'wx': of two processes starting on one folder, one creates it and both then read the same.
    writeFileSync(file, randomBytes(32).toString('base64url') + '\n', { flag: 'wx', mode: 0o600 });
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
  }
  const text = readFileSync(file, 'utf8').trim();
  if (text.length < 32)
    throw new Error(`${file} holds fewer than 32 characters; delete it to make a new one`);
  return { key: Buffer.from(text, 'utf8'), source: 'file', file };
}

const USER_ID = /^u-[A-Za-z0-9_-]{22}$/;

export interface Secrets {
  /** A new Web Chat user and its session token. */
  newSession(): { userId: string; token: string };
  /** The user a session token speaks for, or undefined when it is not one of ours. */
  verifySession(token: string | undefined): string | undefined;
  editToken(letterId: string): string;
  verifyEditToken(letterId: string, token: string | undefined): boolean;
  /** A short, stable, irreversible stand-in for an id in logs. */
  hashId(id: string): string;
}

export function createSecrets(key: Buffer): Secrets {
  const mac = (purpose: string, value: string) =>
    createHmac('sha256', key).update(`${purpose}\u0000${value}`).digest('base64url');
  const same = (a: string, b: string) => {
    const x = Buffer.from(a);
    const y = Buffer.from(b);
    return x.length === y.length && timingSafeEqual(x, y);
  };
  const sessionToken = (userId: string) => `${userId}.${mac('session-v1', userId)}`;
  // Every turn logs its conversation and user: the same few ids are hashed over and over, so the
  // hashes are kept (a bounded table, emptied when full: an id hashed again costs one HMAC).
  const hashes = new Map<string, string>();
  const hashId = (id: string) => {
    let h = hashes.get(id);
    if (h === undefined) {
      if (hashes.size >= 4096) hashes.clear();
      hashes.set(id, (h = mac('log-v1', id).slice(0, 16)));
    }
    return h;
  };
  return {
    newSession() {
      const userId = `u-${randomBytes(16).toString('base64url')}`;
      return { userId, token: sessionToken(userId) };
    },
    verifySession(token) {
      if (!token || token.length > 200) return undefined;
      const dot = token.indexOf('.');
      const userId = token.slice(0, dot);
      if (dot < 0 || !USER_ID.test(userId)) return undefined;
      return same(token, sessionToken(userId)) ? userId : undefined;
    },
    editToken: (letterId) => mac('letter-edit-v1', letterId),
    verifyEditToken: (letterId, token) => !!token && same(token, mac('letter-edit-v1', letterId)),
    hashId,
  };
}

/** The token of an `Authorization: Bearer <token>` header. */
export function bearerToken(header: string | string[] | undefined): string | undefined {
  const value = Array.isArray(header) ? header[0] : header;
  const m = /^Bearer\s+(\S+)\s*$/i.exec(value ?? '');
  return m?.[1];
}
