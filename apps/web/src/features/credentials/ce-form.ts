/**
 * The "add a CE activity" form as data: what the fields hold (text, as typed), how that becomes one CE
 * activity of the person record v1, and how every error — the contract's own schema run here, or the
 * server's 400 — lands on the field it is about.
 */
import { ceActivitySchema, toFieldIssues } from '@modality/contracts';
import type { CeActivityInput } from '../../api/queries';
import type { DisplayNames } from '../../catalogue/display-names';

export interface CeFormValues {
  readonly title: string;
  readonly completedOn: string;
  readonly kind: string;
  readonly credits: string;
  readonly semesterCredits: string;
  readonly quarterCredits: string;
  readonly category: string;
  /** Topic codes separated by commas or spaces. */
  readonly topics: string;
  readonly contentCategory: string;
  readonly forCredential: string;
}

export type CeField = keyof CeFormValues;

/** The fields in the order they appear (the first invalid one takes focus). */
export const CE_FIELDS: readonly CeField[] = [
  'title',
  'completedOn',
  'kind',
  'credits',
  'semesterCredits',
  'quarterCredits',
  'category',
  'topics',
  'contentCategory',
  'forCredential',
];

export const EMPTY_CE_FORM: CeFormValues = {
  title: '',
  completedOn: '',
  kind: 'activity',
  credits: '',
  semesterCredits: '',
  quarterCredits: '',
  category: '',
  topics: '',
  contentCategory: '',
  forCredential: '',
};

/** The kinds and categories the contract allows, read from its schema (never a second list to keep in step). */
export const CE_KINDS = ceActivitySchema.shape.kind.unwrap().options;
export const CE_CATEGORIES = ceActivitySchema.shape.category.unwrap().options;
export type CeKind = (typeof CE_KINDS)[number];

export const CE_KIND_LABELS: Readonly<Record<CeKind, string>> = {
  activity: 'CE activity (course, article, conference)',
  academic: 'Academic course (college credit)',
  acls: 'ACLS',
  pals: 'PALS',
  'structured-education': 'Structured education (towards a postprimary credential)',
  'cqr-prescribed': 'CQR-prescribed activity',
};

/** Credentials an activity may be "for": those a person can hold (not examinations), as `Name (code)`. */
export function forCredentialOptions(
  holdable: DisplayNames['holdableCredentials'],
): { readonly code: string; readonly label: string }[] {
  return holdable.map((c) => ({ code: c.code, label: `${c.name} (${c.code})` }));
}

/** Which fields the form shows for a kind (the rest are neither shown nor sent). */
export function visibleFields(kind: string): ReadonlySet<CeField> {
  const fields = new Set<CeField>(['title', 'completedOn', 'kind', 'category', 'topics']);
  if (kind === 'academic') {
    fields.add('semesterCredits');
    fields.add('quarterCredits');
  } else {
    fields.add('credits');
  }
  if (kind === 'structured-education') fields.add('contentCategory');
  if (kind === 'structured-education' || kind === 'cqr-prescribed') fields.add('forCredential');
  return fields;
}

export type CeFieldErrors = Partial<Record<CeField, string[]>>;

export interface CeErrors {
  readonly fields: CeFieldErrors;
  /** Errors that name no field of the form (shown above it). */
  readonly form: string[];
}

export const NO_ERRORS: CeErrors = { fields: {}, form: [] };

export function hasErrors(errors: CeErrors): boolean {
  return errors.form.length > 0 || Object.values(errors.fields).some((list) => list.length > 0);
}

/** Splits "ct, radiation-safety  msk" into topic codes. */
export function splitTopics(text: string): string[] {
  return text
    .split(/[\s,;]+/)
    .map((t) => t.trim())
    .filter((t) => t !== '');
}

const NUMBER_TEXT = /^\d+(\.\d+)?$/;

/**
 * Where an error path of a CE activity (`credits`, `topics[1]`, `` for the whole activity) is shown.
 * `null`: nowhere on the form (it goes above it).
 */
export function fieldOfPath(path: string): CeField | null {
  const head = /^[A-Za-z]+/.exec(path)?.[0];
  return head !== undefined && (CE_FIELDS as readonly string[]).includes(head) ? (head as CeField) : null;
}

/**
 * Pins each issue to its field. A message about one topic of the list names the topic, so the person
 * knows which one (`"Bad Topic": expected a topic code …`).
 */
