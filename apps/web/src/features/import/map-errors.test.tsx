// @vitest-environment happy-dom
import { parsePersonRecord } from '@modality/contracts';
import { cleanup, fireEvent, render, screen, within } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import {
  buildPreview,
  describeJsonError,
  formatTokens,
  parsePath,
  type PreviewField,
  type RecordPreview,
} from './map-errors';
import { ErrorSummary, RecordPreviewView } from './RecordPreviewView';

afterEach(cleanup);

const broken = {
  format: 'modality/person-record@1',
  person: { name: 'Ana Reyes', birthDate: '1994-05-17', country: 'US', nickname: 'Annie' },
  credentials: [
    { credential: 'arrt:R', earnedOn: '2026-02-30', status: 'active' },
    { credential: 'arrt:XYZ', earnedOn: '2019-03-15', cycle: { start: '2025-05-01', end: '2024-04-30' } },
  ],
  ce: [{ title: 'CT dose', completedOn: '2026-01-10', credits: 'two', topics: ['ct', 'Bad Topic'] }],
};

/** The errors the server sends are the contract's own; use them rather than hand-written ones. */
function issuesOf(record: unknown) {
  const result = parsePersonRecord(record);
  if (result.ok) throw new Error('expected the record to be invalid');
  return result.error;
}

function field(preview: RecordPreview, path: string): PreviewField {
  const found = preview.sections
    .flatMap((s) => s.entries.flatMap((e) => e.fields))
    .find((f) => f.path === path);
  if (found === undefined) throw new Error(`no field ${path}`);
  return found;
}

describe('parsePath / formatTokens', () => {
  it('reads the paths the server writes and writes them back', () => {
    expect(parsePath('credentials[0].cycle.end')).toEqual(['credentials', 0, 'cycle', 'end']);
    expect(parsePath('ce[12].topics[1]')).toEqual(['ce', 12, 'topics', 1]);
    expect(parsePath('')).toEqual([]);
    for (const path of ['person.birthDate', 'credentials[0].cycle.end', 'ce[2].credits', 'format']) {
      expect(formatTokens(parsePath(path))).toBe(path);
    }
  });
});

