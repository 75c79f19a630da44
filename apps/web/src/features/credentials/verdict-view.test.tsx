// @vitest-environment happy-dom
import { verdictSchema, VERDICT_DEADLINE_KINDS, VERDICT_STATUSES } from '@modality/contracts';
import { cleanup, render, screen } from '@testing-library/react';
import { afterEach, describe, expect, it } from 'vitest';
import type { Verdict } from '../../api/queries';
import { displayNames } from '../../catalogue/display-names';
import { TEST_CATALOGUE } from '../../catalogue/test-catalogue';
import { ComplianceBadge } from './ComplianceCards';
import { checkAsOf } from './CredentialsView';
import { ProgressBar } from './ProgressBar';
import {
  amountWithUnit,
  cycleUnit,
  DEADLINE_LABELS,
  daysBetween,
  deadlineRows,
  describeDue,
  describeEarnedChange,
  earnedChanges,
  minimumInfo,
  minimumSentence,
  missingRow,
  progressOf,
  ruleSummary,
  shortSource,
  STATUS_INFO,
  withinReach,
} from './verdict-view';

afterEach(cleanup);

const names = displayNames(TEST_CATALOGUE);

/** A verdict in the contract's exact shape (checked against its schema below). */
const verdict: Verdict = verdictSchema.parse({
  asOf: '2026-11-26',
  compliance: [
    {
      credential: 'us-tx:mrt',
      status: 'in-progress',
      cycles: [
        {
          rule: 'us-tx.ce.mrt',
          start: '2025-06-01',
          end: '2027-05-31',
          required: 24,
          earned: 25,
          remaining: 0,
          minimums: [
            { topic: 'direct', required: 12, earned: 0, remaining: 12 },
            { topic: 'human-trafficking', required: 1, earned: 0, remaining: 1 },
          ],
        },
      ],
      deadlines: [{ kind: 'renewal', due: '2027-05-31' }],
      warnings: ['rule us-tx.ce.mrt rests on a secondary source'],
      sources: ['https://www.gagece.com/texas-radiology-tech-ce-requirements'],
    },
    {
      credential: 'arrt:R',
      status: 'compliant',
      cycles: [
        {
          rule: 'arrt.ce.biennium',
          start: '2025-05-01',
          end: '2027-04-30',
          required: 24,
          earned: 12.5,
          remaining: 11.5,
          minimums: [],
        },
      ],
      deadlines: [
        { kind: 'cqr', due: '2029-03-14' },
        { kind: 'renewal', due: '2027-05-31' },
      ],
      warnings: [],
      sources: ['https://www.arrt.org/pages/resources/maintaining-credentials/continuing-education'],
    },
  ],
  eligibility: [
    {
      credential: 'arrt:MR',
      eligible: false,
      missing: [
        {
          rule: 'arrt.postprimary.structured-education',
          what: 'structured education',
          need: 16,
          have: 4,
          unit: 'credits',
        },
        {
          rule: 'arrt.postprimary.clinical-experience',
          what: 'clinical procedures',
          need: 1,
          have: 0,
          unit: 'procedures',
        },
      ],
      sources: [],
    },
    { credential: 'arrt:CT', eligible: true, missing: [], sources: [] },
    {
      credential: 'arrt:BD',
      eligible: false,
      missing: [
        {
          rule: 'arrt.postprimary.structured-education',
          what: 'structured education',
          need: 16,
          have: 0,
          unit: 'credits',
        },
      ],
      sources: [],
    },
  ],
});

describe('status words', () => {
  it('names every status of the contract in words, with a sign besides colour', () => {
    for (const status of VERDICT_STATUSES) {
      expect(STATUS_INFO[status].label).not.toBe('');
      expect(STATUS_INFO[status].symbol).not.toBe('');
    }
    expect(STATUS_INFO['at-risk'].label).toBe('At risk');
    expect(STATUS_INFO.noncompliant.label).toBe('Not compliant');
    for (const kind of VERDICT_DEADLINE_KINDS) expect(DEADLINE_LABELS[kind]).not.toBe('');
  });

  it('renders the status as text a screen reader hears', () => {
    render(<ComplianceBadge status="at-risk" />);
    expect(screen.getByTestId('status').textContent).toBe('!Status: At risk');
  });
});

