// Options picked by typing, in the six languages: by number, rank, label or synonym, against the
// real choice lists of the interview; and offers turned down in words.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { choicesFor } from '../../../src/flow/choices.js';
import type { Choice } from '../../../src/flow/types.js';
import {
  SYNONYM_SOURCES,
  choiceSynonyms,
  isRejection,
  matchChoice,
  type SynonymSource,
} from '../../../src/flow/understand/choice.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');
const PROGRAMS = ['tisc', 'patentscope', 'ardi', 'aspi', 'ip-advantage'];
const programs = (lang: Lang): Choice[] =>
  PROGRAMS.map((id) => ({ value: id, label: ctx.knowledge.programById.get(id)!.name[lang] }));
const list = (source: SynonymSource | 'programs', lang: Lang): Choice[] =>
  source === 'programs' ? programs(lang) : choicesFor(source, ctx, { start: '2027-03-01' }, lang);

/** [what is offered, what is typed, the value understood (undefined: nothing)]. */
type Row = readonly [source: SynonymSource | 'programs', text: string, value: string | undefined];

const TABLE: Record<Lang, readonly Row[]> = {
  en: [
    // A label's words in another order or form, with fillers around them.
    ['programs', 'I would like the support centers for technology and innovation', 'tisc'],
    // A rank with the option's own words is the pick; with another option's words, nothing.
    ['programs', 'the first one, technology and innovation support', 'tisc'],
    ['programs', 'the second of course, the patent database', 'patentscope'],
    ['programs', 'the first one, the patent database', undefined],
    ['programs', "the first one, that's right", 'tisc'],
    ['programs', 'the second, perfect', 'patentscope'],
    ['programs', '2', 'patentscope'],
    ['programs', '#2', 'patentscope'],
    ['programs', 'option 2', 'patentscope'],
    ['programs', '#3', 'ardi'],
    ['programs', 'option 4', 'aspi'],
    ['programs', 'the first one', 'tisc'],
    ['programs', 'number one', 'tisc'],
    ['programs', 'option three please', 'ardi'],
    ['programs', "I'll take the second one please", 'patentscope'],
    ['programs', 'the last one', 'ip-advantage'],
    ['programs', 'TISC', 'tisc'],
    ['programs', 'patentscope patent database', 'patentscope'],
    ['requesterBodies', 'research office of a university', 'university'],
    ['requesterBodies', 'IP office', 'ip-office'],
    ['requesterBodies', 'Embassy', 'mission'],
    ['requesterBodies', 'the Ministry of Trade', 'government'],
    ['requesterBodies', 'the IP office of the ministry', 'ip-office'],
    ['requesterBodies', 'the ministry and other bodies', 'government'],
    ['requesterBodies', 'We are the Intellectual property office', 'ip-office'],
    ['letterTypes', 'join the project', 'project'],
    ['letterTypes', 'a note verbale from the mission', 'note-verbale'],
    ['planKinds', 'our national IP strategy', 'ip-strategy'],
    ['startAccept', 'ok use july', 'take:2027-07-01'],
    ['startAccept', 'keep my date', 'keep'],
    // A number that is no place in the list picks nothing.
    ['programs', '-1', undefined],
    ['programs', '2.5', undefined],
    // Not a choice:
    ['programs', '9', undefined],
    ['programs', '2027', undefined],
    ['programs', 'we have 3 librarians', undefined],
    ['programs', 'the second or the third', undefined],
    ['programs', 'first, we need patent databases', undefined],
    ['requesterBodies', 'office', undefined],
    ['programs', 'Peru', undefined],
  ],
  fr: [
    ['programs', "l'accès à l'information spécialisée en matière de brevets", 'aspi'],
    ['programs', "le 4, l'information spécialisée", 'aspi'],
    ['programs', 'le premier bien sûr, les centres d’appui', 'tisc'],
    ['programs', 'le premier, la base de données', undefined],
    ['programs', "le premier, c'est ça", 'tisc'],
    ['programs', 'le deuxième, voilà', 'patentscope'],
    ['programs', 'n° 2', 'patentscope'],
    ['programs', 'choisir 2', 'patentscope'],
    ['programs', 'le deuxième', 'patentscope'],
    ['programs', 'la première', 'tisc'],
    ['programs', 'le numéro deux', 'patentscope'],
    ['programs', 'je prends le dernier', 'ip-advantage'],
    ['programs', 'ARDI', 'ardi'],
    ['requesterBodies', "C'est le ministère du Commerce", 'government'],
    ['requesterBodies', 'un ministère', 'government'],
    ['requesterBodies', 'Office de la propriété industrielle', 'ip-office'],
    ['requesterBodies', "l'ambassade", 'mission'],
    ['requesterBodies', 'université', 'university'],
    ['letterTypes', 'une note verbale', 'note-verbale'],
    ['planKinds', 'dans notre stratégie nationale', 'ip-strategy'],
    ['requesterBodies', "l'office de propriété industrielle", 'ip-office'],
    ['startAccept', 'garder mars', 'keep'],
    ['startAccept', 'retenir juillet', 'take:2027-07-01'],
    ['programs', 'le dixième', undefined],
    ['programs', 'deux bibliothécaires', undefined],
    ['requesterBodies', 'bureau', undefined],
    ['programs', 'Pérou', undefined],
  ],
  es: [
    ['programs', 'quiero los centros de apoyo a la innovación y la tecnología', 'tisc'],
    ['programs', 'la segunda, la base de datos de patentes', 'patentscope'],
    ['programs', 'el primero, por supuesto', 'tisc'],
    ['programs', 'el primero, la base de datos', undefined],
    ['programs', 'el primero, eso es', 'tisc'],
    ['programs', 'la primera', 'tisc'],
    ['programs', 'la número dos', 'patentscope'],
    ['programs', 'el segundo', 'patentscope'],
    ['programs', 'opción 3', 'ardi'],
    ['programs', 'me quedo con la última', 'ip-advantage'],
    ['programs', 'número 4', 'aspi'],
    ['requesterBodies', 'el Ministerio de Industria', 'government'],
    ['requesterBodies', 'la oficina de patentes', 'ip-office'],
    ['requesterBodies', 'Somos la embajada', 'mission'],
    ['requesterBodies', 'una universidad pública', 'university'],
    ['requesterBodies', 'una cámara de comercio', 'sme-support'],
    ['letterTypes', 'nota verbal', 'note-verbale'],
    ['planKinds', 'la estrategia nacional de PI', 'ip-strategy'],
    ['startAccept', 'mantener mi fecha', 'keep'],
    ['startAccept', 'usar julio', 'take:2027-07-01'],
    ['programs', 'la sexta', undefined],
    ['programs', 'tres bibliotecarios', undefined],
    ['programs', '¿Perú puede acceder a esto?', undefined],
  ],
  ru: [
    ['programs', 'нам нужен доступ к специализированной информации', 'aspi'],
    ['programs', 'первую, центры поддержки технологий', 'tisc'],
    ['programs', 'четвертый, доступ к патентной информации', 'aspi'],
    ['programs', 'первую, патентная база данных', undefined],
    ['programs', 'вот этот, первый', 'tisc'],
    ['programs', 'второй', 'patentscope'],
    ['programs', 'номер один', 'tisc'],
    ['programs', 'первый вариант', 'tisc'],
    ['programs', 'вариант 3', 'ardi'],
    ['programs', 'номер 4', 'aspi'],
    ['programs', 'последний', 'ip-advantage'],
    ['requesterBodies', 'Постоянное представительство', 'mission'],
    ['requesterBodies', 'министерство экономики', 'government'],
    ['requesterBodies', 'Патентное ведомство', 'ip-office'],
    ['requesterBodies', 'мы из университета', 'university'],
    ['letterTypes', 'вербальная нота', 'note-verbale'],
    ['letterTypes', 'составить вербальную ноту', 'note-verbale'],
    ['planKinds', 'в национальную стратегию', 'ip-strategy'],
    // Any case of the words listed once: compared by stem.
    ['planKinds', 'это часть странового плана', 'country-plan'],
    ['planKinds', 'предусмотрено в страновых планах', 'country-plan'],
    ['planKinds', 'в рамках национальной стратегией', 'ip-strategy'],
    ['requesterBodies', 'от Постоянного представительства', 'mission'],
    ['programs', 'первую', 'tisc'],
    ['startAccept', 'оставить мою дату', 'keep'],
    ['programs', 'седьмой', undefined],
    ['programs', 'у нас три библиотекаря', undefined],
    ['requesterBodies', 'Бишкек', undefined],
  ],
  zh: [
    ['programs', '我们选技术创新支持中心', 'tisc'],
    ['programs', '第二个，在线数据库', 'patentscope'],
    ['programs', '第一个，在线数据库', undefined],
    ['programs', '当然是第一个', 'tisc'],
    ['programs', '就是第一个，没错', 'tisc'],
    ['programs', '第二个', 'patentscope'],
    ['programs', '第一', 'tisc'],
    ['programs', '我选第3个', 'ardi'],
    ['programs', '最后一个', 'ip-advantage'],
    ['programs', '4', 'aspi'],
    ['requesterBodies', '部委', 'government'],
    ['requesterBodies', '大学', 'university'],
    ['requesterBodies', '国家知识产权局', 'ip-office'],
    ['requesterBodies', '常驻日内瓦代表团', 'mission'],
    ['requesterBodies', '商务部', 'government'],
    ['requesterBodies', '商务部知识产权局', 'ip-office'],
    ['requesterBodies', '我们是一个研究中心', 'university'],
    ['letterTypes', '普通照会', 'note-verbale'],
    ['planKinds', '国家知识产权战略', 'ip-strategy'],
    ['startAccept', '保留原来的日期', 'keep'],
    ['programs', '第八个', undefined],
    ['programs', '我们有三名图书管理员', undefined],
    ['requesterBodies', '坦桑尼亚', undefined],
  ],
  ar: [
    ['programs', 'نختار مراكز دعم الابتكار والتكنولوجيا', 'tisc'],
    ['programs', 'الأول طبعا', 'tisc'],
    ['programs', 'الثاني، قاعدة بيانات PATENTSCOPE', 'patentscope'],
    ['programs', 'الخيار الأول بالضبط', 'tisc'],
    ['programs', 'الثاني', 'patentscope'],
    ['programs', 'الخيار الأول', 'tisc'],
    ['programs', 'رقم 3', 'ardi'],
    ['programs', 'رقم واحد', 'tisc'],
    ['programs', 'الأخير', 'ip-advantage'],
    ['programs', '٤', 'aspi'],
    ['requesterBodies', 'بعثة دائمة', 'mission'],
    ['requesterBodies', 'وزارة التجارة', 'government'],
    ['requesterBodies', 'مكتب الملكية الصناعية', 'ip-office'],
    ['requesterBodies', 'جامعة الخرطوم', 'university'],
    ['requesterBodies', 'غرفة التجارة والصناعة', 'sme-support'],
    ['letterTypes', 'مذكرة شفوية', 'note-verbale'],
    ['planKinds', 'الاستراتيجية الوطنية للملكية الفكرية', 'ip-strategy'],
    ['planKinds', 'نعم، ضمن استراتيجيتنا الوطنية', 'ip-strategy'],
    ['planKinds', 'هذا في خطتنا القطرية', 'country-plan'],
    ['startAccept', 'الإبقاء على تاريخي', 'keep'],
    ['programs', 'التاسع', undefined],
    ['programs', 'لدينا ثلاثة أمناء مكتبات', undefined],
    ['requesterBodies', 'الخرطوم', undefined],
  ],
};

