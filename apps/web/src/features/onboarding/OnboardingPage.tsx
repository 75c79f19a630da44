import { useNavigate } from '@tanstack/react-router';
import { useRef, useState, type SubmitEvent } from 'react';
import { useCatalogue } from '../../api/catalogue';
import { describeError, isApiProblem } from '../../api/client';
import { useImportRecord, useMe } from '../../api/queries';
import { Field, Input, Select } from '../../components/field';
import { Card, ErrorAlert, PageHeading } from '../../components/page';
import { Section } from '../../components/section';
import { countryGroups, credentialGroups } from '../record/entry-form';
import {
  buildFirstRecord,
  EMPTY_HELD,
  placeRecordIssues,
  type HeldRow,
  type OnboardingErrors,
  type OnboardingValues,
} from './onboarding-form';

/**
 * Right after sign-up: who you are and what you hold — each credential or licence picked from the
 * catalogue by name — saved as your first record (the import's contract and use case), then the record
 * page, where every section has its forms.
 */
export function OnboardingPage() {
  const me = useMe();
  const catalogue = useCatalogue();
  const navigate = useNavigate();
  const save = useImportRecord();
  const formRef = useRef<HTMLFormElement>(null);
  const [values, setValues] = useState<OnboardingValues>({
    name: me.user.name,
    birthDate: '',
    country: 'US',
    region: '',
    held: [],
  });
  const [errors, setErrors] = useState<OnboardingErrors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const credentials = credentialGroups(catalogue, true);
  const firstCredential = credentials[0]?.choices[0]?.value ?? '';
  const states = (catalogue?.jurisdictions ?? []).filter((j) => j.kind === 'us-state');

  const setHeld = (index: number, patch: Partial<HeldRow>) =>
    setValues((v) => ({ ...v, held: v.held.map((h, i) => (i === index ? { ...h, ...patch } : h)) }));

  const show = (found: OnboardingErrors) => {
    setErrors(found);
    requestAnimationFrame(() => {
      const first = formRef.current?.querySelector('[aria-invalid="true"]');
      if (first instanceof HTMLElement) first.focus();
    });
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const built = buildFirstRecord(values);
    if (!built.ok) return show(built.errors);
    setErrors({});
    save.mutate(
      { target: { kind: 'me' }, record: built.record },
      {
        onSuccess: () => void navigate({ to: '/record' }),
        onError: (error) => {
          if (isApiProblem(error) && error.status === 400 && error.fieldErrors.length > 0) {
            show(placeRecordIssues(error.fieldErrors));
          } else setFailure(`Your record was not saved. ${describeError(error)}`);
        },
      },
    );
  };

  if (me.personId !== null) {
    return (
      <>
        <PageHeading title="Welcome" />
        <p className="mt-4">
          You already have a record. <a href="/record">Go to your record</a> to add or change what it holds.
        </p>
      </>
    );
  }

  return (
    <>
      <PageHeading title="Welcome — let's start your record" />
      <p className="mt-2 max-w-prose text-slate-700">
        Tell us who you are and what you hold. You can add your education, exams and continuing education on
        your record page next, and change anything later.
      </p>
      <Card className="mt-4">
        <form ref={formRef} onSubmit={onSubmit} noValidate className="space-y-4">
          {failure === null ? null : <ErrorAlert>{failure}</ErrorAlert>}
          {(errors[''] ?? []).length > 0 ? <ErrorAlert>{(errors[''] ?? []).join(' ')}</ErrorAlert> : null}
          <div className="grid gap-4 md:grid-cols-2">
            <Field label="Full name" error={errors['name']}>
              <Input
                name="name"
                autoComplete="name"
                value={values.name}
                onChange={(e) => setValues((v) => ({ ...v, name: e.target.value }))}
              />
            </Field>
            <Field
              label="Date of birth"
              hint="A date as YYYY-MM-DD, e.g. 1994-05-17."
              error={errors['birthDate']}
            >
              <Input
                name="birthDate"
                inputMode="numeric"
                autoComplete="bday"
                value={values.birthDate}
                onChange={(e) => setValues((v) => ({ ...v, birthDate: e.target.value }))}
              />
            </Field>
            <Field label="Country you live in" error={errors['country']}>
              <Select
                name="country"
                value={values.country}
                onChange={(e) => setValues((v) => ({ ...v, country: e.target.value }))}
              >
                {countryGroups(catalogue).flatMap((g) =>
                  g.choices.map((c) => (
                    <option key={c.value} value={c.value}>
                      {c.label}
                    </option>
                  )),
                )}
              </Select>
            </Field>
            {values.country === 'US' ? (
              <Field label="State (optional)" error={errors['region']}>
                <Select
                  name="region"
                  value={values.region}
                  onChange={(e) => setValues((v) => ({ ...v, region: e.target.value }))}
                >
                  <option value="">Not given</option>
                  {states.map((s) => (
                    <option key={s.code} value={s.code}>
                      {s.name}
                    </option>
                  ))}
                </Select>
              </Field>
            ) : null}
          </div>

          <Section title="What do you hold?" level={2} className="mt-6">
            <p className="text-sm text-slate-700">
              Certifications, registrations and licences — add one for each, with the day it was earned or
              issued. Leave this empty if you hold none yet.
            </p>
            <ol className="mt-3 space-y-4">
              {values.held.map((h, i) => (
                <li key={i} className="rounded-md border border-slate-300 p-3">
                  <div className="grid gap-4 md:grid-cols-3">
                    <Field label={`Credential or licence ${i + 1}`} error={errors[`held.${i}.credential`]}>
                      <Select
                        name={`held.${i}.credential`}
                        value={h.credential}
                        onChange={(e) => setHeld(i, { credential: e.target.value })}
                      >
                        {credentials.map((g) => (
                          <optgroup key={g.label} label={g.label}>
                            {g.choices.map((c) => (
                              <option key={c.value} value={c.value}>
                                {c.label}
                              </option>
                            ))}
                          </optgroup>
                        ))}
                      </Select>
                    </Field>
                    <Field label="Earned or issued on" hint="YYYY-MM-DD" error={errors[`held.${i}.earnedOn`]}>
                      <Input
                        name={`held.${i}.earnedOn`}
                        inputMode="numeric"
                        autoComplete="off"
                        value={h.earnedOn}
                        onChange={(e) => setHeld(i, { earnedOn: e.target.value })}
                      />
                    </Field>
                    <Field label="Number (optional)" error={errors[`held.${i}.number`]}>
                      <Input
                        name={`held.${i}.number`}
                        autoComplete="off"
                        value={h.number}
                        onChange={(e) => setHeld(i, { number: e.target.value })}
                      />
                    </Field>
                  </div>
                  <button
                    type="button"
                    className="btn btn-secondary mt-3"
                    onClick={() => setValues((v) => ({ ...v, held: v.held.filter((_, j) => j !== i) }))}
                  >
                    Remove credential {i + 1}
                  </button>
                </li>
              ))}
            </ol>
            <button
              type="button"
              className="btn btn-secondary mt-3"
              onClick={() =>
                setValues((v) => ({
                  ...v,
                  held: [...v.held, { ...EMPTY_HELD, credential: firstCredential }],
                }))
              }
            >
              {values.held.length === 0 ? 'Add a credential or licence' : 'Add another'}
            </button>
          </Section>

          <button type="submit" className="btn" disabled={save.isPending}>
            {save.isPending ? 'Saving…' : 'Save and go to my record'}
          </button>
        </form>
      </Card>
    </>
  );
}
