// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import { DataTable } from './data-table';
import { Field, Input, Select, Textarea } from './field';
import { Section } from './section';
import { StatusBadge } from './status-badge';

afterEach(cleanup);

describe('Field', () => {
  it('labels its control and describes it by the hint, then the error', () => {
    render(
      <Field label="Completed on" hint="YYYY-MM-DD" error="not a real calendar date">
        <Input defaultValue="2026-02-30" />
      </Field>,
    );
    const input = screen.getByLabelText('Completed on');
    expect(input.tagName).toBe('INPUT');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    const described = (input.getAttribute('aria-describedby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent);
    expect(described).toEqual(['YYYY-MM-DD', 'not a real calendar date']);
    expect(input.className).toContain('field-input');
  });

  it('is valid and undescribed without a hint or error; several errors show joined', () => {
    const { rerender } = render(
      <Field label="Kind">
        <Select>
          <option>a</option>
        </Select>
      </Field>,
    );
    const select = screen.getByLabelText('Kind');
    expect(select.hasAttribute('aria-invalid')).toBe(false);
    expect(select.hasAttribute('aria-describedby')).toBe(false);
    rerender(
      <Field label="Kind" error={['required', 'unknown kind']}>
        <Select>
          <option>a</option>
        </Select>
      </Field>,
    );
    expect(screen.getByText('required; unknown kind').id).toBe(select.getAttribute('aria-describedby'));
  });

  it('keeps what the caller adds: a forced invalid state, a class, and an error announced on request', () => {
    render(
      <>
        <Field label="Password">
          <Input aria-invalid className="w-40" />
        </Field>
        <Field label="JSON" error="not valid JSON" alert>
          <Textarea />
        </Field>
      </>,
    );
    const password = screen.getByLabelText('Password');
    expect(password.getAttribute('aria-invalid')).toBe('true');
    expect(password.className).toBe('field-input mt-1 w-40');
    expect(screen.getByRole('alert').textContent).toBe('not valid JSON');
    expect(screen.getByLabelText('JSON').getAttribute('aria-invalid')).toBe('true');
  });

  it('gives every field its own id', () => {
    render(
      <>
        <Field label="A">
          <Input />
        </Field>
        <Field label="B">
          <Input />
        </Field>
      </>,
    );
    expect(screen.getByLabelText('A').id).not.toBe(screen.getByLabelText('B').id);
  });
});

describe('DataTable', () => {
  const rows = [
    { code: 'arrt:R', earned: '2016-07-01', credits: 24 },
    { code: 'arrt:CT', earned: '2019-03-14', credits: 1.5 },
  ];

  it('heads each row with its first column and labels every other cell with its column', () => {
    render(
      <DataTable
        caption="Credentials"
        rows={rows}
        rowKey={(r) => r.code}
        columns={[
          { header: 'Code', cell: (r) => r.code },
          { header: 'Earned', cell: (r) => r.earned },
          { header: 'Credits', numeric: true, cell: (r) => r.credits },
        ]}
      />,
    );
    const table = screen.getByRole('table', { name: 'Credentials' });
    expect(screen.getAllByRole('columnheader').map((h) => h.textContent)).toEqual([
      'Code',
      'Earned',
      'Credits',
    ]);
    expect(screen.getAllByRole('rowheader').map((h) => h.textContent)).toEqual(['arrt:R', 'arrt:CT']);
    const cells = screen.getAllByRole('cell');
    expect(cells.map((c) => [c.getAttribute('data-label'), c.textContent])).toEqual([
      ['Earned', '2016-07-01'],
      ['Credits', '24'],
      ['Earned', '2019-03-14'],
      ['Credits', '1.5'],
    ]);
    expect(cells[1]?.className).toBe('num');
    expect(table.className).toBe('data-table');
  });
});

describe('StatusBadge and Section', () => {
  it('says the status in words, with the sign hidden from screen readers', () => {
    render(
      <StatusBadge tone="warning" symbol="!" data-testid="badge">
        At risk
      </StatusBadge>,
    );
    const badge = screen.getByTestId('badge');
    expect(badge.textContent).toBe('!At risk');
    expect(badge.querySelector('[aria-hidden="true"]')?.textContent).toBe('!');
    expect(badge.className).toContain('border-amber-700');
  });

  it('names a section by its heading', () => {
    render(
      <Section title="Deadlines" level={3}>
        <p>none</p>
      </Section>,
    );
    expect(screen.getByRole('region', { name: 'Deadlines' })).toBeTruthy();
    expect(screen.getByRole('heading', { level: 3, name: 'Deadlines' })).toBeTruthy();
  });
});