describe.each(LANGS)('matchChoice in %s', (lang) => {
  it.each(TABLE[lang])('%s: %s', (source, text, value) => {
    const choices = list(source, lang);
    const synonyms = source === 'programs' ? undefined : choiceSynonyms(ctx, source);
    expect(matchChoice(ctx, choices, text, synonyms)?.value).toBe(value);
  });
});

describe('matchChoice across languages and on any input', () => {
  it('understands a synonym or a rank typed in another language than the options', () => {
    expect(
      matchChoice(ctx, list('requesterBodies', 'fr'), 'Embassy', choiceSynonyms(ctx, 'requesterBodies'))
        ?.value,
    ).toBe('mission');
    expect(matchChoice(ctx, programs('ru'), 'la primera')?.value).toBe('tisc');
    expect(matchChoice(ctx, programs('en'), '第二个')?.value).toBe('patentscope');
  });

  it('reads the label whole or in part, by whole words only', () => {
    expect(matchChoice(ctx, list('requesterBodies', 'en'), 'Intellectual property office')?.value).toBe(
      'ip-office',
    );
    expect(matchChoice(ctx, list('requesterBodies', 'en'), 'university or research')?.value).toBe(
      'university',
    );
    expect(matchChoice(ctx, list('requesterBodies', 'en'), 'univ')).toBeUndefined();
    expect(matchChoice(ctx, programs('en'), 'isc')).toBeUndefined();
  });

  it('has synonyms for every option of every source', () => {
    for (const source of SYNONYM_SOURCES) {
      const values = list(source, 'en').map((c) => c.value.split(':')[0]);
      const phrases = choiceSynonyms(ctx, source);
      for (const v of values) expect(phrases.index.size, `${source}.${v}`).toBeGreaterThan(0);
    }
  });

  it('never throws', () => {
    const choices = list('requesterBodies', 'en');
    for (const text of ['', '🙂', '\ud800\u200f', 'x'.repeat(10_000), '1 '.repeat(5000), '<script>']) {
      expect(() => matchChoice(ctx, choices, text, choiceSynonyms(ctx, 'requesterBodies'))).not.toThrow();
      expect(() => isRejection(ctx, text)).not.toThrow();
    }
    expect(matchChoice(ctx, [], '1')).toBeUndefined();
    expect(matchChoice(ctx, choices, '')).toBeUndefined();
  });
});

