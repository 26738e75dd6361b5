// The letter endpoints over real HTTP: createServer + registerLetterRoutes on a free port, memory storage.
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../src/config.js';
import { LIMITS } from '../../src/domain/letters/input.js';
import { createServer } from '../../src/server/app.js';
import { DOCX_TYPE, registerLetterRoutes } from '../../src/server/api/letter-routes.js';
import { buildDeps } from '../../src/server/bootstrap.js';
import { createStorage } from '../../src/storage/index.js';
import { i18n, knowledge, rawFixture, TODAY } from './helpers.js';
import { paragraphTexts, unzip } from './zip.js';

let url = '';
let close: () => Promise<void>;

beforeAll(async () => {
  const deps = buildDeps(loadConfig({ STORAGE: 'memory', TODAY }), {
    knowledge,
    i18n,
    storage: createStorage({ kind: 'memory', dataDir: '' }),
  });
  const server = createServer(deps);
  // Once app.ts registers the letter routes itself, registering them again would be a duplicate.
  const routes = Object.values(
    (server as unknown as { router: { getRoutes(): Record<string, { path: string }> } }).router.getRoutes(),
  );
  if (!routes.some((r) => r.path === '/api/letters')) registerLetterRoutes(server, deps);
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
  close = () => new Promise((resolve) => server.close(() => resolve()));
});
afterAll(() => close());

async function send(method: string, path: string, body: unknown, headers: Record<string, string> = {}) {
  const res = await fetch(`${url}${path}`, {
    method,
    headers: { 'content-type': 'application/json', ...headers },
    body: typeof body === 'string' ? body : JSON.stringify(body),
  });
  return { status: res.status, headers: res.headers, json: (await res.json()) as Record<string, unknown> };
}

describe('POST /api/letters', () => {
  it('composes and stores a letter: 201 with id, text, HTML, DOCX link and warnings', async () => {
    const r = await send('POST', '/api/letters', {
      ...rawFixture('fr', 'new-assistance'),
      userId: 'u-1',
      uiLang: 'en',
    });
    expect(r.status).toBe(201);
    const id = r.json.id as string;
    expect(id).toMatch(/^[A-Za-z0-9_-]{22}$/);
    expect(r.headers.get('location')).toBe(`/api/letters/${id}`);
    expect(r.json.docxUrl).toBe(`/api/letters/${id}.docx`);
    expect(r.json.text).toContain('Monsieur le Directeur général,');
    expect(r.json.html).toMatch(/^<!DOCTYPE html>\n<html lang="fr" dir="ltr">/);
    expect(r.json.cc).toEqual(['rb-africa', 'ldc-division']);
    // The start is five months away: a warning in the chat's language (English here), not the letter's.
    expect(r.json.warnings).toEqual([
      expect.objectContaining({
        code: 'lead-time-tight',
        field: 'date',
        message: expect.stringMatching(/^The intended start date/),
      }),
    ]);
  });

  it('names the missing or invalid field in a 400', async () => {
    const input = rawFixture('en', 'project');
    delete (input.details as Record<string, unknown>).readiness;
    const r = await send('POST', '/api/letters', input);
    expect(r.status).toBe(400);
    expect(r.json).toEqual({
      error: 'bad-request',
      field: 'details.readiness',
      errors: [
        { field: 'details.readiness', message: 'is required for a request to take part in a project' },
      ],
    });
    const lang = await send('POST', '/api/letters', { ...rawFixture('en', 'project'), lang: 'de' });
    expect(lang.json).toMatchObject({ error: 'bad-request', field: 'lang' });
    const ui = await send('POST', '/api/letters', { ...rawFixture('en', 'project'), uiLang: 'xx' });
    expect(ui.json).toMatchObject({ field: 'uiLang' });
  });

  it('refuses over-long fields and control characters with a clear message', async () => {
    const long = rawFixture('en', 'new-assistance');
    (long.details as Record<string, unknown>).beneficiaries = 'x'.repeat(LIMITS.long + 1);
    const r = await send('POST', '/api/letters', long);
    expect(r.status).toBe(400);
    expect(r.json).toMatchObject({
      field: 'details.beneficiaries',
      errors: [{ message: `must be at most ${LIMITS.long} characters` }],
    });
    const ctl = rawFixture('en', 'new-assistance');
    (ctl.sender as Record<string, unknown>).name = 'Prof.\u001b[31m Nakato';
    const c = await send('POST', '/api/letters', ctl);
    expect(c.status).toBe(400);
    expect(c.json).toMatchObject({
      field: 'sender.name',
      errors: [{ message: expect.stringContaining('U+001B') }],
    });
  });

  it('answers 400 for what only the knowledge base can refuse: country, program, past start', async () => {
    expect(
      (await send('POST', '/api/letters', { ...rawFixture('en', 'project'), country: 'XX' })).json,
    ).toMatchObject({ field: 'country' });
    expect(
      (await send('POST', '/api/letters', { ...rawFixture('en', 'project'), programId: 'nope' })).json,
    ).toMatchObject({ field: 'programId' });
    const past = await send('POST', '/api/letters', { ...rawFixture('en', 'project'), date: '2026-01-05' });
    expect(past.status).toBe(400);
    expect(past.json).toMatchObject({
      field: 'date',
      errors: [{ message: 'the intended start date has already passed' }],
    });
  });

  it('answers 400, not 500, for a body that is not a letter at all', async () => {
    expect((await send('POST', '/api/letters', '[1,2]')).status).toBe(400);
    expect((await send('POST', '/api/letters', 'null')).status).toBe(400);
  });
});

