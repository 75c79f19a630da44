/**
 * The record forms of the credentials, education and exam sections as data: the fields of each (text as
 * typed), how they become one entry of the person record v1 — checked with the contract's own schema for
 * that section, the one the server and the import use — and where each error is shown.
 */
import {
  credentialEntrySchema,
  educationEntrySchema,
  examEntrySchema,
  toFieldIssues,
  type Catalogue,
} from '@modality/contracts';
import type { z } from 'zod';

/** The sections edited with these forms (CE has its own form, shared with the credentials page). */
export type FormSection = 'credentials' | 'education' | 'exams';

export interface Choice {
  readonly value: string;
  readonly label: string;
}

export interface ChoiceGroup {
  readonly label: string;
  readonly choices: readonly Choice[];
}

/** One field: `name` is the entry's key (`cycle.start` for a nested one). */
export interface EntryFieldSpec {
  readonly name: string;
  readonly label: string;
  readonly type: 'text' | 'date' | 'select';
  readonly optional?: boolean;
  readonly hint?: string;
  /** For a select: the choices, in groups (one group with an empty label: no group heading). */
  readonly groups?: readonly ChoiceGroup[];
}

export type EntryValues = Readonly<Record<string, string>>;
export type EntryErrors = Readonly<Record<string, readonly string[]>>;

const DATE_HINT = 'A date as YYYY-MM-DD, e.g. 2024-06-01.';

const words = (code: string) => code.charAt(0).toUpperCase() + code.slice(1).replaceAll('-', ' ');
const plain = (values: readonly string[], label: (v: string) => string = words): ChoiceGroup[] => [
  { label: '', choices: values.map((v) => ({ value: v, label: label(v) })) },
];

const DISCIPLINE_LABELS: Readonly<Record<string, string>> = { mri: 'MRI', ct: 'CT (computed tomography)' };
const AWARD_LABELS: Readonly<Record<string, string>> = {
  certificate: 'Certificate',
  associate: 'Associate degree',
  bachelor: "Bachelor's degree",
  master: "Master's degree",
  doctorate: 'Doctorate',
};
const RESULT_LABELS: Readonly<Record<string, string>> = {
  pass: 'Passed',
  fail: 'Not passed',
  scheduled: 'Scheduled',
};

/** Credentials of a kind set from the catalogue, grouped by who issues them, in display words. */
export function credentialGroups(catalogue: Catalogue | undefined, holdable: boolean): ChoiceGroup[] {
  const groups = new Map<string, Choice[]>();
  for (const c of catalogue?.credentials ?? []) {
    if (c.holdable !== holdable) continue;
    const label = c.abbreviation === null ? c.name : `${c.name} — ${c.abbreviation}`;
    const list = groups.get(c.issuer.name) ?? [];
    list.push({ value: c.code, label });
    groups.set(c.issuer.name, list);
  }
  return [...groups.entries()].map(([label, choices]) => ({ label, choices }));
}

/** Countries by name (the record keeps the two-letter code), from the catalogue's jurisdictions. */
export function countryGroups(catalogue: Catalogue | undefined): ChoiceGroup[] {
  const countries = (catalogue?.jurisdictions ?? [])
    .filter((j) => j.kind === 'country')
    .map((j) => ({ value: j.country, label: j.name }));
  if (!countries.some((c) => c.value === 'US')) countries.unshift({ value: 'US', label: 'United States' });
  return [{ label: '', choices: countries.sort((a, b) => a.label.localeCompare(b.label)) }];
}

/** The fields of a section's form, their choices read from the catalogue and the contract. */
export function entryFields(
  section: FormSection,
  catalogue: Catalogue | undefined,
): readonly EntryFieldSpec[] {
  switch (section) {
    case 'credentials':
      return [
        {
          name: 'credential',
          label: 'Credential or licence',
          type: 'select',
          groups: credentialGroups(catalogue, true),
        },
        { name: 'earnedOn', label: 'Earned or issued on', type: 'date', hint: DATE_HINT },
        {
          name: 'number',
          label: 'Number',
          type: 'text',
          optional: true,
          hint: 'The registration, certificate or licence number.',
        },
        { name: 'expiresOn', label: 'Expires on', type: 'date', optional: true, hint: DATE_HINT },
        { name: 'cycle.start', label: 'CE cycle starts', type: 'date', optional: true, hint: DATE_HINT },
        { name: 'cycle.end', label: 'CE cycle ends', type: 'date', optional: true, hint: DATE_HINT },
        {
          name: 'status',
          label: 'Status',
          type: 'select',
          optional: true,
          groups: plain(credentialEntrySchema.shape.status.unwrap().options),
        },
      ];
    case 'education':
      return [
        {
          name: 'kind',
          label: 'Kind',
          type: 'select',
          groups: plain(educationEntrySchema.shape.kind.options),
        },
        {
          name: 'discipline',
          label: 'Discipline',
          type: 'select',
          groups: plain(
            educationEntrySchema.shape.discipline.options,
            (d) => DISCIPLINE_LABELS[d] ?? words(d),
          ),
        },
        {
          name: 'award',
          label: 'Award',
          type: 'select',
          groups: plain(educationEntrySchema.shape.award.options, (a) => AWARD_LABELS[a] ?? words(a)),
        },
        { name: 'country', label: 'Country', type: 'select', groups: countryGroups(catalogue) },
        { name: 'startedOn', label: 'Started on', type: 'date', optional: true, hint: DATE_HINT },
        { name: 'completedOn', label: 'Completed on', type: 'date', optional: true, hint: DATE_HINT },
      ];
    case 'exams':
      return [
        { name: 'exam', label: 'Examination', type: 'select', groups: credentialGroups(catalogue, false) },
        { name: 'windowStart', label: 'Window opens', type: 'date', optional: true, hint: DATE_HINT },
        { name: 'takenOn', label: 'Taken (or booked) on', type: 'date', optional: true, hint: DATE_HINT },
        {
          name: 'result',
          label: 'Result',
          type: 'select',
          optional: true,
          groups: plain(examEntrySchema.shape.result.unwrap().options, (r) => RESULT_LABELS[r] ?? words(r)),
        },
      ];
  }
}

