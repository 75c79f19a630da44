import {
  AWARDS,
  CREDENTIAL_STATUSES,
  DISCIPLINES,
  EDUCATION_KINDS,
  PERSON_RECORD_FORMAT,
  PROGRAM_APPROVERS,
  isCalendarDate,
  type CalendarDate,
  type CredentialEntry,
  type CredentialStatus,
  type EducationEntry,
  type FieldIssue,
  type PersonInfo,
  type PersonRecord,
  type ProgramApprover,
  type Result,
} from '@modality/domain';
import { isHoldableCredential } from '@modality/knowledge';
import { bodyByName } from './issuing-bodies.js';
import { EXTENSIONS, SYSTEMS, credentialsOfNucc } from './fhir-systems.js';

/** What reading a Practitioner gave: the record's person, education and credentials, and what was left behind. */
export interface PractitionerImport {
  readonly record: PersonRecord;
  /** One line per element that has no place in a person record, by its FHIR path and why. */
  readonly unmapped: readonly string[];
}

type Obj = Readonly<Record<string, unknown>>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const list = (v: unknown): readonly unknown[] => (Array.isArray(v) ? v : []);
const str = (v: unknown): string | undefined => (typeof v === 'string' && v.trim() !== '' ? v.trim() : undefined);
const date = (v: unknown): CalendarDate | undefined => {
  const s = str(v);
  // FHIR dates may be partial (YYYY, YYYY-MM) or carry a time; a record needs a whole day.
  const day = s?.slice(0, 10);
  return day !== undefined && isCalendarDate(day) ? day : undefined;
};
const oneOf = <T extends string>(values: readonly T[], v: unknown): T | undefined => values.find((x) => x === v);

/** Practitioner elements a person record holds; every other one is reported. */
const MAPPED = new Set(['resourceType', 'id', 'meta', 'text', 'identifier', 'name', 'birthDate', 'address', 'qualification', 'contained']);

function personName(names: readonly unknown[]): string | undefined {
  for (const n of names) {
    if (!isObj(n)) continue;
    const text = str(n.text);
    if (text !== undefined) return text;
    const parts = [...list(n.given).map(str), str(n.family)].filter((x): x is string => x !== undefined);
    if (parts.length > 0) return parts.join(' ');
  }
  return undefined;
}

function extensionsOf(q: Obj, url: string): Obj[] {
  return list(q.extension).filter((e): e is Obj => isObj(e) && e.url === url);
}

function containedNames(practitioner: Obj): Map<string, string> {
  const out = new Map<string, string>();
  for (const c of list(practitioner.contained)) {
    if (isObj(c) && c.resourceType === 'Organization' && typeof c.id === 'string' && typeof c.name === 'string') out.set(`#${c.id}`, c.name);
  }
  return out;
}

function issuerName(q: Obj, contained: Map<string, string>): string | undefined {
  if (!isObj(q.issuer)) return undefined;
  const ref = str(q.issuer.reference);
  return (ref === undefined ? undefined : contained.get(ref)) ?? str(q.issuer.display);
}

/** The credential a qualification stands for: Modality's own code, else a NUCC code the issuer makes unique. */
function credentialOf(codings: readonly Obj[], issuer: string | undefined): { code?: string; why?: string } {
  const ours = codings.find((c) => c.system === SYSTEMS.credential);
  if (ours !== undefined) {
    const code = str(ours.code);
    return code !== undefined && isHoldableCredential(code) ? { code } : { why: `unknown Modality credential code ${JSON.stringify(ours.code)}` };
  }
  const nucc = codings.find((c) => c.system === SYSTEMS.nucc);
  if (nucc === undefined) return { why: 'no NUCC or Modality credential code' };
  const body = issuer === undefined ? undefined : bodyByName(issuer);
  const candidates = credentialsOfNucc(str(nucc.code) ?? '').filter((c) => body !== undefined && c.startsWith(`${body}:`));
  if (candidates.length === 1 && candidates[0] !== undefined) return { code: candidates[0] };
  return { why: `NUCC ${String(nucc.code)} from ${issuer ?? 'an unnamed issuer'} does not name one credential Modality knows` };
}

function readCredential(q: Obj, path: string, contained: Map<string, string>, codings: readonly Obj[], unmapped: string[]): CredentialEntry | undefined {
  const found = credentialOf(codings, issuerName(q, contained));
  if (found.code === undefined) {
    unmapped.push(`${path}: ${found.why ?? 'not a credential'}`);
    return undefined;
  }
  const period = isObj(q.period) ? q.period : {};
  const earnedOn = date(period.start);
  if (earnedOn === undefined) {
    unmapped.push(`${path}: ${found.code} has no period.start, so no date it was earned`);
    return undefined;
  }
  const number = list(q.identifier).map((i) => (isObj(i) ? str(i.value) : undefined)).find((v) => v !== undefined);
  const status = oneOf<CredentialStatus>(CREDENTIAL_STATUSES, extensionsOf(q, EXTENSIONS.credentialStatus)[0]?.valueCode);
  const cycleExt = extensionsOf(q, EXTENSIONS.ceCycle)[0]?.valuePeriod;
  const cycle = isObj(cycleExt) ? { start: date(cycleExt.start), end: date(cycleExt.end) } : undefined;
  const expiresOn = date(period.end);
  const ownExport = codings.some((c) => c.system === SYSTEMS.credential);
  const ndh = extensionsOf(q, EXTENSIONS.ndhQualification)[0];
  const ndhStatus = ndh === undefined ? undefined : list(ndh.extension).find((e) => isObj(e) && e.url === 'status');
  return {
    credential: found.code,
    earnedOn,
    ...(number === undefined ? {} : { number }),
    ...(cycle?.start !== undefined && cycle.end !== undefined ? { cycle: { start: cycle.start, end: cycle.end } } : {}),
    ...(expiresOn === undefined ? {} : { expiresOn }),
    // Modality's own export states the status exactly (or not at all); from elsewhere, NDH's `active` is all there is.
    ...(status !== undefined ? { status } : !ownExport && isObj(ndhStatus) && ndhStatus.valueCode === 'active' ? { status: 'active' as const } : {}),
  };
}

