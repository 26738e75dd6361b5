// One test per finding of the knowledge audit: no fact stated more firmly than its source, and the
// replies say so. Expected words come from the locale files, so a copy edit breaks nothing.
import { describe, expect, it } from 'vitest';
import { route } from '../../src/domain/routing.js';
import { checkLeadTime } from '../../src/domain/lead-time.js';
import { isUnverified } from '../../src/domain/sources.js';
import { programReply, routeReply, leadTimeReply } from '../../src/flow/presenters.js';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { describeLeadTime } from '../../src/present/lead-time.js';
import { describeRoute, unitView } from '../../src/present/route.js';
import { flowContext, tr } from '../helpers/flow.js';
import { knowledge } from '../helpers/knowledge.js';

const k = knowledge();
const ctx = flowContext('2026-12-01');
const view = (country: string, lang: Lang, programId?: string, date = '2026-12-01') => {
  const r = route(k, { country, date, ...(programId ? { programId } : {}) });
  if (!r.ok) throw new Error(JSON.stringify(r.error));
  return describeRoute(k, r.value, lang, ctx.t(lang), programId);
};

describe('every unverified record produces a "confirm" in the reply', () => {
  it('for each country whose record is "U", in all six languages', () => {
    for (const c of k.countries.filter((x) => isUnverified(x.source))) {
      for (const lang of LANGS) expect(view(c.code, lang).reasons, `${c.code} ${lang}`).toContain(tr(lang, 'routing:confirm'));
    }
  });

  it('for each program with an inferred fact, in the route and marked in the program reply', () => {
    const inferred = k.programs.filter((p) => Object.values(p.factSources ?? {}).some(isUnverified));
    for (const p of inferred) {
      expect(view('SN', 'en', p.id).reasons, p.id).toContain(tr('en', 'routing:confirm'));
      const facts = programReply(ctx, p, 'fr').facts ?? [];
      const marked = facts.some((f) => f.value.includes(tr('fr', 'routing:inferred')));
      const unitOrContact = ['servedBy', 'contact'].some((f) => isUnverified(p.factSources?.[f as 'url'] ?? p.source));
      expect(marked, p.id).toBe(unitOrContact);
    }
  });

  it('says the same words in the chat’s route reply as in POST /api/route', () => {
    const reply = routeReply(ctx, { country: 'KG' }, 'ru');
    expect(reply?.text).toContain(tr('ru', 'routing:confirm'));
    expect(reply?.text).toContain(view('KG', 'ru').reason);
  });
});

describe('the LDC deferral is claimed only where the country’s own source says so', () => {
  it('on 1 Dec 2026: Bangladesh asked (sourced), Nepal reportedly, Lao PDR no known request; all pending', () => {
    const bd = view('BD', 'en').reason;
    expect(bd).toContain(tr('en', 'routing:reason.ldc-pending', { country: 'Bangladesh', date: '24 November 2026' }));
    expect(bd).toContain('February 2026');
    expect(bd).toContain('2029');
    const np = view('NP', 'en').reason;
    expect(np).toContain(tr('en', 'routing:reason.deferral-reported', { country: 'Nepal' }));
    const la = view('LA', 'en').reason;
    expect(la).not.toMatch(/deferral/i);
    expect(la).toContain('pending');
  });

  it('before 24 Nov 2026 does not present Bangladesh’s graduation as settled', () => {
    const before = view('BD', 'en', undefined, '2026-11-01');
    expect(before.reason).not.toContain(
      tr('en', 'routing:reason.ldc-graduating', { country: 'Bangladesh', date: '24 November 2026' }),
    );
    expect(before.reason).toContain('not settled');
    expect(before.reasons).toContain(tr('en', 'routing:confirm'));
  });
});

describe('audience limits need a source', () => {
  it('offers ARDI to Kyrgyzstan with the manual’s terms, never "not offered … open to everyone"', () => {
    const text = view('KG', 'en', 'ardi').reason;
    expect(text).not.toContain('is not offered');
    expect(text).toContain(k.programById.get('ardi')!.access!.en);
    for (const id of ['aspi', 'wipo-re-search']) expect(view('KG', 'en', id).reason, id).not.toContain('is not offered');
  });
});

