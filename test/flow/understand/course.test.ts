// A course is not a project: a message about taking a WIPO Academy course is not read as a request
// to join a project, and the Academy (WIPO学院) is not the requester's university; a project
// named still is one. Six languages.
import { describe, expect, it } from 'vitest';
import type { Lang } from '../../../src/knowledge/types.js';
import { LANGS } from '../../../src/knowledge/schema.js';
import { openingFacts } from '../../../src/flow/understand/facts.js';
import { flowContext } from '../../helpers/flow.js';

const ctx = flowContext('2026-12-01');

/** [a course to take, a project to join]. */
const TABLE: Record<Lang, readonly [course: string, project: string]> = {
  en: ['we want to take part in the distance learning course', 'we want to take part in the pilot project'],
  fr: ["nous voulons participer au cours d'enseignement à distance", 'nous voulons participer au projet'],
  es: ['queremos participar en el curso de enseñanza a distancia', 'queremos participar en el proyecto'],
  ru: ['мы хотим принять участие в курсе дистанционного обучения', 'мы хотим принять участие в проекте'],
  ar: ['نريد المشاركة في دورة التعلم عن بعد', 'نريد المشاركة في المشروع'],
  zh: ['我们想参加WIPO学院的远程课程', '我们想参加这个项目'],
};

describe.each(LANGS)('a course, not a project (%s)', (lang) => {
  const [course, project] = TABLE[lang];
  it(`"${course}" is no request to join a project, nor from a university`, () => {
    const facts = openingFacts(ctx, course, lang);
    expect(facts.letterType).toBeUndefined();
    expect(facts.requester).not.toBe('university');
  });
  it(`"${project}" is a request to join a project`, () => {
    expect(openingFacts(ctx, project, lang).letterType).toBe('project');
  });
});
