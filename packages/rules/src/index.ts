export * from './verdict.js';
export { evaluate, hasEligibilityRules, type EvaluateOptions } from './evaluate.js';
export { deadlinesToIcs, escapeText, foldLine, type IcsOptions } from './ics.js';
export {
  arrtBiennium,
  arrtFirstRegistrationEnd,
  arrtProbationEnd,
  arrtReinstatement,
  arrtRenewalDue,
  arrtRenewalWindowOpens,
  renewalWindowOpens,
  REINSTATEMENT_ROUTES,
  type ReinstatementRoute,
} from './arrt-biennium.js';
export { cqrApplies, cqrPeriod, type CqrPeriod } from './cqr.js';
export { ardmsFiveYearDeadline } from './ardms-five-year.js';
export { ardmsCmePeriod } from './ardms-cme.js';
export { cycleStatus, AT_RISK_DAYS } from './ce-cycle.js';
export { ceCycleBreakdown, type CountedActivity, type CycleBreakdown } from './ce-breakdown.js';
export {
  clinicalRequirementsOf,
  evaluateClinicalRequirements,
  type ClinicalRequirement,
  type ClinicalRequirementResult,
  type ClinicalRequirementsVerdict,
} from './clinical-requirements.js';
export { evaluatePostprimaryLog, type PostprimaryLogEntry, type PostprimaryLogEvaluation } from './postprimary-log.js';
