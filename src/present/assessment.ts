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

/** Texts that name the unit of the informal consultation: with `unit` known, their `-unit` variant. */
const NAMES_UNIT = new Set(['part-of-plan.advice', 'overall.needs-confirmation']);

export function describeAssessment(a: Assessment, t: Translate, unit?: string): AssessmentView {
  const text = (key: string) =>
    unit && NAMES_UNIT.has(key) ? t(`criteria:${key}-unit`, { unit }) : t(`criteria:${key}`);
  return {
    overall: a.overall,
    summary: text(a.summaryKey),
    criteria: a.criteria.map((c) => ({
      id: c.id,
      kind: c.kind,
      status: c.status,
      statusLabel: t(`criteria:status.${c.status}`),
      wording: t(`criteria:${c.id}.wording`),
      reason: t(`criteria:${c.reasonKey}`),
      ...(c.nextStepKey ? { nextStep: text(c.nextStepKey) } : {}),
      source: c.source,
    })),
  };
}
