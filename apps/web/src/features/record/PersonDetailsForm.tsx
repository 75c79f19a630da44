import { importResultSchema, personDetailsSchema, toFieldIssues } from '@modality/contracts';
import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useState, type SubmitEvent } from 'react';
import { useCatalogue } from '../../api/catalogue';
import { apiRequest, describeError, isApiProblem } from '../../api/client';
import { queryKeys, type PersonRecordData } from '../../api/queries';
import { Field, Input, Select } from '../../components/field';
import { ErrorAlert } from '../../components/page';
import { countryGroups } from './entry-form';

type Errors = Readonly<Record<string, readonly string[]>>;

/**
 * Changes who the record is about (`PUT /people/{id}/person`): name, birth date, country and, in the
 * United States, the state. Checked with the contract before sending; the server's refusals land on the fields.
 */
export function PersonDetailsForm({
  personId,
  person,
  onDone,
}: {
  personId: string;
  person: PersonRecordData['person'];
  onDone: () => void;
}) {
  const catalogue = useCatalogue();
  const queryClient = useQueryClient();
  const [values, setValues] = useState<{ name: string; birthDate: string; country: string; region: string }>({
    name: person.name,
    birthDate: person.birthDate,
    country: person.country,
    region: person.region ?? '',
  });
  const [errors, setErrors] = useState<Errors>({});
  const [failure, setFailure] = useState<string | null>(null);
  const save = useMutation({
    mutationFn: (body: unknown) =>
      apiRequest(`/v1/people/${encodeURIComponent(personId)}/person`, importResultSchema, {
        method: 'PUT',
        body,
      }),
    onSuccess: async () => {
      await Promise.all([
        queryClient.invalidateQueries({ queryKey: queryKeys.record(personId) }),
        queryClient.invalidateQueries({ queryKey: queryKeys.people }),
      ]);
    },
  });
  const states = (catalogue?.jurisdictions ?? []).filter((j) => j.kind === 'us-state');
  const place = (issues: readonly { path: string; message: string }[]) => {
    const found: Record<string, string[]> = {};
    for (const i of issues) (found[i.path.split('.')[0] ?? ''] ??= []).push(i.message);
    setErrors(found);
  };

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    setFailure(null);
    const body = {
      name: values.name.trim(),
      birthDate: values.birthDate.trim(),
      country: values.country,
      ...(values.country === 'US' && values.region !== '' ? { region: values.region } : {}),
    };
    const parsed = personDetailsSchema.safeParse(body);
    if (!parsed.success) return place(toFieldIssues(parsed.error.issues));
    setErrors({});
    save.mutate(parsed.data, {
      onSuccess: onDone,
      onError: (error) => {
        if (isApiProblem(error) && error.status === 400 && error.fieldErrors.length > 0)
          place(error.fieldErrors);
        else setFailure(`Nothing was saved. ${describeError(error)}`);
      },
    });
  };

  return (
    <form
      onSubmit={onSubmit}
      noValidate
      aria-label="Change your details"
      className="no-print mt-4 space-y-4 rounded-md border border-slate-300 p-4"
    >
      <h3 className="text-lg font-semibold">Change the details</h3>
      {failure === null ? null : <ErrorAlert>{failure}</ErrorAlert>}
      <div className="grid gap-4 md:grid-cols-2">
        <Field label="Full name" error={errors['name']}>
          <Input
            name="name"
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
      <div className="flex flex-wrap gap-2">
        <button type="submit" className="btn" disabled={save.isPending}>
          {save.isPending ? 'Saving…' : 'Save changes'}
        </button>
        <button type="button" className="btn btn-secondary" onClick={onDone}>
          Cancel
        </button>
      </div>
    </form>
  );
}
