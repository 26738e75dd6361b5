// The log of a whole journey is structured JSON with ids hashed, and holds nothing the user typed:
// no name, title, institution or free text, no conversation or user id in clear, no token.
import { Writable } from 'node:stream';
import { describe, expect, it } from 'vitest';
import { startServer } from '../helpers/server.js';
import { BotClient } from '../helpers/bot-client.js';
import { createLogger } from '../../src/server/log.js';
import { letterIdOf, toReview, TYPED } from './journey.js';

describe('structured logs', () => {
  it('log a full journey as JSON lines with hashed ids and no typed text', async () => {
    const lines: string[] = [];
    const sink = new Writable({
      write(chunk: Buffer, _enc, done) {
        lines.push(...chunk.toString('utf8').split('\n').filter(Boolean));
        done();
      },
    });
    const log = createLogger('info', sink);
    const s = await startServer({}, { log });
    try {
      const c = await BotClient.page(s.url, 'conv-log-secret-id', 'fr-FR');
      await toReview(c);
      await c.tap('draft');
      const id = letterIdOf(c)!;
      await fetch(`${s.url}/api/letters/${id}.docx`);
      await c.say('my drafts');
      // A handler logging user data by mistake is caught by the redaction paths.
      log.info({ text: TYPED.purpose, value: { choice: TYPED.name }, sender: { name: TYPED.name } }, 'oops');
      await new Promise((r) => setTimeout(r, 50));

      const records = lines.map((l) => JSON.parse(l) as Record<string, unknown>);
      const turns = records.filter((r) => r.event === 'turn');
      expect(turns.length).toBeGreaterThan(15);
      expect(records.filter((r) => r.event === 'request').length).toBeGreaterThan(15);
      for (const t of turns) {
        expect(t.conversation).toMatch(/^[\w-]{16}$/);
        expect(t.user).toMatch(/^[\w-]{16}$/);
      }
      // The same user always hashes alike (so a journey can be followed), and differently from the conversation.
      expect(new Set(turns.map((t) => t.user)).size).toBe(1);
      expect(turns[0]!.conversation).not.toBe(turns[0]!.user);
      const all = lines.join('\n');
      for (const secret of [
        ...Object.values(TYPED),
        c.userId,
        'conv-log-secret-id',
        id,
        c.via.headers!.authorization!.slice(7),
      ])
        expect(all, secret).not.toContain(secret);
      expect(all).toContain('[redacted]');
    } finally {
      await s.close();
    }
  });
});
