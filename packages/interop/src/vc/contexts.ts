/** The JSON-LD contexts every credential Modality issues starts with, VC 2.0 first (VC Data Model 2.0 §4.3). */
export const VC_V2_CONTEXT = 'https://www.w3.org/ns/credentials/v2';
/** 1EdTech Open Badges 3.0 context, version 3.0.3. */
export const OB_V3_CONTEXT = 'https://purl.imsglobal.org/spec/ob/v3p0/context-3.0.3.json';
export const CREDENTIAL_CONTEXTS = [VC_V2_CONTEXT, OB_V3_CONTEXT] as const;
