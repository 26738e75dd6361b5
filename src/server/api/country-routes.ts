// GET /api/countries (find a country by what people type) and GET /api/countries/:code (its UN
// name, group, unit and LDC status). Queries are validated with zod; bad input is a 400 naming the field.
import type { Request, Response, Server } from 'restify';
import { z } from 'zod';
import { LANGS } from '../../knowledge/schema.js';
import { searchCountries } from '../../domain/country-match.js';
import { route } from '../../domain/routing.js';
import { countryName } from '../../present/format.js';
import { unitView } from '../../present/route.js';
import { sendBadRequest, sendNotFound, zodFieldErrors } from '../http-errors.js';
import type { AppDeps } from '../deps.js';

const Lang = z.enum(LANGS).default('en');
const SearchQuery = z.object({
  q: z.string().max(200).default(''),
  lang: Lang,
  limit: z.coerce.number().int().min(1).max(250).default(10),
});
const CountryQuery = z.object({
  code: z.string().regex(/^[A-Za-z]{2}$/, 'an ISO 3166-1 alpha-2 code, e.g. "NP"'),
  lang: Lang,
  date: z.iso.date().optional(),
});

function parse<T>(schema: z.ZodType<T>, value: unknown, res: Response): T | undefined {
  const result = schema.safeParse(value);
  if (result.success) return result.data;
  sendBadRequest(res, zodFieldErrors(result.error));
  return undefined;
}

export function registerCountryRoutes(server: Server, deps: AppDeps): void {
  const k = deps.knowledge;

  server.get('/api/countries', async (req: Request, res: Response) => {
    const q = parse(SearchQuery, req.query ?? {}, res);
    if (!q) return;
    const collator = new Intl.Collator(q.lang);
    const codes = q.q.trim()
      ? searchCountries(k, q.q, q.limit).map((h) => h.code)
      : k.countries
          .map((c) => c.code)
          .sort((a, b) => collator.compare(countryName(a, q.lang), countryName(b, q.lang)))
          .slice(0, q.limit);
    res.send(200, { results: codes.map((code) => ({ code, name: countryName(code, q.lang) })) });
  });

  server.get('/api/countries/:code', async (req: Request, res: Response) => {
    const q = parse(CountryQuery, { ...(req.query ?? {}), code: req.params.code }, res);
    if (!q) return;
    const code = q.code.toUpperCase();
    const country = k.countryByCode.get(code);
    if (!country) return sendNotFound(res, 'code', `no country "${code}"`);
    const date = q.date ?? deps.today();
    const r = route(k, { country: code, date });
    if (!r.ok) return sendBadRequest(res, [{ field: r.error.field, message: r.error.code }]);
    const t = deps.i18n.forLang(q.lang);
    const unit = (id: typeof country.unit) => {
      const v = unitView(k, id, date, q.lang, t);
      return { id: v.id, name: v.name };
    };
    res.send(200, {
      code,
      name: countryName(code, q.lang),
      formalName: k.countryNameByCode.get(code)?.formal[q.lang],
      group: country.group,
      unit: unit(country.unit),
      ...(country.alsoUnit ? { alsoUnit: unit(country.alsoUnit) } : {}),
      wipoMember: country.wipoMember,
      ldc: r.value.ldc,
      date,
      confirm: r.value.confirm,
      source: country.source,
    });
  });
}