const SCHEMAS: Readonly<Record<FormSection, z.ZodType>> = {
  credentials: credentialEntrySchema,
  education: educationEntrySchema,
  exams: examEntrySchema,
};

/** A form's values from a stored entry (to edit it), or empty ones (to add); a select starts on its first choice. */
export function valuesOf(
  fields: readonly EntryFieldSpec[],
  entry: Readonly<Record<string, unknown>> | undefined,
): EntryValues {
  const values: Record<string, string> = {};
  for (const f of fields) {
    const [head = '', tail] = f.name.split('.');
    const raw: unknown =
      tail === undefined ? entry?.[head] : (entry?.[head] as Record<string, unknown> | undefined)?.[tail];
    const first = f.optional === true ? '' : (f.groups?.[0]?.choices[0]?.value ?? '');
    values[f.name] =
      typeof raw === 'string' ? raw : entry === undefined ? (f.type === 'select' ? first : '') : '';
  }
  return values;
}

/**
 * The values with each required select that holds nothing set to its first choice: what the select shows
 * (its choices may have arrived after the form was opened).
 */
export function withDefaults(fields: readonly EntryFieldSpec[], values: EntryValues): EntryValues {
  const out: Record<string, string> = { ...values };
  for (const f of fields) {
    if (f.type === 'select' && f.optional !== true && (out[f.name] ?? '') === '')
      out[f.name] = f.groups?.[0]?.choices[0]?.value ?? '';
  }
  return out;
}

/** The field an error path (`cycle.end`, `approvedBy[0]`) is shown on, or `null` for above the form. */
function fieldOf(fields: readonly EntryFieldSpec[], path: string): string | null {
  const exact = fields.find((f) => f.name === path);
  if (exact !== undefined) return exact.name;
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  if (head === 'cycle') return 'cycle.start';
  return fields.find((f) => f.name === head)?.name ?? null;
}

export type EntryValidation =
  | { readonly ok: true; readonly entry: unknown }
  | { readonly ok: false; readonly errors: EntryErrors; readonly form: readonly string[] };

/**
 * Builds the entry from what was typed — over the stored entry when editing, so fields this form does not
 * show are kept — and checks it with the section's contract. An empty optional field is left out.
 */
export function buildEntry(
  section: FormSection,
  fields: readonly EntryFieldSpec[],
  values: EntryValues,
  base: Readonly<Record<string, unknown>> | undefined,
): EntryValidation {
  const typed = withDefaults(fields, values);
  // Keys this form owns start empty; the rest of the stored entry is kept as it was.
  const owned = new Set(fields.map((f) => f.name.split('.')[0] ?? ''));
  const entry: Record<string, unknown> = Object.fromEntries(
    Object.entries(base ?? {}).filter(([k]) => !owned.has(k)),
  );
  const nested: Record<string, Record<string, string>> = {};
  for (const f of fields) {
    const value = (typed[f.name] ?? '').trim();
    const [head = '', tail] = f.name.split('.');
    if (tail !== undefined) {
      if (value !== '') (nested[head] ??= {})[tail] = value;
    } else if (value !== '' || f.optional !== true) entry[head] = value;
  }
  for (const [key, value] of Object.entries(nested)) entry[key] = value;
  const parsed = SCHEMAS[section].safeParse(entry);
  if (parsed.success) return { ok: true, entry: parsed.data };
  const errors: Record<string, string[]> = {};
  const form: string[] = [];
  for (const issue of toFieldIssues(parsed.error.issues)) {
    const field = fieldOf(fields, issue.path);
    if (field === null) form.push(issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`);
    else (errors[field] ??= []).push(issue.message);
  }
  return { ok: false, errors, form };
}

/** The server's field errors (a 400 on this entry), placed like the form's own. */
export function placeIssues(
  fields: readonly EntryFieldSpec[],
  issues: readonly { readonly path: string; readonly message: string }[],
): { errors: EntryErrors; form: string[] } {
  const errors: Record<string, string[]> = {};
  const form: string[] = [];
  for (const issue of issues) {
    const field = fieldOf(fields, issue.path);
    if (field === null) form.push(issue.message);
    else (errors[field] ??= []).push(issue.message);
  }
  return { errors, form };
}
