// Every text that names a WIPO unit names the one routing gives for the conversation's country —
// both candidates where our sources do not settle it — and Academy applicants are sent to apply.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang, UnitId } from '../../src/knowledge/types.js';
import { route, routeDoubts } from '../../src/domain/routing.js';
import { completionReplies, leadTimeReply, programReply, routeReply } from '../../src/flow/presenters.js';
import { consultPhrase, unitView } from '../../src/present/route.js';
import { describeWarning } from '../../src/letters/warnings.js';
import { markdownText } from '../../src/server/channels/markdown.js';
import { requestedByLetter } from '../../src/domain/request-kind.js';
import { flowContext, tr } from '../helpers/flow.js';

const ctx = flowContext('2026-12-03');
const k = ctx.knowledge;
const name = (id: UnitId, l: Lang) => unitView(k, id, ctx.today, l, ctx.t(l)).name;
const routed = (country: string, programId?: string) => {
  const r = route(k, { country, date: ctx.today, ...(programId ? { programId } : {}) });
  if (!r.ok) throw new Error(country);
  return r.value;
};

describe.each(LANGS)('units named in %s', (lang) => {
  const t = ctx.t(lang);

  it.each(['KG', 'AM', 'TJ', 'UZ', 'KZ'])('the program card for %s names the transition department', (c) => {
    const reply = programReply(ctx, k.programById.get('ip-strategy')!, lang, c);
    const dept = name('transition-developed', lang);
    expect(reply.text).toContain(tr(lang, 'flow:program.letter-new-unit', { unit: dept }));
    expect(reply.text).not.toContain(tr(lang, 'flow:program.request.letter-new'));
    expect(reply.facts?.map((f) => f.value).join('\n')).toContain(dept);
  });

  it('an LDC program is requested after consulting the LDC Division', () => {
    const reply = programReply(ctx, k.programById.get('ldc-ip-innovation-policy')!, lang, 'TZ');
    expect(reply.text).toContain(
      tr(lang, 'flow:program.letter-new-unit', { unit: name('ldc-division', lang) }),
    );
  });

  it('the letter warnings for Kazakhstan name its department and only the doubt that applies', () => {
    const r = routed('KZ', 'ip-strategy');
    expect(routeDoubts(r)).toEqual(['routing']);
    const ctxW = { lang, letterLang: lang, t, date: ctx.today };
    const confirm = describeWarning(
      k,
      { code: 'confirm-route', field: 'country', country: 'KZ', unit: r.primary, doubts: routeDoubts(r) },
      ctxW,
    ).message;
    expect(confirm).toContain(tr(lang, 'letter:doubt.routing'));
    expect(confirm).not.toContain(tr(lang, 'letter:doubt.ldc'));
    expect(confirm).toContain(name('transition-developed', lang));
    const late = describeWarning(
      k,
      {
        code: 'lead-time-too-late',
        field: 'date',
        start: '2027-03-01',
        monthsAvailable: 2,
        submitBy: '2026-09-01',
        earliestStart: '2027-06-03',
        unit: r.primary,
      },
      ctxW,
    ).message;
    expect(late).toContain(name('transition-developed', lang));
    expect(late).not.toContain(name('rb-asia-pacific', lang));
  });

  it('Mauritania: the lead-time reply, the route and the letter warning name both bureaus', () => {
    const both = tr(lang, 'routing:either', { unit: name('rb-arab', lang), also: name('rb-africa', lang) });
    const values = { country: 'MR', start: '2027-02-01' };
    expect(leadTimeReply(ctx, values, lang)?.text).toContain(both);
    const r = routeReply(ctx, values, lang)!;
    expect(r.text).toContain(both);
    expect(r.facts?.[0]?.value).toContain(both);
    const mr = routed('MR');
    expect(consultPhrase(k, mr.primary, 'rb-africa', ctx.today, lang, t)).toBe(both);
    expect(routeDoubts(mr)).toContain('unit');
  });

  it('an Academy course: apply individually on the Academy site, no unit to consult first', () => {
    const p = k.programById.get('academy-distance-learning')!;
    const r = routeReply(ctx, { country: 'KE', program: p.id }, lang)!;
    expect(r.text).toContain(p.applyUrl!);
    expect(r.text).not.toContain(name('rb-africa', lang));
    expect(r.text).not.toContain(tr(lang, 'routing:ask-general', { country: '' }).slice(0, 12));
    // Rendered as Markdown, the URL keeps its underscore unescaped.
    const md = markdownText(r, { lang, t, baseUrl: 'https://x.test', capabilities: {} as never });
    expect(md).toContain(p.applyUrl!);
    expect(md).not.toContain('rp\\_catalog');
  });

  it('asked for a letter about an open-access program, the programs requested by letter are offered', () => {
    const values = {
      country: 'MR',
      need: 'atelier national de sensibilisation à la PI pour les PME et artisans',
      program: 'outreach-strategy-guides',
    };
    const replies = completionReplies(ctx, 'letter', values, lang);
    const offered = replies.flatMap((x) => x.choices ?? []).map((x) => x.value);
    const letters = offered.filter((v) => v.startsWith('letter-with:'));
    expect(letters.length).toBeGreaterThan(0);
    for (const v of letters) expect(requestedByLetter(k.programById.get(v.slice(12))!)).toBe(true);
  });

  it('a renamed unit in Chinese has no space before its full-width bracket', () => {
    if (lang === 'zh') expect(name('rb-africa', lang)).not.toMatch(/ （/u);
    expect(name('rb-africa', lang)).toContain(k.unitById.get('rb-africa')!.name[lang]);
  });
});