describe('smaller findings', () => {
  it('prints the manual’s Academy catalogue and registration URL', () => {
    const urls = k.programs.map((p) => p.applyUrl);
    expect(urls).toContain('https://www.wipo.int/academy/en/courses/rp_catalog/index.jsp');
  });

  it('dates OHIM as the EUIPO since 2016, in six languages', () => {
    const p = k.programById.get('partnerships-regional-ip-organizations')!;
    for (const lang of LANGS) expect(p.description[lang], lang).toMatch(/EUIPO.*2016|2016.*EUIPO/);
    expect(p.source).toMatch(/2015\/2424/);
  });

  it('keeps the III(e) databases out of area (p)', () => {
    for (const id of ['ip-technical-assistance-database', 'roster-of-consultants', 'ip-development-matchmaking-database'])
      expect(k.programById.get(id)?.area, id).toBe('databases');
    expect(k.programs.filter((p) => p.area === 'p').map((p) => p.id)).toEqual(['resource-mobilization']);
  });

  it('names each unit one way per language in program texts, as units.json does', () => {
    const variants: Record<string, RegExp> = {
      ar: /شعبة (البلدان الأقل نموا|أقل البلدان نموا)ً?|إدارة البلدان [^،؛.()]*انتقال[^،؛.()]*المتقدمة/g,
      es: /División de (los )?Países Menos Adelantados/g,
      zh: /转型期(国家和|及)发达国家部/g,
      ru: /Департамент (по делам )?стран[^,;.()]*развит[а-я]+ стран[а-я]*/g,
    };
    const names = (lang: string) => k.units.flatMap((u) => [u.name[lang as Lang]]);
    for (const [lang, re] of Object.entries(variants)) {
      for (const p of k.programs) {
        for (const field of ['name', 'description', 'servedBy', 'contact'] as const) {
          for (const m of p[field][lang as Lang].match(re) ?? [])
            expect(names(lang), `${p.id}.${field}.${lang}: ${m}`).toContain(m);
        }
      }
    }
    expect(k.unitById.get('ldc-division')?.name.ar).toBe('شعبة أقل البلدان نمواً');
  });

  it('gives the current LDC unit’s French and Arabic names as WIPO’s own pages do', () => {
    const cur = k.unitById.get('ldc-division')!.currentNames[0]!;
    expect(cur.name.fr).toMatch(/^Division des bureaux extérieurs et de la coordination avec les pays les moins avancés/);
    expect(cur.name.ar).toMatch(/^شعبة المكاتب الخارجية والتنسيق مع أقل البلدان نمواً/);
  });

  it('offers the feedback contact of III(b)(ii) in the route and contact answers', () => {
    const v = view('SN', 'es');
    expect(v.feedback).toMatchObject({ id: 'development-sector', contactTitle: 'Director General Adjunto' });
    expect(routeReply(ctx, { country: 'SN' }, 'es')?.text).toContain(v.feedbackText);
  });

  it('names the routed unit, not "your regional bureau", when the start is too late', () => {
    const r = checkLeadTime(k.leadTime, { today: '2026-12-01', start: '2027-01-15' });
    if (!r.ok) throw new Error('lead time');
    for (const [country, lang] of [['UZ', 'en'], ['SN', 'fr']] as const) {
      const unit = unitView(k, k.countryByCode.get(country)!.unit, '2026-12-01', lang, ctx.t(lang)).name;
      const text = leadTimeReply(ctx, { country, start: '2027-01-15' }, lang)?.text ?? '';
      expect(text, country).toContain(tr(lang, 'leadtime:urgent', { unit }));
      expect(text, country).not.toMatch(/your regional bureau|votre bureau régional/i);
    }
    expect(describeLeadTime(r.value, '2027-01-15', 'en', ctx.t('en'))).toContain(tr('en', 'leadtime:urgent-any'));
  });
});
