/**
 * The onboarding form as data: who the person is and what they hold, as typed, made into a first person
 * record (v1) and checked with the record's own contract — the import's — before it is sent.
 */
import { personRecordSchema, toFieldIssues } from '@modality/contracts';

export interface HeldRow {
  readonly credential: string;
  readonly earnedOn: string;
  readonly number: string;
}

export interface OnboardingValues {
  readonly name: string;
  readonly birthDate: string;
  readonly country: string;
  /** A US state's code (`us-tx`) when the country is the United States; empty otherwise. */
  readonly region: string;
  readonly held: readonly HeldRow[];
}

export const EMPTY_HELD: HeldRow = { credential: '', earnedOn: '', number: '' };

export type OnboardingErrors = Readonly<Record<string, readonly string[]>>;

export type OnboardingCheck =
  { readonly ok: true; readonly record: unknown } | { readonly ok: false; readonly errors: OnboardingErrors };

/**
 * The first record from the form. Error keys are the form's own: `name`, `birthDate`, `country`,
 * `region`, and `held.{i}.credential` / `.earnedOn` / `.number` for the i-th credential row.
 */
export function buildFirstRecord(values: OnboardingValues): OnboardingCheck {
  const credentials = values.held.map((h) => ({
    credential: h.credential,
    earnedOn: h.earnedOn.trim(),
    ...(h.number.trim() === '' ? {} : { number: h.number.trim() }),
  }));
  const record = {
    format: 'modality/person-record@1',
    person: {
      name: values.name.trim(),
      birthDate: values.birthDate.trim(),
      country: values.country,
      ...(values.country === 'US' && values.region !== '' ? { region: values.region } : {}),
    },
    credentials,
  };
  const parsed = personRecordSchema.safeParse(record);
  if (parsed.success) return { ok: true, record: parsed.data };
  return { ok: false, errors: placeRecordIssues(toFieldIssues(parsed.error.issues)) };
}

/** Issues of the record (ours or the server's) keyed by the form's fields. */
export function placeRecordIssues(
  issues: readonly { readonly path: string; readonly message: string }[],
): OnboardingErrors {
  const errors: Record<string, string[]> = {};
  for (const issue of issues) {
    const person = /^person\.(\w+)/.exec(issue.path);
    const held = /^credentials\[(\d+)\]\.(credential|earnedOn|number)/.exec(issue.path);
    const key = person !== null ? person[1] : held !== null ? `held.${held[1]}.${held[2]}` : '';
    (errors[key ?? ''] ??= []).push(issue.message);
  }
  return errors;
}