describe('progressOf', () => {
  it('says "12 of 24 credits" and how much is left', () => {
    const p = progressOf({ required: 24, earned: 12, remaining: 12 }, 'credits');
    expect(p).toEqual({
      value: 12,
      max: 24,
      percent: 50,
      met: false,
      label: '12 of 24 credits',
      note: '12 credits to go',
    });
  });

  it('caps the bar at the requirement but shows the real number above it', () => {
    const p = progressOf({ required: 24, earned: 27, remaining: 0 }, 'credits');
    expect(p.value).toBe(24);
    expect(p.percent).toBe(100);
    expect(p.met).toBe(true);
    expect(p.label).toBe('27 of 24 credits');
    expect(p.note).toBe('met');
  });

  it('follows the engine’s "remaining" and handles a zero requirement and fractions', () => {
    expect(progressOf({ required: 24, earned: 24, remaining: 2 }, 'credits').met).toBe(false);
    expect(progressOf({ required: 0, earned: 0, remaining: 0 }, 'credits')).toMatchObject({
      percent: 100,
      met: true,
      max: 0,
      value: 0,
    });
    expect(progressOf({ required: 1, earned: 0.333, remaining: 0.667 }, 'courses')).toMatchObject({
      label: '0.33 of 1 course',
      note: '0.67 courses to go',
      percent: 33,
    });
  });

  it('renders an accessible progress bar with the same numbers as its text', () => {
    render(
      <ProgressBar
        name="All CE in this cycle"
        progress={progressOf({ required: 24, earned: 12, remaining: 12 }, 'credits')}
      />,
    );
    const bar = screen.getByRole('progressbar', { name: 'All CE in this cycle' });
    expect(bar.getAttribute('aria-valuenow')).toBe('12');
    expect(bar.getAttribute('aria-valuemin')).toBe('0');
    expect(bar.getAttribute('aria-valuemax')).toBe('24');
    expect(bar.getAttribute('aria-valuetext')).toBe('12 of 24 credits · 12 credits to go');
    expect(screen.getByTestId('progress-text').textContent).toBe('12 of 24 credits · 12 credits to go');
  });
});

describe('units from the rule data', () => {
  it('reads the unit of a cycle from its rule, and of a minimum from its measure', () => {
    expect(cycleUnit({ rule: 'arrt.ce.biennium' }, TEST_CATALOGUE)).toBe('credits');
    expect(cycleUnit({ rule: 'us-tx.ce.mrt' }, TEST_CATALOGUE)).toBe('hours');
    expect(cycleUnit({ rule: 'no.such.rule' }, TEST_CATALOGUE)).toBe('credits');
    // Until the catalogue has loaded.
    expect(cycleUnit({ rule: 'us-tx.ce.mrt' }, undefined)).toBe('credits');
    expect(ruleSummary('us-tx.ce.mrt', TEST_CATALOGUE)).toBe(
      'MRT: 24 CE hours per biennium (renewal is biennial)',
    );
    const trafficking = minimumInfo(
      'us-tx:mrt',
      { topic: 'human-trafficking', required: 1, earned: 0, remaining: 1 },
      'hours',
      TEST_CATALOGUE,
    );
    expect(trafficking.unit).toBe('courses');
    expect(trafficking.topics).toEqual(['human-trafficking']);
    const direct = minimumInfo(
      'us-tx:mrt',
      { topic: 'direct', required: 12, earned: 0, remaining: 12 },
      'hours',
      TEST_CATALOGUE,
    );
    expect(direct.unit).toBe('hours');
    expect(direct.topics).toContain('direct');
    expect(
      minimumInfo(
        'arrt:R',
        { topic: 'unknown', required: 1, earned: 0, remaining: 1 },
        'credits',
        TEST_CATALOGUE,
      ).summary,
    ).toBeUndefined();
  });

  it('words a topic minimum as a sentence with the topic by name, never its code', () => {
    expect(minimumSentence({ topic: 'direct', required: 12 }, 'hours')).toBe(
      'At least 12 of these hours must cover ionizing radiation (direct)',
    );
    expect(minimumSentence({ topic: 'human-trafficking', required: 1 }, 'courses')).toBe(
      'At least 1 of these courses must cover human trafficking',
    );
    expect(minimumSentence({ topic: 'category-A+', required: 25 }, 'credits')).toBe(
      'At least 25 of these credits must be Category A+',
    );
    expect(minimumSentence({ topic: 'cardiac-ultrasound', required: 2.5 }, 'credits')).toBe(
      'At least 2.5 of these credits must cover cardiac ultrasound',
    );
  });

  it('words amounts with singular and plural units', () => {
    expect(amountWithUnit(1, 'credits')).toBe('1 credit');
    expect(amountWithUnit(2, 'credits')).toBe('2 credits');
    expect(amountWithUnit(1, 'CME credits')).toBe('1 CME credit');
    expect(amountWithUnit(1.5, 'hours')).toBe('1.5 hours');
  });
});

