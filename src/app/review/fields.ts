/** app/review/fields — titles and prompts for the assumption register (ASSUMPTION_FIELDS). */
import type { AssumptionField } from '../../engine';

export const FIELD_TEXT: Record<AssumptionField, { title: string; prompt: string }> = {
  question: { title: 'Causal question', prompt: 'What effect of what on what, in whom?' },
  estimand: { title: 'Estimand', prompt: 'e.g. average treatment effect on the treated, risk difference' },
  treatment: { title: 'Treatment definition', prompt: 'What exactly is the exposure, and its comparison?' },
  outcome: { title: 'Outcome definition', prompt: 'How and when is the outcome measured?' },
  unit: { title: 'Unit of analysis', prompt: 'Person, session, household, cluster…' },
  design: { title: 'Design', prompt: 'Observational cohort, randomised trial, regression discontinuity…' },
  assumptions: { title: 'Identification assumptions', prompt: 'No unmeasured confounding given…, positivity, consistency' },
  interference: { title: 'Interference review', prompt: 'Can one unit’s treatment affect another unit’s outcome?' },
  monitoring: { title: 'Monitoring plan', prompt: 'What would show the assumptions failing, and who checks?' },
};
