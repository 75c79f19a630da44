/**
 * `@modality/knowledge/codes`: the code lists alone — credential catalogue (codes, kinds, names),
 * jurisdictions, job-role codes, confidence levels and figure units — for schemas that validate codes
 * (`@modality/contracts`) without loading the rule packs or the careers facts. The package index
 * re-exports all of this too.
 */
export * from './credentials/catalogue.js';
export { issuerName } from './credentials/issuers.js';
export * from './careers/jurisdiction-list.js';
export * from './careers/job-role-codes.js';
export { CONFIDENCES, type Confidence } from './rule-packs/rule.js';
export { FIGURE_UNITS, type FigureUnit } from './careers/fact.js';
export { confidenceWords, publisherOf } from './publishers.js';
export { disciplineName, procedureName } from './careers/discipline-names.js';
export { PROCEDURE_SECTIONS, type ProcedureSection } from './clinical/procedures.js';
export { REQUIREMENT_SET_DISCIPLINES, type RequirementSetDiscipline } from './clinical/requirement-sets.js';
export { ceTopicName } from './credentials/ce-topic-names.js';
