// "Senegal — is that right?" answered with the next answer instead of "yes": the country stands
// and what was typed answers the next question; a "no" still drops it, and what answers neither
// asks the read-back again (the country is not lost), in the six languages.
import { describe, expect, it } from 'vitest';
import { LANGS } from '../../src/knowledge/schema.js';
import type { Lang } from '../../src/knowledge/types.js';
import { countryName } from '../../src/present/format.js';
import { Conversation, flowContext, tr } from '../helpers/flow.js';

const words = (lang: Lang, key: string) => tr(lang, key, { returnObjects: true }) as unknown as string[];

/** The requester, typed as officials type it; and "yes" followed by it. */
const ROWS: Record<Lang, { requester: string; yesThen: string; neither: string }> = {
  en: { requester: 'we are the IP office', yesThen: 'yes, we are the ministry', neither: 'qwerty asdf' },
  fr: {
    requester: "nous sommes l'office de propriété industrielle",
    yesThen: 'oui, nous sommes le ministère',
    neither: 'qwerty asdf',
  },
  es: {
    requester: 'somos la oficina de propiedad industrial',
    yesThen: 'sí, somos el ministerio',
    neither: 'qwerty asdf',
  },
  ru: { requester: 'мы патентное ведомство', yesThen: 'да, мы министерство', neither: 'qwerty asdf' },
  zh: { requester: '我们是知识产权局', yesThen: '是的，我们是政府部门', neither: 'qwerty asdf' },
  ar: { requester: 'نحن مكتب الملكية الصناعية', yesThen: 'نعم، نحن الوزارة', neither: 'qwerty asdf' },
};

function atReadBack(lang: Lang): Conversation {
  const c = new Conversation(flowContext('2026-12-03'));
  c.send({ start: true, locale: lang });
  c.tap('goal:check');
  c.send(countryName('SN', lang));
  expect(c.text).toContain(tr(lang, 'flow:country.confirm', { country: countryName('SN', lang) }));
  return c;
}

describe.each(LANGS)('the country read back in %s', (lang) => {
  const row = ROWS[lang];

  it('takes the next answer typed instead of "yes" as confirming the country', () => {
    const c = atReadBack(lang);
    c.send(row.requester);
    expect(c.state?.answers.country?.value).toBe('SN');
    expect(c.state?.answers.requester?.value).toBe('ip-office');
    expect(c.pending).toBe('need');
  });

  it('takes "yes" and the next answer in one message', () => {
    const c = atReadBack(lang);
    c.send(row.yesThen);
    expect(c.state?.answers.country?.value).toBe('SN');
    expect(c.state?.answers.requester?.value).toBe('government');
    expect(c.pending).toBe('need');
  });

  it('still drops the country on "no"', () => {
    const c = atReadBack(lang);
    c.send(words(lang, 'commands:answer.no')[0]!);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.text).toContain(tr(lang, 'flow:country.again'));
  });

  it('asks the read-back again when the message answers neither, keeping the country offered', () => {
    const c = atReadBack(lang);
    c.send(row.neither);
    expect(c.state?.answers.country).toBeUndefined();
    expect(c.state?.answers.requester).toBeUndefined();
    expect(c.text).toContain(tr(lang, 'flow:country.confirm', { country: countryName('SN', lang) }));
    c.send(words(lang, 'commands:answer.yes')[0]!);
    expect(c.state?.answers.country?.value).toBe('SN');
  });
});