describe('GET and PUT /api/letters/:id', () => {
  it('re-opens the stored draft, downloads it as DOCX and edits it', async () => {
    const created = await send('POST', '/api/letters', rawFixture('ar', 'note-verbale'));
    const id = created.json.id as string;

    const got = await fetch(`${url}/api/letters/${id}`);
    const draft = (await got.json()) as Record<string, unknown>;
    expect(got.status).toBe(200);
    expect(draft).toMatchObject({ id, lang: 'ar', text: created.json.text, html: created.json.html });
    expect((draft.input as { sender: { institution: string } }).sender.institution).toBe(
      'البعثة الدائمة لجمهورية مصر العربية لدى مكتب الأمم المتحدة والمنظمات الدولية في جنيف',
    );

    const docx = await fetch(`${url}/api/letters/${id}.docx`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX_TYPE);
    expect(docx.headers.get('content-disposition')).toBe(
      `attachment; filename="wipo-note-verbale-ar-${id}.docx"`,
    );
    const xml = unzip(Buffer.from(await docx.arrayBuffer()))
      .get('word/document.xml')!
      .toString('utf8');
    expect(xml).toContain('<w:bidi/>');
    expect(paragraphTexts(xml)).toContain('أكاديمية البحث العلمي والتكنولوجيا');

    const preview = await fetch(`${url}/api/letters/${id}.html`);
    expect(preview.status).toBe(200);
    expect(preview.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(preview.headers.get('content-security-policy')).toBe(
      "default-src 'none'; style-src 'unsafe-inline'",
    );
    expect(await preview.text()).toBe(created.json.html);

    const edited = await send(
      'PUT',
      `/api/letters/${id}`,
      { ...rawFixture('ar', 'note-verbale'), lang: 'en' },
      { authorization: `Bearer ${created.json.editToken as string}` },
    );
    expect(edited.status).toBe(200);
    expect(edited.json.id).toBe(id);
    expect(edited.json.text).toContain('presents its compliments');
    const again = (await (await fetch(`${url}/api/letters/${id}`)).json()) as Record<string, unknown>;
    expect(again).toMatchObject({ lang: 'en', text: edited.json.text });
  });

  it('answers 404 for an unknown or malformed id, and 400 for a bad edit', async () => {
    for (const path of [
      '/api/letters/AAAAAAAAAAAAAAAAAAAAAA',
      '/api/letters/AAAAAAAAAAAAAAAAAAAAAA.docx',
      '/api/letters/AAAAAAAAAAAAAAAAAAAAAA.html',
      '/api/letters/..%2F..%2Fetc',
    ]) {
      const res = await fetch(`${url}${path}`);
      expect(res.status, path).toBe(404);
      expect(await res.json()).toMatchObject({ error: 'not-found', field: 'id' });
    }
    expect(
      (await send('PUT', '/api/letters/AAAAAAAAAAAAAAAAAAAAAA', rawFixture('en', 'project'))).status,
    ).toBe(404);
    const created = await send('POST', '/api/letters', rawFixture('zh', 'project'));
    const bad = await send(
      'PUT',
      `/api/letters/${created.json.id as string}`,
      { ...rawFixture('zh', 'project'), type: 'memo' },
      { authorization: `Bearer ${created.json.editToken as string}` },
    );
    expect(bad.status).toBe(400);
    expect(bad.json).toMatchObject({ field: 'type' });
  });
});
