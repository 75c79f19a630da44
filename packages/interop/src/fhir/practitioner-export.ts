import type { CredentialEntry, EducationEntry, PersonRecord } from '@modality/domain';
import { findCredential, findJurisdiction } from '@modality/knowledge';
import type { Coding, Extension, Organization, Practitioner, PractitionerQualification } from 'fhir/r4.js';
import { issuingBody } from './issuing-bodies.js';
import { EXTENSIONS, NUCC_RADIOLOGIC_TECHNOLOGIST, SYSTEMS, V2_0360_OF_AWARD, numberSystem, nuccCoding } from './fhir-systems.js';

/** NDH STU1 fixes the qualification `status` to `active`; other statuses travel in Modality's own extension. */
const NDH_ACTIVE: ReadonlySet<string> = new Set(['active', 'probation']);

/** `us-tx` → `{ code: 'TX', name: 'Texas' }` for a US state; undefined elsewhere. */
function usState(jurisdiction: string): { code: string; name: string } | undefined {
  if (!jurisdiction.startsWith('us-')) return undefined;
  const j = findJurisdiction(jurisdiction);
  return j === undefined ? undefined : { code: jurisdiction.slice(3).toUpperCase(), name: j.name };
}

const orgId = (bodyId: string): string => `org-${bodyId.replace(/[^A-Za-z0-9-]/g, '-')}`;

function credentialQualification(c: CredentialEntry, orgs: Map<string, Organization>): PractitionerQualification {
  const entry = findCredential(c.credential);
  const licence = entry?.kind === 'licence' || entry?.kind === 'permit';
  const ours: Coding = { system: SYSTEMS.credential, code: c.credential, ...(entry === undefined ? {} : { display: entry.name }) };
  const nucc = nuccCoding(c.credential) ?? (licence ? NUCC_RADIOLOGIC_TECHNOLOGIST : undefined);
  const extension: Extension[] = [];
  const state = licence ? usState(c.credential.slice(0, c.credential.indexOf(':'))) : undefined;
  if (c.status === undefined || NDH_ACTIVE.has(c.status)) {
    extension.push({
      url: EXTENSIONS.ndhQualification,
      extension: [
        { url: 'status', valueCode: 'active' },
        ...(state === undefined ? [] : [{ url: 'whereValid', valueCodeableConcept: { coding: [{ system: SYSTEMS.uspsState, code: state.code }], text: state.name } }]),
      ],
    });
  }
  if (c.status !== undefined) extension.push({ url: EXTENSIONS.credentialStatus, valueCode: c.status });
  if (c.cycle !== undefined) extension.push({ url: EXTENSIONS.ceCycle, valuePeriod: { start: c.cycle.start, end: c.cycle.end } });
  const body = issuingBody(c.credential);
  if (body !== undefined && !orgs.has(body.id)) orgs.set(body.id, { resourceType: 'Organization', id: orgId(body.id), name: body.name });
  return {
    ...(extension.length === 0 ? {} : { extension }),
    ...(c.number === undefined ? {} : { identifier: [{ system: numberSystem(c.credential), value: c.number }] }),
    code: { coding: nucc === undefined ? [ours] : [nucc, ours], text: entry?.name ?? c.credential },
    period: { start: c.earnedOn, ...(c.expiresOn === undefined ? {} : { end: c.expiresOn }) },
    ...(body === undefined ? {} : { issuer: { reference: `#${orgId(body.id)}`, display: body.name } }),
  };
}

/** The education code of an entry: `kind:discipline:award`, e.g. `program:radiography:associate`. */
export const educationCode = (e: Pick<EducationEntry, 'kind' | 'discipline' | 'award'>): string => `${e.kind}:${e.discipline}:${e.award}`;

function educationQualification(e: EducationEntry): PractitionerQualification {
  const v2 = V2_0360_OF_AWARD[e.award];
  const text = `${e.kind === 'program' ? 'Professional program' : 'Degree'} (${e.discipline}, ${e.award})`;
  const extension: Extension[] = [
    { url: EXTENSIONS.educationCountry, valueCode: e.country },
    ...(e.approvedBy ?? []).map((a) => ({ url: EXTENSIONS.educationApprovedBy, valueCode: a })),
  ];
  const period = { ...(e.startedOn === undefined ? {} : { start: e.startedOn }), ...(e.completedOn === undefined ? {} : { end: e.completedOn }) };
  return {
    extension,
    code: { coding: [...(v2 === undefined ? [] : [{ system: SYSTEMS.v20360, ...v2 }]), { system: SYSTEMS.education, code: educationCode(e), display: text }], text },
    ...(Object.keys(period).length === 0 ? {} : { period }),
  };
}

/**
 * A person record as a FHIR R4 `Practitioner`: the person (name, birth date, where they live) and every
 * credential and education entry as a `qualification` — NUCC taxonomy codes where the credential has one,
 * the Modality credential code always, the number as an identifier, the issuing body as a contained
 * `Organization`, and for active credentials the HL7 NDH qualification extension (`status`, and
 * `whereValid` for a US state licence). CE, clinical log, exams and received credentials have no place in
 * a Practitioner and are left out. Pure.
 *
 * @example
 * recordToPractitioner(anaReyes).qualification?.[0]?.code.coding?.map((c) => c.code) // ['2471C3402X', 'arrt:R']
 */
export function recordToPractitioner(record: PersonRecord): Practitioner {
  const p = record.person;
  const orgs = new Map<string, Organization>();
  const qualification = [...(record.credentials ?? []).map((c) => credentialQualification(c, orgs)), ...(record.education ?? []).map(educationQualification)];
  const region = p.region === undefined ? undefined : p.region.slice(p.region.indexOf('-') + 1).toUpperCase();
  return {
    resourceType: 'Practitioner',
    ...(orgs.size === 0 ? {} : { contained: [...orgs.values()] }),
    ...(p.id === undefined ? {} : { identifier: [{ system: SYSTEMS.personId, value: p.id }] }),
    name: [{ text: p.name }],
    birthDate: p.birthDate,
    address: [{ country: p.country, ...(region === undefined ? {} : { state: region }) }],
    ...(qualification.length === 0 ? {} : { qualification }),
  };
}
