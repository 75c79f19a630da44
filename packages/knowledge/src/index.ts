export * from './credentials/catalogue.js';
export * from './rule-packs/rule.js';
export * from './rule-packs/packs.js';
export { ARRT_RULES, ARRT_PACK, ARRT_CREDENTIALS, ARRT_PRIMARY_DISCIPLINES } from './rule-packs/arrt.rules.js';
export { ARDMS_RULES, ARDMS_PACK, ARDMS_SONOGRAPHER_CREDENTIALS, ARDMS_SPECIALTY_EXAMS } from './rule-packs/ardms.rules.js';
export { NMTCB_RULES, NMTCB_PACK } from './rule-packs/nmtcb.rules.js';
export { US_STATE_RULES, US_STATES_PACK } from './rule-packs/us-states.rules.js';
export { INTERNATIONAL_RULES, INTERNATIONAL_PACK, HCPC_LEARNING_TYPES } from './rule-packs/international.rules.js';
export * from './careers/index.js';