describe('deadlines', () => {
  it('counts days between calendar dates, across month ends and leap days', () => {
    expect(daysBetween('2026-11-26', '2026-11-26')).toBe(0);
    expect(daysBetween('2028-02-28', '2028-03-01')).toBe(2);
    expect(daysBetween('2026-11-26', '2026-11-20')).toBe(-6);
    expect(describeDue('2026-11-26', '2026-11-27')).toBe('tomorrow');
    expect(describeDue('2026-11-26', '2027-05-31')).toBe('in 186 days');
    expect(describeDue('2026-11-26', '2026-11-16')).toBe('10 days ago');
  });

  it('lists every deadline of every credential, soonest first', () => {
    const rows = deadlineRows(verdict);
    expect(rows.map((r) => `${r.due} ${r.credential} ${r.kind}`)).toEqual([
      '2027-05-31 arrt:R renewal',
      '2027-05-31 us-tx:mrt renewal',
      '2029-03-14 arrt:R cqr',
    ]);
    expect(rows[2]?.label).toBe('Continuing Qualifications Requirements (CQR) due');
    expect(rows.every((r) => !r.past)).toBe(true);
  });
});

describe('within reach', () => {
  it('puts eligible credentials first, then the fewest missing items', () => {
    expect(withinReach(verdict.eligibility, names).map((e) => e.credential)).toEqual([
      'arrt:CT',
      'arrt:BD',
      'arrt:MR',
    ]);
  });

  it('says what is missing in units', () => {
    const [se, clinical] = verdict.eligibility[0]?.missing ?? [];
    if (se === undefined || clinical === undefined) throw new Error('fixture');
    expect(missingRow(se)).toMatchObject({ short: 12, text: '12 credits missing' });
    expect(missingRow(clinical).text).toBe('1 procedure missing');
    expect(missingRow({ ...se, have: 20 }).short).toBe(0);
  });
});

describe('earned changes after adding an activity', () => {
  it('names the cycles whose earned total moved, with the new number', () => {
    const after: Verdict = structuredClone(verdict);
    const cycle = after.compliance[1]?.cycles[0];
    if (cycle === undefined) throw new Error('fixture');
    cycle.earned = 14.5;
    cycle.remaining = 9.5;
    const changes = earnedChanges(verdict, after, TEST_CATALOGUE);
    expect(changes).toEqual([
      {
        credential: 'arrt:R',
        rule: 'arrt.ce.biennium',
        before: 12.5,
        after: 14.5,
        required: 24,
        unit: 'credits',
      },
    ]);
    const [change] = changes;
    if (change === undefined) throw new Error('no change');
    expect(describeEarnedChange(change, names)).toBe('ARRT Radiography: now 14.5 of 24 credits (was 12.5).');
    expect(earnedChanges(verdict, verdict, TEST_CATALOGUE)).toEqual([]);
  });
});

describe('shortSource', () => {
  it('keeps the host and a shortened path', () => {
    expect(shortSource('https://www.arrt.org/')).toBe('www.arrt.org');
    expect(shortSource('https://example.org/a/b')).toBe('example.org/a/b');
    expect(shortSource(`https://example.org/${'x'.repeat(60)}`)).toMatch(/^example\.org\/x{44}…$/);
    expect(shortSource('not a url')).toBe('not a url');
  });
});

describe('checkAsOf', () => {
  it('keeps a real day from the address, and drops anything else with a flag', () => {
    expect(checkAsOf(undefined)).toEqual({ asOf: undefined, invalid: false });
    expect(checkAsOf('2027-06-15')).toEqual({ asOf: '2027-06-15', invalid: false });
    expect(checkAsOf('2026-02-30')).toEqual({ asOf: undefined, invalid: true });
    expect(checkAsOf('tomorrow')).toEqual({ asOf: undefined, invalid: true });
  });
});
