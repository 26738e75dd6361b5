// A request to go on in another language, typed in the six languages; a language named for
// something else (the letter, the office's working language) changes nothing.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { chatLanguageRequest } from '../../../src/flow/understand/chat-language.js';
import { Conversation, flowContext } from '../../helpers/flow.js';

const ctx = flowContext();

describe('a typed request to change the chat language', () => {
  it.each<[string, Lang]>([
    ['Sorry, can we continue in English?', 'en'],
    ['English please', 'en'],
    ['switch to French please', 'fr'],
    ['On peut continuer en anglais ?', 'en'],
    ['en espagnol svp', 'es'],
    ['Продолжим на испанском, por favor', 'es'],
    ['давайте перейдем на русский', 'ru'],
    ['quiero cambiar el idioma a español', 'es'],
    ['¿Podemos seguir en francés?', 'fr'],
    ['我们可以用英文继续吗？', 'en'],
    ['请用中文', 'zh'],
    ['من فضلك بالعربية', 'ar'],
    ['هل يمكن أن نكمل بالإنجليزية؟', 'en'],
  ])('"%s" → %s', (text, lang) => {
    expect(chatLanguageRequest(ctx, text, false)).toBe(lang);
  });

  it.each([
    'We need English courses for our examiners',
    'our office works in French',
    'Nous voulons former des traducteurs en anglais et en arabe',
    'нам нужна лицензия на английском',
    '我们需要英文培训',
    'نحتاج إلى دورات باللغة الإنجليزية لموظفينا',
  ])('"%s" asks for nothing', (text) => {
    expect(chatLanguageRequest(ctx, text, false)).toBeUndefined();
  });

  it('at the letter language question, "in English please" is the letter language, a cue is the chat', () => {
    expect(chatLanguageRequest(ctx, 'in English please', true)).toBeUndefined();
    expect(chatLanguageRequest(ctx, 'can we continue in English?', true)).toBe('en');
  });
});

describe('in a conversation', () => {
  it.each<[Lang, string, Lang]>([
    ['fr', 'sorry, can we continue in English?', 'en'],
    ['zh', 'Sorry, can we continue in English?', 'en'],
    ['ru', 'Продолжим на испанском, por favor', 'es'],
    ['en', 'On peut continuer en français ?', 'fr'],
    ['es', '请用中文', 'zh'],
    ['ar', 'Давайте перейдём на русский', 'ru'],
  ])('in %s, "%s" goes on in %s and asks the same question', (from, text, to) => {
    const c = new Conversation(flowContext('2026-12-01'));
    c.send({ start: true, locale: from });
    c.send({ value: { choice: 'goal:check' } });
    const step = c.pending;
    c.send(text);
    expect(c.state?.lang).toBe(to);
    expect(c.pending).toBe(step);
  });
});
