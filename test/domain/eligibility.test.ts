import { describe, expect, it } from 'vitest';
import { assess } from '../../src/domain/eligibility.js';
import { knowledge } from '../helpers/knowledge.js';

const statuses = (a: ReturnType<typeof assess>) =>
  Object.fromEntries(a.criteria.map((c) => [c.id, c.status]));

describe('eligibility (Manual III(c))', () => {
  it('gives a verdict per criterion; resources are always decided by WIPO', () => {
    const a = assess(knowledge(), {
      formalRequest: 'yes',
      partOfPlan: 'yes',
      nationalNeeds: 'yes',
      readiness: 'yes',
    });
    expect(statuses(a)).toEqual({
      'formal-request': 'met',
      'part-of-plan': 'met',
      'national-needs': 'met',
      readiness: 'met',
      resources: 'decided-by-wipo',
    });
    expect(a.overall).toBe('ready');
    expect(a.counts).toEqual({ met: 4, 'not-met': 0, unknown: 0, 'decided-by-wipo': 1 });
  });

  it('does not block on a formal request not yet sent: drafting it is the next step', () => {
    const a = assess(knowledge(), {
      formalRequest: 'no',
      partOfPlan: 'yes',
      nationalNeeds: 'yes',
      readiness: 'yes',
    });
    expect(a.overall).toBe('ready');
    expect(a.criteria.find((c) => c.id === 'formal-request')).toMatchObject({
      status: 'not-met',
      nextStepKey: 'formal-request.advice',
    });
  });

  it('asks to prepare first when a main criterion is not met', () => {
    const a = assess(knowledge(), {
      formalRequest: 'yes',
      partOfPlan: 'no',
      nationalNeeds: 'yes',
      readiness: 'yes',
    });
    expect(a.overall).toBe('prepare-first');
    expect(a.summaryKey).toBe('overall.prepare-first');
  });

  it('carries "I don\'t know" forward as to be confirmed', () => {
    const a = assess(knowledge(), { partOfPlan: 'unknown' });
    expect(a.overall).toBe('needs-confirmation');
    expect(statuses(a)['part-of-plan']).toBe('unknown');
    expect(statuses(a)['readiness']).toBe('unknown');
  });

  it('names the plan in the reason when the requester said which', () => {
    const a = assess(knowledge(), { partOfPlan: 'yes', planKind: 'ip-strategy' });
    expect(a.criteria.find((c) => c.id === 'part-of-plan')?.reasonKey).toBe('part-of-plan.met-ip-strategy');
  });

  it('cites the manual for every verdict', () => {
    for (const c of assess(knowledge(), {}).criteria) expect(c.source).toMatch(/^M III\(c\)/);
  });
});
