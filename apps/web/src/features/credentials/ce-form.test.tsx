import { describe, expect, it } from 'vitest';
import {
  answer,
  answeredYes,
  CE_KINDS,
  EMPTY_CE_FORM,
  fieldOfPath,
  firstInvalidField,
  groupIssues,
  hasErrors,
  splitTopics,
  validateCeForm,
  visibleFields,
  describeWorth,
  type CeFormValues,
} from './ce-form';

const form = (values: Partial<CeFormValues>): CeFormValues => ({ ...EMPTY_CE_FORM, ...values });

describe('validateCeForm (the contract’s ceActivitySchema, run before sending)', () => {
  it('builds the activity from what was typed', () => {
    const result = validateCeForm(
      form({
        title: '  CT dose  ',
        completedOn: '2026-01-10',
        credits: '1.5',
        category: 'A',
        topics: 'ct, radiation-safety',
      }),
    );
    expect(result).toEqual({
      ok: true,
      activity: {
        title: 'CT dose',
        completedOn: '2026-01-10',
        kind: 'activity',
        credits: 1.5,
        category: 'A',
        topics: ['ct', 'radiation-safety'],
      },
    });
  });

  it('puts each error on its field: an impossible date, missing credits, a bad topic', () => {
    const result = validateCeForm(form({ title: 'X', completedOn: '2026-02-30', topics: 'ct Bad' }));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.fields.completedOn).toEqual(['not a real calendar date']);
    expect(result.errors.fields.credits).toEqual(['required']);
    expect(result.errors.fields.topics?.[0]).toMatch(/^“Bad”: expected a topic code/);
    expect(result.errors.fields.title).toBeUndefined();
    expect(firstInvalidField(result.errors)).toBe('completedOn');
    expect(hasErrors(result.errors)).toBe(true);
  });

  it('asks for a title and a date in the right shape', () => {
    const result = validateCeForm(form({ credits: '1', completedOn: '10/01/2026' }));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.fields.title).toEqual(['must not be empty']);
    expect(result.errors.fields.completedOn?.[0]).toBe('expected a date as YYYY-MM-DD');
    expect(firstInvalidField(result.errors)).toBe('title');
  });

  it('says "enter a number" for credits that are not one, instead of a type error', () => {
    const result = validateCeForm(form({ title: 'X', completedOn: '2026-01-10', credits: 'two' }));
    if (result.ok) throw new Error('expected errors');
    expect(result.errors.fields.credits).toEqual(['enter a number such as 1 or 1.5']);
  });

  it('takes semester or quarter credits for an academic course, and ignores fields the kind hides', () => {
    const academic = validateCeForm(
      form({
        title: 'Anatomy',
        completedOn: '2026-01-10',
        kind: 'academic',
        semesterCredits: '3',
        credits: '99',
      }),
    );
    expect(academic).toMatchObject({ ok: true, activity: { kind: 'academic', semesterCredits: 3 } });
    if (academic.ok) expect(academic.activity.credits).toBeUndefined();

    const none = validateCeForm(form({ title: 'Anatomy', completedOn: '2026-01-10', kind: 'academic' }));
    if (none.ok) throw new Error('expected errors');
    expect(none.errors.fields.semesterCredits?.[0]).toMatch(/semesterCredits or quarterCredits/);

    const both = validateCeForm(
      form({
        title: 'Anatomy',
        completedOn: '2026-01-10',
        kind: 'academic',
        semesterCredits: '3',
        quarterCredits: '4',
      }),
    );
    if (both.ok) throw new Error('expected errors');
    expect(both.errors.fields.quarterCredits?.[0]).toMatch(/not both/);

    const activity = validateCeForm(
      form({
        title: 'T',
        completedOn: '2026-01-10',
        credits: '1',
        semesterCredits: '3',
        forCredential: 'arrt:CT',
      }),
    );
    expect(activity).toEqual({
      ok: true,
      activity: { title: 'T', completedOn: '2026-01-10', kind: 'activity', credits: 1 },
    });
  });

  it('sends structured education with its content category and credential', () => {
    const result = validateCeForm(
      form({
        title: 'SE',
        completedOn: '2026-01-10',
        kind: 'structured-education',
        credits: '16',
        contentCategory: 'Safety',
        forCredential: 'arrt:MR',
      }),
    );
    expect(result).toMatchObject({
      ok: true,
      activity: { contentCategory: 'Safety', forCredential: 'arrt:MR', credits: 16 },
    });
  });
});

describe('server errors', () => {
  it('maps the server’s paths to the form’s fields, and the rest above the form', () => {
    expect(fieldOfPath('credits')).toBe('credits');
    expect(fieldOfPath('topics[2]')).toBe('topics');
    expect(fieldOfPath('')).toBeNull();
    expect(fieldOfPath('nickname')).toBeNull();
    const errors = groupIssues(
      [
        { path: 'completedOn', message: 'expected a date as YYYY-MM-DD' },
        { path: 'completedOn', message: 'expected a date as YYYY-MM-DD' },
        { path: 'topics[1]', message: 'expected a topic code like radiation-safety' },
        { path: 'nickname', message: 'unknown field' },
        { path: '', message: 'odd' },
      ],
      ['ct', 'Bad'],
    );
    expect(errors.fields).toEqual({
      completedOn: ['expected a date as YYYY-MM-DD'],
      topics: ['“Bad”: expected a topic code like radiation-safety'],
    });
    expect(errors.form).toEqual(['nickname: unknown field', 'odd']);
  });
});

describe('form helpers', () => {
  it('offers the contract’s kinds and shows the fields each needs', () => {
    expect(CE_KINDS).toContain('structured-education');
    expect([...visibleFields('activity')]).toContain('credits');
    expect(visibleFields('academic').has('credits')).toBe(false);
    expect(visibleFields('cqr-prescribed').has('forCredential')).toBe(true);
    expect(visibleFields('cqr-prescribed').has('contentCategory')).toBe(false);
  });

  it('splits topics on commas and spaces and words what an activity is worth', () => {
    expect(splitTopics(' ct,radiation-safety ;  msk ')).toEqual(['ct', 'radiation-safety', 'msk']);
    expect(splitTopics('')).toEqual([]);
    expect(describeWorth({ title: 'x', completedOn: '2026-01-01', credits: 1 })).toBe('1 credit');
    expect(describeWorth({ title: 'x', completedOn: '2026-01-01', semesterCredits: 3 })).toBe(
      '3 semester credits',
    );
  });
});

describe('answering the questions of the person’s rules', () => {
  const direct = { topic: 'direct', matches: ['direct', 'ionizing-radiation'] };

  it('a yes adds the topic the rule counts, once; a no removes every topic that meant yes', () => {
    const yes = answer(form({ topics: 'ct' }), direct, true);
    expect(yes).toBe('ct, direct');
    expect(answer(form({ topics: yes }), direct, true)).toBe('ct, direct');
    expect(answer(form({ topics: 'ionizing-radiation, ct, direct' }), direct, false)).toBe('ct');
  });

  it('shows as answered when the activity already carries any topic that means yes', () => {
    expect(answeredYes(form({ topics: 'ionizing-radiation' }), direct)).toBe(true);
    expect(answeredYes(form({ topics: 'radiation-safety' }), direct)).toBe(false);
    const built = validateCeForm(
      form({
        title: 'Dose',
        completedOn: '2026-01-10',
        credits: '2',
        topics: answer(form({}), direct, true),
      }),
    );
    expect(built.ok && built.activity.topics).toEqual(['direct']);
  });
});