const REJECTIONS: Record<Lang, readonly (readonly [string, boolean])[]> = {
  en: [
    ['not that one', true],
    ['No, not that one', true],
    ["that's not what we need", true],
    ['something else', true],
    ['no', true],
    ['none of these', true],
    ['yes, that one', false],
    ['that one is fine', false],
    ['no problem, this one is fine', false],
    ['what is TISC?', false],
  ],
  fr: [
    ["ce n'est pas ça", true],
    ["Non, ce n'est pas celui-là", true],
    ['autre chose', true],
    ['pas celui-là', true],
    ['non', true],
    ['aucun', true],
    ["oui, c'est ça", false],
    ['celui-là me va', false],
    ['pas de problème', false],
  ],
  es: [
    ['no, esa no es', true],
    ['esa no', true],
    ['otro', true],
    ['ninguno de estos', true],
    ['no', true],
    ['no es lo que buscamos', true],
    ['sí, esa', false],
    ['esa está bien', false],
    ['no sé', false],
  ],
  ru: [
    ['не то', true],
    ['Нет, не то', true],
    ['это не подходит', true],
    ['другое', true],
    ['нет', true],
    ['ни один', true],
    ['да, это то, что нужно', false],
    ['то, что нужно', false],
    ['не знаю', false],
  ],
  zh: [
    ['不是这个', true],
    ['不对', true],
    ['换一个', true],
    ['都不是', true],
    ['其他的', true],
    ['不是我们需要的', true],
    ['就是这个', false],
    ['对，这个', false],
    ['不确定', false],
  ],
  ar: [
    ['ليس هذا', true],
    ['لا، ليس هذا', true],
    ['شيء آخر', true],
    ['برنامج آخر', true],
    ['لا', true],
    ['لا يناسبنا', true],
    ['نعم هذا', false],
    ['هذا هو المطلوب', false],
    ['لا أعرف', false],
  ],
};

describe.each(LANGS)('isRejection in %s', (lang) => {
  it.each(REJECTIONS[lang])('%s → %s', (text, expected) => {
    expect(isRejection(ctx, text)).toBe(expected);
  });
});
