/**
 * Lays a submitted person record out as sections → entries → fields and pins each server error
 * (`credentials[0].earnedOn: not a real calendar date`) to the field, entry or section it names, so the
 * import page can show every message next to the data it is about.
 */

export interface FieldIssue {
  readonly path: string;
  readonly message: string;
}

export interface PreviewField {
  /** Path inside the entry: `earnedOn`, `cycle.end`. */
  readonly key: string;
  /** Full path as the server names it: `credentials[0].earnedOn`. */
  readonly path: string;
  /** DOM id of the element that shows the value. */
  readonly id: string;
  /** False for a field the record lacks but an error names (a required field). */
  readonly present: boolean;
  /** The submitted value as JSON text, or `undefined` when absent. */
  readonly value: string | undefined;
  readonly errors: string[];
}

export interface PreviewEntry {
  /** `credentials[0]`, `person`, or `` for the record itself. */
  readonly path: string;
  readonly id: string;
  readonly title: string;
  /** A reminder of what the entry is (`arrt:R`, a CE title), when the entry says. */
  readonly hint: string | undefined;
  readonly fields: PreviewField[];
  readonly errors: string[];
  /** The submitted value as JSON text when it is not an object (so it has no fields). */
  readonly raw: string | undefined;
}

export interface PreviewSection {
  readonly key: string;
  readonly title: string;
  readonly path: string;
  readonly id: string;
  readonly entries: PreviewEntry[];
  readonly errors: string[];
  /** The submitted value as JSON text when a list is not a list. */
  readonly raw: string | undefined;
}

export interface SummaryItem {
  readonly path: string;
  readonly message: string;
  /** DOM id of the field, entry or section that shows this error. */
  readonly targetId: string;
}

export interface RecordPreview {
  readonly sections: PreviewSection[];
  readonly summary: SummaryItem[];
}

export const LIST_SECTIONS = [
  { key: 'education', title: 'Education', hintKeys: ['discipline', 'award'] },
  { key: 'credentials', title: 'Credentials', hintKeys: ['credential'] },
  { key: 'ce', title: 'Continuing education', hintKeys: ['title'] },
  { key: 'clinical', title: 'Clinical log', hintKeys: ['procedure'] },
  { key: 'exams', title: 'Exams', hintKeys: ['exam'] },
] as const;

const LIST_KEYS = new Set<string>(LIST_SECTIONS.map((s) => s.key));

type Token = string | number;

/** `credentials[0].cycle.end` → `['credentials', 0, 'cycle', 'end']`. */
export function parsePath(path: string): Token[] {
  const tokens: Token[] = [];
  for (const match of path.matchAll(/\[(\d+)\]|([^.[\]]+)/g)) {
    const [, index, name] = match;
    if (index !== undefined) tokens.push(Number(index));
    else if (name !== undefined) tokens.push(name);
  }
  return tokens;
}

/** The inverse of {@link parsePath}, matching `formatPath` in `@modality/contracts`. */
export function formatTokens(tokens: readonly Token[]): string {
  let out = '';
  for (const t of tokens) {
    if (typeof t === 'number') out += `[${t}]`;
    else out += out === '' ? t : `.${t}`;
  }
  return out;
}

