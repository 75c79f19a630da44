import { ValidationError, type PersonRecord } from '@modality/domain';
import { practitionerToRecord, recordToPractitioner } from '@modality/interop';
import type { Practitioner } from 'fhir/r4.js';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import { importRecordAsOperator, type ImportOutcome } from '../people/record-import.js';
import { exportRecord, exportRecordAsOperator } from '../people/record-read.js';

/** A person's credentials as a FHIR R4 Practitioner (same access rule, and audit, as reading the record). */
export async function practitionerOf(deps: Deps, principal: Principal, personId: string): Promise<Practitioner> {
  return recordToPractitioner(await exportRecord(deps, principal, personId));
}

/** The operator's FHIR export (CLI). */
export async function practitionerOfAsOperator(deps: Deps, personId: string): Promise<Practitioner> {
  return recordToPractitioner(await exportRecordAsOperator(deps, personId));
}

/** What a FHIR import did, and what it could not carry over. */
export interface PractitionerImportOutcome extends ImportOutcome {
  readonly unmapped: readonly string[];
}

/**
 * Imports a FHIR R4 Practitioner (parsed JSON, untrusted) as the operator: its person, education and
 * credentials replace those of the person it names (by `--person`, or its Modality person identifier),
 * keeping that person's CE, clinical log, exams and wallet, which a Practitioner does not carry; or a new
 * person. `validate` is the person-record contract's own check (zod lives outside the app). One
 * transaction; importing the same file twice changes nothing.
 */
export async function importPractitionerAsOperator(
  deps: Deps,
  input: unknown,
  validate: (record: unknown) => { ok: true; value: PersonRecord } | { ok: false; error: ValidationError['issues'] },
  personId?: string,
): Promise<PractitionerImportOutcome> {
  const read = practitionerToRecord(input);
  if (!read.ok) throw new ValidationError(read.error, 'The file is not a Practitioner Modality can read');
  const id = personId ?? read.value.record.person.id;
  const existing = id === undefined ? undefined : await deps.store.people.findById(id).then((p) => (p === undefined ? undefined : deps.store.people.getRecord(p.id)));
  const { education, credentials, person } = read.value.record;
  const merged = {
    ...(existing ?? {}),
    format: read.value.record.format,
    person: existing?.person.id === undefined ? person : { ...person, id: existing.person.id },
    ...(education === undefined ? {} : { education }),
    ...(credentials === undefined ? {} : { credentials }),
  };
  const checked = validate(JSON.parse(JSON.stringify(merged)));
  if (!checked.ok) throw new ValidationError(checked.error, 'The Practitioner does not make a valid person record');
  const outcome = await importRecordAsOperator(deps, checked.value, existing === undefined ? undefined : personId ?? existing.person.id);
  return { ...outcome, unmapped: read.value.unmapped };
}