function readEducation(q: Obj, path: string, coding: Obj, unmapped: string[]): EducationEntry | undefined {
  const [kind, discipline, award] = (str(coding.code) ?? '').split(':');
  const k = oneOf(EDUCATION_KINDS, kind);
  const dsc = oneOf(DISCIPLINES, discipline);
  const a = oneOf(AWARDS, award);
  const country = str(extensionsOf(q, EXTENSIONS.educationCountry)[0]?.valueCode);
  if (k === undefined || dsc === undefined || a === undefined || country === undefined) {
    unmapped.push(`${path}: education code ${JSON.stringify(coding.code)} or its country is not one Modality reads`);
    return undefined;
  }
  const approvedBy = extensionsOf(q, EXTENSIONS.educationApprovedBy)
    .map((e) => oneOf<ProgramApprover>(PROGRAM_APPROVERS, e.valueCode))
    .filter((x): x is ProgramApprover => x !== undefined);
  const period = isObj(q.period) ? q.period : {};
  const startedOn = date(period.start);
  const completedOn = date(period.end);
  return {
    kind: k,
    discipline: dsc,
    award: a,
    country,
    ...(approvedBy.length === 0 ? {} : { approvedBy }),
    ...(startedOn === undefined ? {} : { startedOn }),
    ...(completedOn === undefined ? {} : { completedOn }),
  };
}

/**
 * Reads a FHIR R4 `Practitioner` (parsed JSON, untrusted) back into a person record: the person, and each
 * qualification Modality can name as a credential or an education entry. Everything else is listed in
 * `unmapped` by its path, so nothing is dropped silently. The record still has to pass
 * `parsePersonRecord` (the caller does that). Pure.
 *
 * @returns the record and the unmapped list, or the fields a person record cannot do without
 * @example
 * const r = practitionerToRecord(JSON.parse(text));
 * if (r.ok) r.value.unmapped; // ['telecom: contact details are not part of a person record', …]
 */
export function practitionerToRecord(input: unknown): Result<PractitionerImport, FieldIssue[]> {
  if (!isObj(input) || input.resourceType !== 'Practitioner') {
    return { ok: false, error: [{ path: 'resourceType', message: `expected "Practitioner", got ${JSON.stringify(isObj(input) ? input.resourceType : input)}` }] };
  }
  const issues: FieldIssue[] = [];
  const unmapped: string[] = [];
  const name = personName(list(input.name));
  const birthDate = date(input.birthDate);
  const address = list(input.address).find(isObj);
  const country = str(address?.country)?.toUpperCase();
  if (name === undefined) issues.push({ path: 'name', message: 'a person record needs a name (name.text, or given and family)' });
  if (birthDate === undefined) issues.push({ path: 'birthDate', message: `a person record needs a whole birth date YYYY-MM-DD, got ${JSON.stringify(input.birthDate)}` });
  if (country === undefined || !/^[A-Z]{2}$/.test(country)) issues.push({ path: 'address[0].country', message: `a person record needs an ISO 3166-1 alpha-2 country, got ${JSON.stringify(address?.country)}` });
  if (name === undefined || birthDate === undefined || country === undefined || issues.length > 0) return { ok: false, error: issues };

  for (const key of Object.keys(input)) if (!MAPPED.has(key)) unmapped.push(`${key}: not part of a person record`);
  const id = list(input.identifier).map((i) => (isObj(i) && i.system === SYSTEMS.personId ? str(i.value) : undefined)).find((v) => v !== undefined);
  const state = str(address?.state);
  const person: PersonInfo = {
    ...(id === undefined ? {} : { id }),
    name,
    birthDate,
    country,
    ...(state === undefined || !/^[A-Za-z0-9]{1,3}$/.test(state) ? {} : { region: `${country.toLowerCase()}-${state.toLowerCase()}` }),
  };
  const contained = containedNames(input);
  const credentials: CredentialEntry[] = [];
  const education: EducationEntry[] = [];
  list(input.qualification).forEach((q, i) => {
    const path = `qualification[${String(i)}]`;
    if (!isObj(q)) return void unmapped.push(`${path}: not an object`);
    const codings = isObj(q.code) ? list(q.code.coding).filter(isObj) : [];
    const edu = codings.find((c) => c.system === SYSTEMS.education);
    if (edu !== undefined) {
      const e = readEducation(q, path, edu, unmapped);
      if (e !== undefined) education.push(e);
      return;
    }
    const c = readCredential(q, path, contained, codings, unmapped);
    if (c !== undefined) credentials.push(c);
  });
  const record: PersonRecord = {
    format: PERSON_RECORD_FORMAT,
    person,
    ...(education.length === 0 ? {} : { education }),
    ...(credentials.length === 0 ? {} : { credentials }),
  };
  return { ok: true, value: { record, unmapped } };
}
