import { getRouteApi } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useRoles } from '../../api/queries';
import { useDeleteSavedSearch, useSaveSearch, useSavedSearches, type SavedSearchInput } from '../../api/staffing-queries';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert } from '../../components/page';
import { EMPLOYMENT_LABELS, isEmploymentType, isModality, isPayUnit, MODALITY_LABELS, PAY_UNIT_LABELS } from './search-words';

const route = getRouteApi('/app/job-search');

/** The filters of a search as the form holds them: text, empty for "any". */
interface Draft {
  role: string;
  modality: string;
  employmentType: string;
  near: string;
  radiusKm: string;
  minPay: string;
  payUnit: string;
}

function bodyOf(d: Draft): SavedSearchInput {
  return {
    ...(d.role === '' ? {} : { role: d.role as NonNullable<SavedSearchInput['role']> }),
    ...(isModality(d.modality) ? { modality: d.modality } : {}),
    ...(isEmploymentType(d.employmentType) ? { employmentType: d.employmentType } : {}),
    ...(d.near.trim() === '' ? {} : { near: d.near.trim() }),
    ...(d.radiusKm.trim() === '' ? {} : { radiusKm: Number(d.radiusKm) }),
    ...(d.minPay.trim() === '' ? {} : { minPay: Number(d.minPay) }),
    ...(isPayUnit(d.payUnit) ? { payUnit: d.payUnit } : {}),
  };
}

/**
 * "My job search": the searches one saved (in words, with whether alerts are mailed), deleting one, and
 * saving a new one — filled in from the job board's "save this search" link.
 */
export function SavedSearches() {
  const from = route.useSearch();
  const saved = useSavedSearches();
  const save = useSaveSearch();
  const remove = useDeleteSavedSearch();
  const roles = useRoles();
  const [draft, setDraft] = useState<Draft>({
    role: from.role ?? '',
    modality: from.modality ?? '',
    employmentType: from.employmentType ?? '',
    near: from.near ?? '',
    radiusKm: from.radiusKm ?? '50',
    minPay: from.minPay ?? '',
    payUnit: from.payUnit ?? 'year',
  });
  const set = (key: keyof Draft) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const errorFor = (path: string) => (isApiProblem(save.error) ? save.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);
  const fieldPaths = ['role', 'modality', 'employmentType', 'near', 'radiusKm', 'minPay', 'payUnit'];
  const otherError = save.isError && !(isApiProblem(save.error) && save.error.fieldErrors.some((e) => fieldPaths.includes(e.path)));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate(bodyOf(draft));
  };
  return (
    <Card className="mt-4">
      <h2 id="saved-searches-title" className="text-lg font-semibold">
        Saved searches
      </h2>
      <p className="mt-1 text-slate-700">New jobs that match a saved search are mailed to you, at most once an hour, each job once.</p>
      {saved.data === undefined || saved.data.length === 0 ? (
        <EmptyState>No saved searches yet.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2" data-testid="saved-searches">
          {saved.data.map((s) => (
            <li key={s.id}>
              <span>{s.says}</span>
              <button type="button" className="ml-2 rounded border border-slate-500 px-2 py-1 text-sm" onClick={() => remove.mutate(s.id)} disabled={remove.isPending}>
                Delete
              </button>
              {s.alertsWithheld === null ? null : <p className="text-sm text-amber-900">{s.alertsWithheld}</p>}
            </li>
          ))}
        </ul>
      )}
      {remove.isError ? <ErrorAlert>{describeError(remove.error)}</ErrorAlert> : null}
      <form onSubmit={onSubmit} noValidate aria-labelledby="save-search-title" className="mt-4">
        <h3 id="save-search-title" className="font-semibold">
          Save a search
        </h3>
        <div className="mt-2 grid gap-3 sm:grid-cols-2">
          <Field label="Role" error={errorFor('role')}>
            <Select value={draft.role} onChange={set('role')}>
              <option value="">Any role</option>
              {(roles.data?.items ?? []).map((r) => (
                <option key={r.code} value={r.code}>
                  {r.title}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Modality" error={errorFor('modality')}>
            <Select value={draft.modality} onChange={set('modality')}>
              <option value="">Any modality</option>
              {Object.entries(MODALITY_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Type of job" error={errorFor('employmentType')}>
            <Select value={draft.employmentType} onChange={set('employmentType')}>
              <option value="">Any type</option>
              {Object.entries(EMPLOYMENT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Near (ZIP or City, ST)" error={errorFor('near')}>
            <Input value={draft.near} onChange={set('near')} placeholder="77030 or Houston, TX" />
          </Field>
          <Field label="Within (km)" error={errorFor('radiusKm')}>
            <Input type="number" min={1} max={1000} value={draft.radiusKm} onChange={set('radiusKm')} />
          </Field>
          <Field label="Pay at least" error={errorFor('minPay')}>
            <Input type="number" min={1} step="any" value={draft.minPay} onChange={set('minPay')} />
          </Field>
          <Field label="Per" error={errorFor('payUnit')}>
            <Select value={draft.payUnit} onChange={set('payUnit')}>
              {Object.entries(PAY_UNIT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <button type="submit" className="mt-3 rounded bg-blue-700 px-3 py-2 text-white" disabled={save.isPending}>
          Save this search
        </button>
        {save.isSuccess ? (
          <p role="status" className="mt-2 text-green-800">
            Saved: {save.data.says}.
          </p>
        ) : null}
        {otherError ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
      </form>
    </Card>
  );
}
