// @vitest-environment happy-dom
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { SourcedFact } from '@modality/contracts';
import {
  afterTitles,
  confidenceLabel,
  credentialsIn,
  factView,
  formatCost,
  formatCosts,
  formatDuration,
  formatFigure,
  outlookRow,
  respectsAfter,
  valueOf,
  vintagesOf,
} from './career-view';
import { Fact } from './facts';
import { activeFilters } from './ProgramsPage';

afterEach(cleanup);

const median: SourcedFact = {
  value: 77660,
  unit: 'USD',
  vintage: 'OEWS May 2024',
  sourceUrl: 'https://www.bls.gov/ooh/healthcare/radiologic-technologists.htm',
  confidence: 'secondary',
};
const hourly: SourcedFact = {
  value: null,
  confidence: 'unconfirmed',
  warning: 'The median hourly wage was not found',
};

describe('figures and facts', () => {
  it('formats figures with their units', () => {
    expect(formatFigure({ ...median })).toBe('USD 77,660');
    expect(formatFigure({ ...median, value: 4, unit: 'pct' })).toBe('4 %');
    expect(formatFigure({ ...median, value: 15400, unit: 'openings/year' })).toBe('15,400 openings a year');
    expect(formatFigure({ ...median, value: 228000, unit: 'jobs' })).toBe('228,000 jobs');
    expect(formatFigure({ ...median, value: 678.38, unit: 'GBP' })).toBe('GBP 678.38');
  });

  it('labels secondary figures and never shows a number for an unconfirmed one', () => {
    expect(factView(median)).toMatchObject({
      text: 'USD 77,660',
      label: 'secondary source — check before relying on it',
      caution: true,
      vintage: 'OEWS May 2024',
    });
    // An official figure names its publisher, in plain words.
    expect(factView({ ...median, confidence: 'official' })).toMatchObject({ label: 'from the Bureau of Labor Statistics', caution: false });
    expect(factView({ ...median, confidence: 'official', sourceUrl: 'https://example.org/x' }).label).toBeNull();
    const view = factView(hourly);
    expect(view).toMatchObject({ text: 'not confirmed', confirmed: false, sourceUrl: null });
    expect(view.note).toContain('not found');
    expect(confidenceLabel('official-copy', median.sourceUrl)).toBe("from a copy of the Bureau of Labor Statistics' document");
    expect(confidenceLabel('official-copy')).toBe('from a copy of the official document');
    expect(confidenceLabel('unconfirmed', 'https://www.arrt.org/pages/x')).toBe("not confirmed here — see ARRT's document");
    expect(confidenceLabel('official', 'http://tmb.state.tx.us/page/x')).toBe('from the Texas Medical Board');
    expect(valueOf(hourly)).toBeNull();
    expect(valueOf(undefined)).toBeNull();
    expect(valueOf(median)).toBe(77660);
  });

  it('renders a fact with its source and vintage, or "not confirmed" and the warning', () => {
    render(
      <>
        <Fact fact={median} />
        <Fact fact={hourly} />
      </>,
    );
    expect(screen.getByTestId('figure').textContent).toBe('USD 77,660');
    expect(screen.getByText('secondary source — check before relying on it')).toBeTruthy();
    expect(screen.getByRole('link', { name: /www\.bls\.gov/ }).getAttribute('href')).toBe(median.sourceUrl);
    expect(screen.getByText(/OEWS May 2024/)).toBeTruthy();
    expect(screen.getByText('not confirmed')).toBeTruthy();
    expect(screen.getByText(/median hourly wage was not found/)).toBeTruthy();
  });

  it('collects the vintages of the confirmed facts only', () => {
    expect(vintagesOf([median, hourly, { ...median, vintage: 'EP 2024–34' }, median, undefined])).toBe(
      'OEWS May 2024; EP 2024–34',
    );
    expect(vintagesOf([hourly])).toBe('');
  });

  it('makes a chart row with nulls for unconfirmed figures', () => {
    expect(
      outlookRow({
        title: 'X',
        usOutlook: null,
      }),
    ).toEqual({ role: 'X', medianPay: null, growthPct: null });
  });
});

describe('durations and costs', () => {
  it('formats ranges, and says unknown for null', () => {
    expect(formatDuration({ minMonths: 24, maxMonths: 24 })).toBe('24 months');
    expect(formatDuration({ minMonths: 3, maxMonths: 4 })).toBe('3–4 months');
    expect(formatDuration({ minMonths: 1, maxMonths: 1 })).toBe('1 month');
    expect(formatDuration(null)).toBe('unknown');
    expect(formatCost({ min: 10030, max: 11155, currency: 'USD' })).toBe('USD 10,030–11,155');
    expect(formatCost({ min: 120, max: 120, currency: 'USD' })).toBe('USD 120');
    expect(formatCost(null)).toBe('unknown');
    expect(formatCosts([])).toBe('unknown');
    expect(
      formatCosts([
        { min: 100, max: 100, currency: 'USD' },
        { min: 678.38, max: 678.38, currency: 'GBP' },
      ]),
    ).toBe('USD 100 + GBP 678.38');
  });
});

describe('steps', () => {
  const program = { id: 'program', title: 'Program', after: [] };
  const competencies = { id: 'competencies', title: 'Competencies', after: [] };
  const exam = { id: 'exam', title: 'Exam', after: ['program', 'competencies'] };
  const steps = [program, competencies, exam];

  it('checks that every step comes after what it waits for', () => {
    expect(respectsAfter(steps)).toBe(true);
    expect(respectsAfter([exam, program, competencies])).toBe(false);
    expect(afterTitles(exam, steps)).toEqual(['Program', 'Competencies']);
    expect(afterTitles({ after: ['gone'] }, steps)).toEqual(['gone']);
  });
});

describe('the credentials that open a role', () => {
  const role = {
    credentials: [
      { jurisdiction: 'us', jurisdictionName: 'United States (every state)', anyOf: [['arrt:R']] },
      { jurisdiction: 'us-ca', jurisdictionName: 'California', anyOf: [['us-ca:crt-diagnostic']] },
      { jurisdiction: 'gb', jurisdictionName: 'United Kingdom', anyOf: [['gb:hcpc-radiographer']] },
    ],
  };

  it('finds the credentials that open a role in a state, a country or nowhere', () => {
    expect(credentialsIn(role, 'us-tx').map((c) => c.jurisdiction)).toEqual(['us']);
    expect(credentialsIn(role, 'us-ca').map((c) => c.jurisdiction)).toEqual(['us', 'us-ca']);
    expect(credentialsIn(role, 'gb').map((c) => c.jurisdiction)).toEqual(['gb']);
    expect(credentialsIn(role, 'au')).toEqual([]);
  });

  it('keeps only the program filters that are set', () => {
    expect(
      activeFilters({ discipline: 'radiography', award: '', jurisdiction: 'us-tx', accreditor: '' }),
    ).toEqual({
      discipline: 'radiography',
      jurisdiction: 'us-tx',
    });
  });
});
