export * from './credentials/catalogue.js';
export * from './rules/rule.js';
export * from './rules/packs.js';
export { ARRT_RULES, ARRT_PACK, ARRT_CREDENTIALS, ARRT_PRIMARY_DISCIPLINES } from './rules/arrt.rules.js';
export { ARDMS_RULES, ARDMS_PACK, ARDMS_SONOGRAPHER_CREDENTIALS, ARDMS_SPECIALTY_EXAMS } from './rules/ardms.rules.js';
export { NMTCB_RULES, NMTCB_PACK } from './rules/nmtcb.rules.js';
export { US_STATE_RULES, US_STATES_PACK } from './rules/us-states.rules.js';
export { INTERNATIONAL_RULES, INTERNATIONAL_PACK, HCPC_LEARNING_TYPES } from './rules/international.rules.js';
export * from './careers/index.js';
