// The need the letter states does not keep the greeting typed before it, in the six languages:
// at the need question and in an opening sentence.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { withoutGreeting } from '../../../src/flow/understand/greeting.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');

/** [typed, the need kept]. */
const TABLE: Record<Lang, readonly (readonly [string, string])[]> = {
  en: [
    ['Hello, we need training on patents', 'We need training on patents'],
    ['Good morning! We need a TISC', 'We need a TISC'],
    ['We need training on patents', 'We need training on patents'],
    ['Hi', 'Hi'],
  ],
  fr: [
    [
      'Bonjour, nous avons besoin de formation sur les brevets',
      'Nous avons besoin de formation sur les brevets',
    ],
    ['Bonsoir. Nous souhaitons un CATI', 'Nous souhaitons un CATI'],
  ],
  es: [
    ['Buenos días, necesitamos capacitación sobre patentes', 'Necesitamos capacitación sobre patentes'],
    ['Hola: queremos un CATI', 'Queremos un CATI'],
  ],
  ru: [
    ['Здравствуйте! Нам нужно обучение по патентам', 'Нам нужно обучение по патентам'],
    ['Добрый день, просим помочь с ЦПТИ', 'Просим помочь с ЦПТИ'],
  ],
  ar: [
    ['مرحبا، نحتاج إلى تدريب على البراءات', 'نحتاج إلى تدريب على البراءات'],
    ['السلام عليكم نريد مركزا لدعم التكنولوجيا', 'نريد مركزا لدعم التكنولوجيا'],
  ],
  zh: [
    ['您好，我们需要专利方面的培训', '我们需要专利方面的培训'],
    ['你好！我们希望建立技术与创新支持中心', '我们希望建立技术与创新支持中心'],
  ],
};

describe.each(LANGS)('a need typed after a greeting (%s)', (lang) => {
  it.each(TABLE[lang])('%s → %s', (typed, need) => {
    expect(withoutGreeting(ctx, typed)).toBe(need);
  });
});