describe('buildPreview', () => {
  const issues = issuesOf(broken);
  const preview = buildPreview(broken, issues);

  it('puts every error on the field it names', () => {
    expect(field(preview, 'credentials[0].earnedOn').errors).toEqual(['not a real calendar date']);
    expect(field(preview, 'credentials[0].earnedOn').value).toBe('"2026-02-30"');
    expect(field(preview, 'credentials[1].credential').errors[0]).toMatch(/unknown credential code/);
    expect(field(preview, 'person.nickname').errors).toEqual(['unknown field']);
    expect(field(preview, 'ce[0].credits').errors[0]).toMatch(/expected number/);
    expect(field(preview, 'credentials[1].cycle.end').errors).toEqual(['must not be before cycle.start']);
    // An error inside a list value sits on the list field.
    expect(field(preview, 'ce[0].topics').errors[0]).toMatch(/topic code/);
    // Fields without errors stay clean.
    expect(field(preview, 'credentials[0].credential').errors).toEqual([]);
    expect(field(preview, 'person.birthDate').errors).toEqual([]);
  });

  it('lists every error once in the summary, each pointing at an element of the preview', () => {
    expect(preview.summary).toHaveLength(issues.length);
    const ids = new Set(
      preview.sections.flatMap((s) => [
        s.id,
        ...s.entries.flatMap((e) => [e.id, ...e.fields.map((f) => f.id)]),
      ]),
    );
    for (const item of preview.summary) expect(ids.has(item.targetId)).toBe(true);
    expect(preview.summary.find((s) => s.path === 'credentials[0].earnedOn')?.targetId).toBe(
      field(preview, 'credentials[0].earnedOn').id,
    );
  });

  it('gives every element a distinct id', () => {
    const ids = preview.sections.flatMap((s) => [
      s.id,
      ...s.entries.flatMap((e) => [e.id, ...e.fields.map((f) => f.id)]),
    ]);
    expect(new Set(ids).size).toBe(ids.length);
  });

  it('adds a field that is missing but required, marked as absent', () => {
    const record = { format: 'modality/person-record@1', person: { name: 'A', country: 'US' } };
    const p = buildPreview(record, issuesOf(record));
    const birthDate = field(p, 'person.birthDate');
    expect(birthDate.present).toBe(false);
    expect(birthDate.value).toBeUndefined();
    expect(birthDate.errors.length).toBe(1);
  });

  it('pins errors on a whole entry, a whole section and the whole record', () => {
    const record = {
      format: 'modality/person-record@1',
      person: { name: 'A', birthDate: '2000-01-01', country: 'US' },
      credentials: ['arrt:R'],
      exams: {},
    };
    const p = buildPreview(record, issuesOf(record));
    const credentials = p.sections.find((s) => s.key === 'credentials');
    expect(credentials?.entries[0]?.errors.length).toBe(1);
    expect(credentials?.entries[0]?.raw).toBe('"arrt:R"');
    const exams = p.sections.find((s) => s.key === 'exams');
    expect(exams?.errors.length).toBe(1);
    expect(exams?.raw).toBe('{}');

    const notAnObject = buildPreview(
      [1, 2],
      [{ path: '', message: 'Invalid input: expected object, received array' }],
    );
    expect(notAnObject.sections[0]?.entries[0]?.errors).toEqual([
      'Invalid input: expected object, received array',
    ]);
    expect(notAnObject.summary[0]?.targetId).toBe(notAnObject.sections[0]?.entries[0]?.id);
  });

  it('shows unknown top-level fields and a wrong format on the record', () => {
    const record = {
      format: 'modality/person-record@2',
      person: { name: 'A', birthDate: '2000-01-01', country: 'US' },
      extra: true,
    };
    const p = buildPreview(record, issuesOf(record));
    expect(field(p, 'extra').errors).toEqual(['unknown field']);
    expect(field(p, 'format').errors.length).toBe(1);
  });

  it('survives paths that name nothing in the record', () => {
    const p = buildPreview({ format: 'x' }, [{ path: 'credentials[7].earnedOn', message: 'odd' }]);
    expect(p.summary[0]?.message).toBe('odd');
    expect(p.sections.find((s) => s.key === 'credentials')?.errors).toEqual(['odd']);
  });
});

describe('describeJsonError', () => {
  it('says where the JSON breaks', () => {
    const text = '{\n  "a": 1,,\n}';
    let error: unknown;
    try {
      JSON.parse(text);
    } catch (e) {
      error = e;
    }
    expect(describeJsonError(text, error)).toMatch(/^The text is not valid JSON \(line 2, column \d+\)/);
  });
});

describe('<RecordPreviewView> and <ErrorSummary>', () => {
  const preview = buildPreview(broken, issuesOf(broken), 't');

  it('describes each invalid field by its error, and leaves valid ones alone', () => {
    render(<RecordPreviewView preview={preview} />);
    const entry = screen.getByRole('group', { name: /credentials\[0\]/ });
    const earnedOn = within(entry).getByLabelText('earnedOn');
    expect(earnedOn.getAttribute('aria-invalid')).toBe('true');
    const describedBy = earnedOn.getAttribute('aria-describedby') ?? '';
    expect(document.getElementById(describedBy)?.textContent).toContain('not a real calendar date');
    const code = within(entry).getByLabelText('credential');
    expect(code.getAttribute('aria-invalid')).toBeNull();
    expect(code.getAttribute('aria-describedby')).toBeNull();
    expect(
      within(screen.getByRole('group', { name: /^person/ }))
        .getByLabelText('nickname')
        .getAttribute('aria-invalid'),
    ).toBe('true');
  });

  it('links each summary item to its field, and moves focus there', () => {
    render(
      <>
        <ErrorSummary preview={preview} headingId="summary" />
        <RecordPreviewView preview={preview} />
      </>,
    );
    const links = within(screen.getByTestId('error-summary')).getAllByRole('link');
    expect(links).toHaveLength(preview.summary.length);
    const link = links.find((l) => l.textContent.includes('ce[0].credits'));
    if (link === undefined) throw new Error('no link for ce[0].credits');
    const target = document.getElementById(link.getAttribute('href')?.slice(1) ?? '');
    expect(target?.getAttribute('aria-invalid')).toBe('true');
    fireEvent.click(link);
    expect(document.activeElement).toBe(target);
  });
});
