import { parseInput, POSTING_CSV_COLUMNS, postingImportItemSchema, type PostingImportItemBody } from '@modality/contracts';
import { parse } from 'csv-parse/sync';
import { BadInputError } from '../outcome.js';
import { issueLines } from './issue-lines.js';

/** A posting of the file with its line (CSV) or position from 1 (JSON). */
export interface PostingFileItem {
  readonly line: number;
  readonly posting: PostingImportItemBody;
}

/** A row of the file that is not a valid posting, by line, with every reason. */
export interface PostingFileRejection {
  readonly line: number;
  readonly reasons: readonly string[];
}

/** The CSV column a field path of the posting came from, so that a reason names what the file calls it. */
const COLUMN_OF: ReadonlyArray<readonly [string, string]> = [
  ['requirements.credentials.allOf', 'all_of'],
  ['requirements.credentials.anyOf', 'any_of'],
  ['requirements.licenceJurisdictions', 'licence_jurisdictions'],
  ['requirements.minYears', 'min_years'],
  ['requirements.shifts', 'shifts'],
  ['requirements.startWindow.from', 'start_from'],
  ['requirements.startWindow.to', 'start_to'],
  ['requirements.sponsorship', 'sponsorship'],
  ['place.address', 'address'],
  ['place.radiusKm', 'radius_km'],
  ['pay.min', 'pay_min'],
  ['pay.max', 'pay_max'],
  ['pay.unit', 'pay_unit'],
  ['pay.currency', 'currency'],
  ['employmentType', 'employment_type'],
  ['validThrough', 'valid_through'],
];

/** A reason as the CSV names it: `pay.max: …` becomes `pay_max: …`. */
export function csvReason(reason: string): string {
  for (const [path, column] of COLUMN_OF) if (reason.startsWith(path)) return column + reason.slice(reason.indexOf(':'));
  return reason;
}

const list = (s: string) => s.split(';').map((x) => x.trim()).filter((x) => x !== '');
const numberOr = (s: string) => (s.trim() === '' ? undefined : /^-?\d+(\.\d+)?$/.test(s.trim()) ? Number(s) : s);

/** The posting body a CSV row stands for (values stay as written where they are not numbers, for the contract to refuse). */
function bodyOfRow(r: Readonly<Record<string, string>>): Record<string, unknown> {
  const v = (k: string) => r[k] ?? '';
  return {
    reference: v('reference'),
    ...(v('status') === '' ? {} : { status: v('status') }),
    title: v('title'),
    description: v('description'),
    role: v('role'),
    modality: v('modality'),
    employmentType: v('employment_type'),
    requirements: {
      credentials: { allOf: list(v('all_of')), anyOf: v('any_of').split('|').map(list).filter((g) => g.length > 0) },
      licenceJurisdictions: list(v('licence_jurisdictions')),
      ...(v('min_years') === '' ? {} : { minYears: numberOr(v('min_years')) }),
      shifts: list(v('shifts')),
      startWindow: { from: v('start_from'), to: v('start_to') },
      ...(v('sponsorship') === '' ? {} : { sponsorship: v('sponsorship') === 'yes' ? true : v('sponsorship') === 'no' ? false : v('sponsorship') }),
    },
    place: { address: v('address'), ...(v('radius_km') === '' ? {} : { radiusKm: numberOr(v('radius_km')) }) },
    pay: { min: numberOr(v('pay_min')), max: numberOr(v('pay_max')), unit: v('pay_unit'), ...(v('currency') === '' ? {} : { currency: v('currency') }) },
    validThrough: v('valid_through'),
  };
}

/** Checks each item with the contract: the valid ones, and the others by line with every reason. */
function check(items: ReadonlyArray<{ line: number; body: unknown }>, csv: boolean): { postings: PostingFileItem[]; rejected: PostingFileRejection[] } {
  const postings: PostingFileItem[] = [];
  const rejected: PostingFileRejection[] = [];
  for (const { line, body } of items) {
    const parsed = parseInput(postingImportItemSchema, body);
    if (parsed.ok) postings.push({ line, posting: parsed.value });
    else rejected.push({ line, reasons: issueLines(parsed.error, body).map((r) => (csv ? csvReason(r) : r)) });
  }
  return { postings, rejected };
}

/** Parses a posting CSV (header {@link POSTING_CSV_COLUMNS}, in any order; `#` lines are comments). */
export function parsePostingCsv(text: string): { postings: PostingFileItem[]; rejected: PostingFileRejection[]; rows: number } {
  let records: Array<{ record: Record<string, string>; info: { lines: number } }>;
  try {
    records = parse<{ record: Record<string, string>; info: { lines: number } }>(text, { columns: true, comment: '#', skip_empty_lines: true, trim: true, info: true, bom: true });
  } catch (e) {
    throw new BadInputError(`not a readable CSV: ${(e as Error).message}`);
  }
  const first = records[0]?.record;
  if (first !== undefined) {
    const missing = POSTING_CSV_COLUMNS.filter((c) => !(c in first));
    const extra = Object.keys(first).filter((c) => !(POSTING_CSV_COLUMNS as readonly string[]).includes(c));
    if (missing.length > 0 || extra.length > 0) {
      throw new BadInputError('the CSV header is not the posting header', [
        ...(missing.length > 0 ? [`missing columns: ${missing.join(', ')}`] : []),
        ...(extra.length > 0 ? [`unknown columns: ${extra.join(', ')}`] : []),
        `expected: ${POSTING_CSV_COLUMNS.join(',')}`,
      ]);
    }
  }
  return { ...check(records.map(({ record, info }) => ({ line: info.lines, body: bodyOfRow(record) })), true), rows: records.length };
}

/** Parses a posting JSON file: an array of postings (each as `POST /api/v1/postings` takes it, with a `reference`). */
export function parsePostingJson(json: unknown): { postings: PostingFileItem[]; rejected: PostingFileRejection[]; rows: number } {
  if (!Array.isArray(json)) throw new BadInputError('a posting JSON file is an array of postings');
  return { ...check(json.map((body: unknown, i) => ({ line: i + 1, body })), false), rows: json.length };
}
