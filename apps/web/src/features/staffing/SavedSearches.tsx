import { ALERT_FREQUENCIES, ALERT_FREQUENCY_WORDS, EMPLOYMENT_WORDS, MODALITY_WORDS, type AlertFrequency } from '@modality/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useRoles } from '../../api/queries';
import { useDeleteSavedSearch, useSaveSearch, useSavedSearches, type SavedSearch, type SavedSearchInput } from '../../api/staffing-queries';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert } from '../../components/page';
import { isEmploymentType, isModality, isPayUnit, PAY_UNIT_LABELS } from './search-words';

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
  alertFrequency: AlertFrequency;
}

const isFrequency = (v: string): v is AlertFrequency => ALERT_FREQUENCIES.some((f) => f === v);

function bodyOf(d: Draft): SavedSearchInput {
  return {
    ...(d.role === '' ? {} : { role: d.role as NonNullable<SavedSearchInput['role']> }),
    ...(isModality(d.modality) ? { modality: d.modality } : {}),
    ...(isEmploymentType(d.employmentType) ? { employmentType: d.employmentType } : {}),
    ...(d.near.trim() === '' ? {} : { near: d.near.trim() }),
    ...(d.radiusKm.trim() === '' ? {} : { radiusKm: Number(d.radiusKm) }),
    ...(d.minPay.trim() === '' ? {} : { minPay: Number(d.minPay) }),
    ...(isPayUnit(d.payUnit) ? { payUnit: d.payUnit } : {}),
    alertFrequency: d.alertFrequency,
  };
}

/** A saved search's filters and alert frequency back in the form. */
function draftOf(saved: SavedSearch): Draft {
  const s = saved.search;
  const text = (v: unknown) => (typeof v === 'string' || typeof v === 'number' ? String(v) : '');
  return {
    role: text(s.role),
    modality: text(s.modality),
    employmentType: text(s.employmentType),
    near: text(s.near),
    radiusKm: text(s.radiusKm ?? 50),
    minPay: text(s.minPay),
    payUnit: text(s.payUnit ?? 'year'),
    alertFrequency: saved.alertFrequency,
  };
}

/**
 * "My job search": the searches one saved (in words, with whether alerts are mailed), changing or deleting
 * one, and saving a new one — filled in from the job board's "save this search" link.
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
    alertFrequency: 'hourly',
  });
  const [editing, setEditing] = useState<SavedSearch | null>(null);
  const set = (key: Exclude<keyof Draft, 'alertFrequency'>) => (e: { target: { value: string } }) => setDraft({ ...draft, [key]: e.target.value });
  const errorFor = (path: string) => (isApiProblem(save.error) ? save.error.fieldErrors.filter((e) => e.path === path).map((e) => e.message) : []);
  const fieldPaths = ['role', 'modality', 'employmentType', 'near', 'radiusKm', 'minPay', 'payUnit', 'alertFrequency'];
  const otherError = save.isError && !(isApiProblem(save.error) && save.error.fieldErrors.some((e) => fieldPaths.includes(e.path)));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ id: editing?.id ?? null, body: bodyOf(draft) }, { onSuccess: () => setEditing(null) });
  };
  const edit = (s: SavedSearch) => {
    save.reset();
    setEditing(s);
    setDraft(draftOf(s));
  };
  return (
    <Card className="mt-4">
      <h2 id="saved-searches-title" className="text-lg font-semibold">
        Saved searches
      </h2>
      <p className="mt-1 text-slate-700">New jobs that match a saved search are mailed to you, each job once: as they open (checked every hour), or in one mail a day or a week listing the new ones (none when there are none).</p>
      {saved.data === undefined || saved.data.length === 0 ? (
        <EmptyState>No saved searches yet.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2" data-testid="saved-searches">
          {saved.data.map((s) => (
            <li key={s.id}>
              <span>{s.says}</span>
              <span className="block text-sm text-slate-700">Alerts: {s.alertsSay}</span>
              <button type="button" className="ml-2 rounded border border-slate-500 px-2 py-1 text-sm" onClick={() => edit(s)} aria-label={`Change the search: ${s.says}`}>
                Change
              </button>
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
          {editing === null ? 'Save a search' : `Change the search: ${editing.says}`}
        </h3>
        {editing === null ? null : <p className="mt-1 text-slate-700">If you change its filters, alerts for it start again from the change: jobs opened before it are not mailed.</p>}
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
              {Object.entries(MODALITY_WORDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Type of job" error={errorFor('employmentType')}>
            <Select value={draft.employmentType} onChange={set('employmentType')}>
              <option value="">Any type</option>
              {Object.entries(EMPLOYMENT_WORDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="Near (ZIP, City, ST, or City, Country)" error={errorFor('near')}>
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
          <Field label="Mail me new jobs" error={errorFor('alertFrequency')}>
            <Select value={draft.alertFrequency} onChange={(e) => setDraft({ ...draft, alertFrequency: isFrequency(e.target.value) ? e.target.value : 'hourly' })}>
              {ALERT_FREQUENCIES.map((f) => (
                <option key={f} value={f}>
                  {ALERT_FREQUENCY_WORDS[f]}
                </option>
              ))}
            </Select>
          </Field>
        </div>
        <div className="mt-3 flex flex-wrap gap-2">
          <button type="submit" className="rounded bg-blue-700 px-3 py-2 text-white" disabled={save.isPending}>
            {editing === null ? 'Save this search' : 'Save changes'}
          </button>
          {editing === null ? null : (
            <button type="button" className="rounded border border-slate-500 px-3 py-2" onClick={() => setEditing(null)}>
              Cancel
            </button>
          )}
        </div>
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
