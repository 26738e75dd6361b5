// The log's redaction (redactFields, a pino `formatters.log`) censors what pino's own `redact`
// with the paths it replaced did: each field at the top level and one level down, and a request's
// authorization and cookie headers; it never changes the object logged.
import { Writable } from 'node:stream';
import { pino } from 'pino';
import { describe, expect, it } from 'vitest';
import { CENSOR, createLogger, REDACTED_FIELDS, redactFields, SERIALIZERS } from '../../src/server/log.js';

const PINO_PATHS = [
  ...REDACTED_FIELDS,
  ...REDACTED_FIELDS.map((f) => `*.${f}`),
  'req.headers.authorization',
  'req.headers.cookie',
];

function sink(lines: Record<string, unknown>[]) {
  return new Writable({
    write(chunk: Buffer, _enc, done) {
      for (const l of chunk.toString('utf8').split('\n').filter(Boolean)) {
        const { time: _time, ...rest } = JSON.parse(l) as Record<string, unknown>;
        lines.push(rest);
      }
      done();
    },
  });
}

const SAMPLES: Record<string, unknown>[] = [
  { event: 'turn', step: 'country', replies: 2, ms: 3 },
  { text: 'Aminata Diallo', event: 'oops' },
  { value: { choice: 'Dakar' }, sender: { name: 'A. Diallo', id: 'u1' } },
  { details: { name: 'x', text: 'y', keep: 1, deeper: { text: 'stays: pino redacts one level' } } },
  { list: [{ text: 'arrays are not one level of keys' }], answers: ['a', 'b'] },
  { req: { method: 'POST', headers: { authorization: 'Bearer s3cret', cookie: 'c', accept: '*/*' } } },
  { body: '', name: 0, input: false, nothing: null, gone: undefined },
  { err: { type: 'TypeError', message: 'boom' }, event: 'failed' },
];

describe('log redaction', () => {
  it('censors what pino redact with the former paths censored, line for line', () => {
    const ours: Record<string, unknown>[] = [];
    const theirs: Record<string, unknown>[] = [];
    const a = createLogger('info', sink(ours));
    const b = pino(
      {
        level: 'info',
        base: { service: 'ta-navigator' },
        redact: { paths: PINO_PATHS, censor: CENSOR },
        serializers: SERIALIZERS,
      },
      sink(theirs),
    );
    for (const s of SAMPLES) {
      a.info(s, 'm');
      b.info(s, 'm');
    }
    expect(ours).toEqual(theirs);
    expect(ours.find((r) => 'req' in r)).toMatchObject({ req: { method: 'POST' } });
    expect(JSON.stringify(ours)).not.toMatch(/Aminata|Dakar|Diallo|s3cret/);
  });

  it('censors the secret headers when no serializer drops them, and leaves the caller’s object alone', () => {
    const req = { method: 'GET', headers: { authorization: 'Bearer t', accept: 'x' } };
    const obj = { req, text: 'typed', keep: { id: 1 } };
    const out = redactFields(obj);
    expect(out).toEqual({
      req: { method: 'GET', headers: { authorization: CENSOR, accept: 'x' } },
      text: CENSOR,
      keep: { id: 1 },
    });
    expect(obj.text).toBe('typed');
    expect(req.headers.authorization).toBe('Bearer t');
    expect(out.keep).toBe(obj.keep);
  });

  it('returns the very object when there is nothing to censor (no copy per log line)', () => {
    const obj = { event: 'turn', channel: 'webchat', conversation: 'h', replies: 1, nested: { step: 'x' } };
    expect(redactFields(obj)).toBe(obj);
  });
});