export function groupIssues(
  issues: readonly { readonly path: string; readonly message: string }[],
  topics: readonly string[] = [],
): CeErrors {
  const fields: Record<string, string[]> = {};
  const form: string[] = [];
  for (const issue of issues) {
    const field = fieldOfPath(issue.path);
    if (field === null) {
      form.push(issue.path === '' ? issue.message : `${issue.path}: ${issue.message}`);
      continue;
    }
    let message = issue.message;
    const index = /^topics\[(\d+)\]/.exec(issue.path)?.[1];
    const topic = index === undefined ? undefined : topics[Number(index)];
    if (topic !== undefined) message = `“${topic}”: ${message}`;
    const list = (fields[field] ??= []);
    if (!list.includes(message)) list.push(message);
  }
  return { fields, form };
}

export type CeValidation =
  | { readonly ok: true; readonly activity: CeActivityInput }
  | { readonly ok: false; readonly errors: CeErrors };

/**
 * Builds the activity from what was typed and checks it with the contract's `ceActivitySchema` — the
 * schema the server checks it with — so the form says what is wrong before anything is sent.
 */
export function validateCeForm(values: CeFormValues): CeValidation {
  const shown = visibleFields(values.kind);
  const activity: Record<string, unknown> = {};
  const numberIssues: { path: string; message: string }[] = [];
  const text = (field: CeField) => (shown.has(field) ? values[field].trim() : '');

  const setText = (field: CeField) => {
    const v = text(field);
    if (v !== '') activity[field] = v;
  };
  const setNumber = (field: 'credits' | 'semesterCredits' | 'quarterCredits') => {
    const v = text(field);
    if (v === '') return;
    if (NUMBER_TEXT.test(v)) activity[field] = Number(v);
    else numberIssues.push({ path: field, message: 'enter a number such as 1 or 1.5' });
  };

  // The title and date are sent even when empty, so that the schema reports them as missing or wrong.
  activity['title'] = values.title.trim();
  activity['completedOn'] = values.completedOn.trim();
  setText('kind');
  setNumber('credits');
  setNumber('semesterCredits');
  setNumber('quarterCredits');
  setText('category');
  const topics = splitTopics(text('topics'));
  if (topics.length > 0) activity['topics'] = topics;
  setText('contentCategory');
  setText('forCredential');

  const parsed = ceActivitySchema.safeParse(activity);
  const badNumbers = new Set(numberIssues.map((i) => i.path));
  const schemaIssues = parsed.success
    ? []
    : toFieldIssues(parsed.error.issues).filter((i) => !badNumbers.has(fieldOfPath(i.path) ?? ''));
  const issues = [...numberIssues, ...schemaIssues];
  if (issues.length > 0 || !parsed.success) {
    return { ok: false, errors: groupIssues(issues, topics) };
  }
  return { ok: true, activity: parsed.data };
}

/** The first field (in form order) that has an error. */
export function firstInvalidField(errors: CeErrors): CeField | undefined {
  return CE_FIELDS.find((f) => (errors.fields[f]?.length ?? 0) > 0);
}

/** "2 credits", "3 semester credits" — what an activity is worth, as typed. */
export function describeWorth(activity: CeActivityInput): string {
  if (activity.credits !== undefined)
    return `${activity.credits} ${activity.credits === 1 ? 'credit' : 'credits'}`;
  if (activity.semesterCredits !== undefined) return `${activity.semesterCredits} semester credits`;
  if (activity.quarterCredits !== undefined) return `${activity.quarterCredits} quarter credits`;
  return 'no credits';
}

/** A question of the CE form (`GET /people/{id}/ce-questions`): what a "yes" adds, and what already means "yes". */
export interface CeAnswerable {
  readonly topic: string;
  readonly matches: readonly string[];
}

/** Whether the activity as typed answers "yes": it carries one of the topics that mean yes. */
export function answeredYes(values: CeFormValues, question: CeAnswerable): boolean {
  const topics = splitTopics(values.topics);
  return question.matches.some((m) => topics.includes(m));
}

/**
 * The topics text after answering: "yes" adds the question's topic (once); "no" removes every topic that
 * means yes. The answers live in the topics the record keeps, so the rules count them as they count topics.
 */
export function answer(values: CeFormValues, question: CeAnswerable, yes: boolean): string {
  const topics = splitTopics(values.topics).filter((t) => !question.matches.includes(t));
  return (yes ? [...topics, question.topic] : topics).join(', ');
}
