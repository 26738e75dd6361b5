// Approval criteria of the manual, section III(c): three main criteria and two additional ones.
// Each is a named predicate over the requester's answers; resources are decided by WIPO alone.
import type { CriterionId, Knowledge } from '../knowledge/types.js';
import { z } from 'zod';

export const Answer = z.enum(['yes', 'no', 'unknown']);
export type Answer = z.infer<typeof Answer>;

/** What the requester can tell us; every field optional (not asked yet = unknown). */
export const EligibilityAnswers = z.strictObject({
  /** Has the competent authority sent, or will it send, a formal written request? */
  formalRequest: Answer.optional(),
  /** Is the activity part of a Country Plan, national IP strategy, or WIPO project? */
  partOfPlan: Answer.optional(),
  planKind: z.enum(['country-plan', 'ip-strategy', 'wipo-project']).optional(),
  /** Has the need been established by a needs assessment or consultation with national authorities? */
  nationalNeeds: Answer.optional(),
  /** Will the beneficiary be ready (staff, premises, partners) at the agreed time? */
  readiness: Answer.optional(),
});
export type EligibilityAnswers = z.infer<typeof EligibilityAnswers>;

export type CriterionStatus = 'met' | 'not-met' | 'unknown' | 'decided-by-wipo';

export interface CriterionVerdict {
  readonly id: CriterionId;
  readonly kind: 'main' | 'additional';
  readonly status: CriterionStatus;
  /** Locale key (namespace `criteria`) for why this verdict. */
  readonly reasonKey: string;
  /** Locale key for what the requester should do next; absent when nothing is needed. */
  readonly nextStepKey?: string;
  readonly source: string;
}

export type Readiness = 'ready' | 'needs-confirmation' | 'prepare-first';

export interface Assessment {
  readonly criteria: readonly CriterionVerdict[];
  readonly overall: Readiness;
  /** Locale key summarising the overall readiness. */
  readonly summaryKey: string;
  readonly counts: Readonly<Record<CriterionStatus, number>>;
}

const answerField: Record<Exclude<CriterionId, 'resources'>, keyof EligibilityAnswers> = {
  'formal-request': 'formalRequest',
  'part-of-plan': 'partOfPlan',
  'national-needs': 'nationalNeeds',
  readiness: 'readiness',
};

function statusOf(answer: Answer | undefined): CriterionStatus {
  return answer === 'yes' ? 'met' : answer === 'no' ? 'not-met' : 'unknown';
}

export function assess(k: Pick<Knowledge, 'criteria'>, answers: EligibilityAnswers): Assessment {
  const criteria = k.criteria.map((c): CriterionVerdict => {
    if (c.decidedBy === 'wipo' || c.id === 'resources') {
      return {
        id: c.id,
        kind: c.kind,
        status: 'decided-by-wipo',
        reasonKey: `${c.id}.decided-by-wipo`,
        nextStepKey: c.adviceKey,
        source: c.source,
      };
    }
    const raw = answers[answerField[c.id]];
    const status = statusOf(raw === 'yes' || raw === 'no' || raw === 'unknown' ? raw : undefined);
    const reasonKey =
      c.id === 'part-of-plan' && status === 'met' && answers.planKind
        ? `${c.id}.met-${answers.planKind}`
        : `${c.id}.${status}`;
    return {
      id: c.id,
      kind: c.kind,
      status,
      reasonKey,
      ...(status === 'met' ? {} : { nextStepKey: c.adviceKey }),
      source: c.source,
    };
  });

  // A missing formal request is not a blocker: drafting it is the next step this bot offers.
  const blocking = criteria.filter((v) => v.status === 'not-met' && v.id !== 'formal-request');
  const open = criteria.filter((v) => v.status === 'unknown');
  const overall: Readiness =
    blocking.length > 0 ? 'prepare-first' : open.length > 0 ? 'needs-confirmation' : 'ready';
  const counts = { met: 0, 'not-met': 0, unknown: 0, 'decided-by-wipo': 0 };
  for (const v of criteria) counts[v.status] += 1;
  return { criteria, overall, summaryKey: `overall.${overall}`, counts };
}
