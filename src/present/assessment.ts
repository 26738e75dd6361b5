// Localised assessment: each criterion's verdict with its reason and next step.
import type { Assessment, CriterionStatus } from '../domain/eligibility.js';
import type { Translate } from './translate.js';

export interface CriterionView {
  readonly id: string;
  readonly kind: 'main' | 'additional';
  readonly status: CriterionStatus;
  readonly statusLabel: string;
  readonly wording: string;
  readonly reason: string;
  readonly nextStep?: string;
  readonly source: string;
}

export interface AssessmentView {
  readonly overall: Assessment['overall'];
  readonly summary: string;
  readonly criteria: readonly CriterionView[];
}

export function describeAssessment(a: Assessment, t: Translate): AssessmentView {
  return {
    overall: a.overall,
    summary: t(`criteria:${a.summaryKey}`),
    criteria: a.criteria.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      statusLabel: t(`criteria:status.${c.status}`),
      wording: t(`criteria:${c.id}.wording`),
      reason: t(`criteria:${c.reasonKey}`),
      ...(c.nextStepKey ? { nextStep: t(`criteria:${c.nextStepKey}`) } : {}),
      source: c.source,
    })),
  };
}
