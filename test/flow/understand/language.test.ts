// Answers to "In which language should the letter be written?", typed in the six languages.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { matchLanguageAnswer } from '../../../src/flow/understand/language.js';
import { nativeLanguageName } from '../../../src/flow/choices.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext();
type Row = readonly [text: string, expected: Lang | undefined];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    ['in English, no, sorry, in French', 'fr'],
    ['French, actually English', 'en'],
    ['in English rather than French', 'en'],
    ['english', 'en'],
    ['in english please', 'en'],
    ['French', 'fr'],
    ['The letter should be in Spanish', 'es'],
    ['Arabic, please', 'ar'],
    ['in Russian', 'ru'],
    ['Chinese', 'zh'],
    ['not in French, in English', 'en'],
    ['English or French', undefined],
    ['whichever you like', undefined],
    ['Kenya', undefined],
    ['not english', undefined],
  ],
  fr: [
    ['en anglais, non pardon, en français', 'fr'],
    ['en espagnol, en fait en anglais', 'en'],
    ['en français', 'fr'],
    ['français', 'fr'],
    ['en anglais svp', 'en'],
    ['la lettre en espagnol', 'es'],
    ['plutôt en arabe', 'ar'],
    ['russe', 'ru'],
    ['en chinois', 'zh'],
    ['pas en anglais, en français', 'fr'],
    ['anglais ou français', undefined],
    ['peu importe', undefined],
    ['France', undefined],
  ],
  es: [
    ['en inglés, no, perdón, en francés', 'fr'],
    ['en francés, mejor dicho en español', 'es'],
    ['en español', 'es'],
    ['Español', 'es'],
    ['en inglés, por favor', 'en'],
    ['francés', 'fr'],
    ['en árabe', 'ar'],
    ['en ruso', 'ru'],
    ['en chino', 'zh'],
    ['castellano', 'es'],
    ['en inglés o en francés', undefined],
    ['me da igual', undefined],
    ['España', undefined],
  ],
  ru: [
    ['на английском, нет, извините, на французском', 'fr'],
    ['по-русски, вообще-то по-английски', 'en'],
    ['по-русски', 'ru'],
    ['на русском', 'ru'],
    ['на английском языке', 'en'],
    ['по-французски', 'fr'],
    ['на испанском', 'es'],
    ['арабский', 'ar'],
    ['на китайском, пожалуйста', 'zh'],
    ['не на английском, а на русском', 'ru'],
    ['на русском или английском', undefined],
    ['все равно', undefined],
    ['Россия', undefined],
  ],
  zh: [
    ['用中文写，不对，其实用英文吧', 'en'],
    ['英文，不好意思，用法文', 'fr'],
    ['用中文', 'zh'],
    ['中文', 'zh'],
    ['英文', 'en'],
    ['请用法语写', 'fr'],
    ['俄语', 'ru'],
    ['西班牙语', 'es'],
    ['阿拉伯文', 'ar'],
    ['不要英文，用中文', 'zh'],
    ['中文或英文', undefined],
    ['都可以', undefined],
    ['中国', undefined],
  ],
  ar: [
    ['بالعربية، لا عفوا، بالإنجليزية', 'en'],
    ['بالإنجليزية وليس بالعربية', 'en'],
    ['بالفرنسية ولا بالعربية', 'fr'],
    ['بالعربية', 'ar'],
    ['باللغة العربية', 'ar'],
    ['بالإنجليزية من فضلك', 'en'],
    ['الفرنسية', 'fr'],
    ['بالروسية', 'ru'],
    ['بالإسبانية', 'es'],
    ['بالصينية', 'zh'],
    ['ليس بالفرنسية بل بالعربية', 'ar'],
    ['العربية أو الفرنسية', undefined],
    ['لا يهم', undefined],
    ['مصر', undefined],
  ],
};

describe.each(LANGS)('matchLanguageAnswer in %s', (lang) => {
  it.each(TABLE[lang])('%s', (text, expected) => {
    expect(matchLanguageAnswer(ctx, text)).toBe(expected);
  });
});

describe('matchLanguageAnswer', () => {
  it('understands the labels of the letter-language buttons and bare codes', () => {
    for (const lang of LANGS) {
      expect(matchLanguageAnswer(ctx, nativeLanguageName(lang))).toBe(lang);
      expect(matchLanguageAnswer(ctx, lang.toUpperCase())).toBe(lang);
    }
  });

  it('ignores a long message that merely mentions a language', () => {
    const long =
      'Our university has a library and we would like training for the staff, maybe in English, next year';
    expect(matchLanguageAnswer(ctx, long)).toBeUndefined();
  });

  it('never throws', () => {
    for (const text of ['', '🙂', '\ud800', '\u200f', 'x'.repeat(10_000), 'english '.repeat(2000)]) {
      expect(() => matchLanguageAnswer(ctx, text)).not.toThrow();
    }
    expect(matchLanguageAnswer(ctx, '')).toBeUndefined();
  });
});