function isPlainObject(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function show(value: unknown): string {
  // JSON.parse output is always JSON-representable; `undefined` only stands for "absent".
  return JSON.stringify(value) ?? 'undefined';
}

/** Look a relative path up in a value; `found: false` when any step is missing. */
function lookUp(value: unknown, tokens: readonly Token[]): { found: boolean; value: unknown } {
  let current: unknown = value;
  for (const t of tokens) {
    if (typeof t === 'number') {
      if (!Array.isArray(current) || t >= current.length) return { found: false, value: undefined };
      current = current[t];
    } else {
      if (!isPlainObject(current) || !Object.hasOwn(current, t)) return { found: false, value: undefined };
      current = current[t];
    }
  }
  return { found: true, value: current };
}

class Ids {
  private readonly used = new Set<string>();
  private readonly prefix: string;

  constructor(prefix: string) {
    this.prefix = prefix;
  }

  make(kind: string, path: string): string {
    const base = `${this.prefix}-${kind}-${path === '' ? 'root' : path.replace(/[^A-Za-z0-9_-]+/g, '-').replace(/-+$/, '')}`;
    let id = base;
    for (let n = 2; this.used.has(id); n++) id = `${base}-${n}`;
    this.used.add(id);
    return id;
  }
}

interface MutableEntry extends PreviewEntry {
  /** The submitted object, to look up fields that an error names but the flattening did not list. */
  readonly source: unknown;
}

function flattenFields(
  value: Record<string, unknown>,
  entryTokens: readonly Token[],
  ids: Ids,
  prefix: readonly Token[] = [],
  skip: ReadonlySet<string> = new Set(),
): PreviewField[] {
  const fields: PreviewField[] = [];
  for (const [key, inner] of Object.entries(value)) {
    if (prefix.length === 0 && skip.has(key)) continue;
    const rel = [...prefix, key];
    if (isPlainObject(inner) && Object.keys(inner).length > 0) {
      fields.push(...flattenFields(inner, entryTokens, ids, rel));
      continue;
    }
    const path = formatTokens([...entryTokens, ...rel]);
    fields.push({
      key: formatTokens(rel),
      path,
      id: ids.make('field', path),
      present: true,
      value: show(inner),
      errors: [],
    });
  }
  return fields;
}

function makeEntry(
  tokens: readonly Token[],
  value: unknown,
  ids: Ids,
  title: string,
  hintKeys: readonly string[],
  skip: ReadonlySet<string> = new Set(),
): MutableEntry {
  const path = formatTokens(tokens);
  const object = isPlainObject(value);
  const hintParts = object
    ? hintKeys.map((k) => value[k]).filter((v): v is string => typeof v === 'string' && v !== '')
    : [];
  return {
    path,
    id: ids.make('entry', path),
    title,
    hint: hintParts.length > 0 ? hintParts.join(' · ') : undefined,
    fields: object ? flattenFields(value, tokens, ids, [], skip) : [],
    errors: [],
    raw: object || value === undefined ? undefined : show(value),
    source: value,
  };
}

/** The field of `entry` that shows `rel` (exactly, or the nearest enclosing one), adding it if missing. */
function fieldFor(entry: MutableEntry, rel: readonly Token[], ids: Ids): PreviewField {
  const key = formatTokens(rel);
  const exact = entry.fields.find((f) => f.key === key);
  if (exact !== undefined) return exact;
  const enclosing = entry.fields
    .filter((f) => key.startsWith(`${f.key}.`) || key.startsWith(`${f.key}[`))
    .sort((a, b) => b.key.length - a.key.length)[0];
  if (enclosing !== undefined) return enclosing;
  const path = formatTokens([...parsePath(entry.path), ...rel]);
  const found = lookUp(entry.source, rel);
  const field: PreviewField = {
    key,
    path,
    id: ids.make('field', path),
    present: found.found,
    value: found.found ? show(found.value) : undefined,
    errors: [],
  };
  entry.fields.push(field);
  return field;
}

/**
 * Builds the preview of `record` (the parsed JSON that was submitted) with each of `issues` placed.
 *
 * @param idPrefix keeps DOM ids unique if two previews share a page.
 * @example
 * const preview = buildPreview(json, problem.errors ?? []);
 * preview.summary[0] // { path: 'credentials[0].earnedOn', message: 'not a real calendar date', targetId: '…' }
 */
export function buildPreview(
  record: unknown,
  issues: readonly FieldIssue[],
  idPrefix = 'import',
): RecordPreview {
  const ids = new Ids(idPrefix);
  const root = isPlainObject(record) ? record : undefined;
  const sections: PreviewSection[] = [];
  const entriesByPath = new Map<string, MutableEntry>();
  const sectionsByKey = new Map<string, PreviewSection>();

  // The record itself: `format` and any top-level field that is not a known section.
  const recordEntry = makeEntry([], root ?? record, ids, 'Record', [], new Set(['person', ...LIST_KEYS]));
  entriesByPath.set('', recordEntry);
  const recordSection: PreviewSection = {
    key: 'record',
    title: 'Record',
    path: '',
    id: ids.make('section', 'record'),
    entries: [recordEntry],
    errors: [],
    raw: undefined,
  };
  sections.push(recordSection);
  sectionsByKey.set('record', recordSection);

  const personValue = root?.['person'];
  const personNamed = issues.some((i) => parsePath(i.path)[0] === 'person');
  if (root !== undefined && (personValue !== undefined || personNamed)) {
    const entry = makeEntry(['person'], personValue, ids, 'person', ['name']);
    entriesByPath.set('person', entry);
    const section: PreviewSection = {
      key: 'person',
      title: 'Person',
      path: 'person',
      id: ids.make('section', 'person'),
      entries: [entry],
      errors: [],
      raw: undefined,
    };
    sections.push(section);
    sectionsByKey.set('person', section);
  }

  for (const spec of LIST_SECTIONS) {
    if (root === undefined) break;
    const value = root[spec.key];
    const named = issues.some((i) => parsePath(i.path)[0] === spec.key);
    if (value === undefined && !named) continue;
    const entries: MutableEntry[] = [];
    if (Array.isArray(value)) {
      value.forEach((item: unknown, index) => {
        const entry = makeEntry([spec.key, index], item, ids, formatTokens([spec.key, index]), spec.hintKeys);
        entries.push(entry);
        entriesByPath.set(entry.path, entry);
      });
    }
    const section: PreviewSection = {
      key: spec.key,
      title: spec.title,
      path: spec.key,
      id: ids.make('section', spec.key),
      entries,
      errors: [],
      raw: value === undefined || Array.isArray(value) ? undefined : show(value),
    };
    sections.push(section);
    sectionsByKey.set(spec.key, section);
  }

  const summary: SummaryItem[] = [];
  for (const issue of issues) {
    const tokens = parsePath(issue.path);
    const targetId = place(tokens, issue.message);
    summary.push({ path: issue.path, message: issue.message, targetId });
  }
  return { sections, summary };

  function place(tokens: readonly Token[], message: string): string {
    const [head, index, ...rest] = tokens;
    // Whole record, or a top-level field of the record (`format`, an unknown key).
    if (head === undefined || root === undefined) {
      recordEntry.errors.push(message);
      return recordEntry.id;
    }
    if (typeof head === 'string' && head !== 'person' && !LIST_KEYS.has(head)) {
      const field = fieldFor(recordEntry, tokens, ids);
      field.errors.push(message);
      return field.id;
    }
    if (head === 'person') {
      const entry = entriesByPath.get('person');
      if (entry === undefined) {
        recordEntry.errors.push(message);
        return recordEntry.id;
      }
      if (index === undefined) {
        entry.errors.push(message);
        return entry.id;
      }
      const field = fieldFor(entry, tokens.slice(1), ids);
      field.errors.push(message);
      return field.id;
    }
    const section = sectionsByKey.get(String(head));
    if (section === undefined) {
      recordEntry.errors.push(message);
      return recordEntry.id;
    }
    const entry = typeof index === 'number' ? entriesByPath.get(formatTokens([head, index])) : undefined;
    if (entry === undefined) {
      section.errors.push(message);
      return section.id;
    }
    if (rest.length === 0) {
      entry.errors.push(message);
      return entry.id;
    }
    const field = fieldFor(entry, rest, ids);
    field.errors.push(message);
    return field.id;
  }
}

/** Where a JSON syntax error is, as "line 3, column 14", when the engine's message says (V8 does). */
export function describeJsonError(text: string, error: unknown): string {
  const message = error instanceof Error ? error.message : String(error);
  const position = /position (\d+)/.exec(message)?.[1];
  const lineCol = /line (\d+) column (\d+)/.exec(message);
  if (lineCol !== null)
    return `The text is not valid JSON (line ${lineCol[1]}, column ${lineCol[2]}): ${message}`;
  if (position !== undefined) {
    const offset = Number(position);
    const before = text.slice(0, offset);
    const line = before.split('\n').length;
    const column = offset - before.lastIndexOf('\n');
    return `The text is not valid JSON (line ${line}, column ${column}): ${message}`;
  }
  return `The text is not valid JSON: ${message}`;
}
