export { recordToPractitioner, educationCode } from './practitioner-export.js';
export { practitionerToRecord, type PractitionerImport } from './practitioner-import.js';
export { EXTENSIONS, FHIR_MAPPING_SOURCES, MODALITY_FHIR_BASE, SYSTEMS, numberSystem, nuccCoding } from './fhir-systems.js';
export { issuingBody } from './issuing-bodies.js';
