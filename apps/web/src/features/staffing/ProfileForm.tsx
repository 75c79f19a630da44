import type { PayUnit, WorkShift } from '@modality/domain';
import { useMemo, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useUpdateProfile, type Profile } from '../../api/staffing-queries';
import { Field, Input, Select } from '../../components/field';
import { Card, ErrorAlert } from '../../components/page';
import { countries, countryName } from './countries';
import { bodyOfProfile, draftOfProfile, MAX_PLACES, placeRowOf, type PlaceDraft, type ProfileDraft } from './profile-form';
import { PAY_UNIT_LABELS, SHIFT_LABELS } from './search-words';

const VISIBILITY_WORDS: Readonly<Record<Profile['visibility'], string>> = {
  'all-recruiters': 'All recruiters (employers and agencies)',
  'employers-only': 'Employers only, no agencies',
  hidden: 'Nobody (hidden)',
};

/** The refusals of one save, by where they show: a place row, a field, or the form as a whole. */
function refusals(error: unknown, draft: ProfileDraft) {
  const fields = isApiProblem(error) ? error.fieldErrors : [];
  const place = new Map<number, { near: string[]; radius: string[] }>();
  const at = (prefix: string) => fields.filter((f) => f.path === prefix || f.path.startsWith(`${prefix}.`) || f.path.startsWith(`${prefix}[`)).map((f) => f.message);
  for (const f of fields) {
    const m = /^preferences\.places\[(\d+)\]\.(near|radiusKm)$/.exec(f.path);
    if (m === null) continue;
    const row = placeRowOf(draft, Number(m[1]));
    if (row === undefined) continue;
    const entry = place.get(row) ?? { near: [], radius: [] };
    (m[2] === 'near' ? entry.near : entry.radius).push(f.message);
    place.set(row, entry);
  }
  const shown = ['preferences.places', 'preferences.payFloor', 'preferences.startDate', 'preferences.workAuthorisation', 'preferences.shifts'];
  const elsewhere = fields.filter((f) => !shown.some((s) => f.path.startsWith(s)));
  return {
    place,
    places: fields.filter((f) => f.path === 'preferences.places').map((f) => f.message),
    pay: at('preferences.payFloor'),
    startDate: at('preferences.startDate'),
    countries: at('preferences.workAuthorisation'),
    shifts: at('preferences.shifts'),
    /** A refusal with no field of its own here, or one that is not about a field. */
    general: error !== null && (!isApiProblem(error) || error.fieldErrors.length === 0 || elsewhere.length > 0),
  };
}

/**
 * The candidate's profile: whether and to whom they can be found, and what they want — places and how far
 * around each, moving, travel contracts, shifts, the lowest pay, when they can start, and where they may work
 * without a visa sponsor. Their credentials come from their record (shown, never typed here).
 */
export function ProfileForm({ profile }: { profile: Profile }) {
  const update = useUpdateProfile();
  const [draft, setDraft] = useState<ProfileDraft>(() => draftOfProfile(profile));
  const [country, setCountry] = useState('');
  const allCountries = useMemo(() => countries(), []);
  const set = <K extends keyof ProfileDraft>(key: K, value: ProfileDraft[K]) => setDraft((d) => ({ ...d, [key]: value }));
  const setPlace = (i: number, change: Partial<PlaceDraft>) => set('places', draft.places.map((p, j) => (j === i ? { ...p, ...change } : p)));
  const errors = refusals(update.error, draft);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    update.mutate(bodyOfProfile(draft));
  };
  const addCountry = () => {
    if (country === '' || draft.workAuthorisation.includes(country)) return;
    set('workAuthorisation', [...draft.workAuthorisation, country]);
    setCountry('');
  };
  return (
    <Card className="mt-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby="profile-title">
        <h2 id="profile-title" className="text-lg font-semibold">
          Your profile
        </h2>
        <p className="mt-1 text-slate-700">
          Recruiters see you as <strong data-testid="handle">{profile.handle}</strong>, with your city, credentials and years — never your name or
          contact details until you accept a request.
        </p>
        <div className="mt-3 flex flex-wrap items-end gap-3">
          <label className="flex items-center gap-2">
            <input type="checkbox" checked={draft.enabled} onChange={(e) => set('enabled', e.target.checked)} />
            Let recruiters find me
          </label>
          <Field label="Who may find me">
            <Select value={draft.visibility} onChange={(e) => set('visibility', e.target.value as Profile['visibility'])}>
              {Object.entries(VISIBILITY_WORDS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
        </div>

        <fieldset className="mt-4">
          <legend className="font-semibold">Where I want to work</legend>
          {draft.places.length === 0 ? <p className="text-slate-700">No place yet: recruiters see you only if you are willing to move.</p> : null}
          <ul className="space-y-2">
            {draft.places.map((p, i) => (
              <li key={i} className="flex flex-wrap items-end gap-3" data-testid="profile-place">
                <Field label={`Place ${String(i + 1)} (ZIP, City, ST, or City, Country)`} error={errors.place.get(i)?.near}>
                  <Input value={p.near} onChange={(e) => setPlace(i, { near: e.target.value })} />
                </Field>
                <Field label={`Distance from place ${String(i + 1)} (km)`} error={errors.place.get(i)?.radius} className="w-28">
                  <Input type="number" inputMode="numeric" min={1} max={1000} value={p.radiusKm} onChange={(e) => setPlace(i, { radiusKm: e.target.value })} />
                </Field>
                <button type="button" className="btn btn-secondary" onClick={() => set('places', draft.places.filter((_, j) => j !== i))}>
                  Remove place {i + 1}
                </button>
              </li>
            ))}
          </ul>
          {errors.places.length === 0 ? null : <p className="text-sm font-semibold text-red-800">{errors.places.join('; ')}</p>}
          {draft.places.length < MAX_PLACES ? (
            <button type="button" className="btn btn-secondary mt-2" onClick={() => set('places', [...draft.places, { near: '', radiusKm: '50' }])}>
              Add a place
            </button>
          ) : null}
          <label className="mt-2 flex items-center gap-2">
            <input type="checkbox" checked={draft.relocate} onChange={(e) => set('relocate', e.target.checked)} />
            Willing to move
          </label>
          <label className="mt-1 flex items-center gap-2">
            <input type="checkbox" checked={draft.travel} onChange={(e) => set('travel', e.target.checked)} />
            Open to travel contracts
          </label>
        </fieldset>

        <fieldset className="mt-4">
          <legend className="font-semibold">Shifts I will work</legend>
          <p className="text-sm text-slate-700">None ticked: any shift.</p>
          <div className="flex flex-wrap gap-x-4 gap-y-1">
            {Object.entries(SHIFT_LABELS).map(([value, label]) => (
              <label key={value} className="flex items-center gap-2">
                <input
                  type="checkbox"
                  checked={draft.shifts.includes(value as WorkShift)}
                  onChange={(e) => set('shifts', e.target.checked ? [...draft.shifts, value as WorkShift] : draft.shifts.filter((s) => s !== value))}
                />
                {label}
              </label>
            ))}
          </div>
          {errors.shifts.length === 0 ? null : <p className="text-sm font-semibold text-red-800">{errors.shifts.join('; ')}</p>}
        </fieldset>

        <div className="mt-4 flex flex-wrap items-end gap-3">
          <Field label="Lowest pay I would take" hint="Leave empty for no floor." error={errors.pay}>
            <Input type="number" inputMode="decimal" min={0} step="any" value={draft.payAmount} onChange={(e) => set('payAmount', e.target.value)} />
          </Field>
          <Field label="Paid per">
            <Select value={draft.payUnit} onChange={(e) => set('payUnit', e.target.value as PayUnit)}>
              {Object.entries(PAY_UNIT_LABELS).map(([value, label]) => (
                <option key={value} value={value}>
                  {label}
                </option>
              ))}
            </Select>
          </Field>
          <Field label="I can start from" hint="Leave empty for any time." error={errors.startDate}>
            <Input type="date" value={draft.startDate} onChange={(e) => set('startDate', e.target.value)} />
          </Field>
        </div>

        <fieldset className="mt-4">
          <legend className="font-semibold">Where I may work without a visa sponsor</legend>
          {draft.workAuthorisation.length === 0 ? <p className="text-slate-700">No country yet.</p> : null}
          <ul className="flex flex-wrap gap-2" aria-label="Countries where I may work without a sponsor">
            {draft.workAuthorisation.map((code) => (
              <li key={code} className="flex items-center gap-2 rounded border border-slate-300 px-2 py-1">
                {countryName(code)}
                <button type="button" className="text-sm underline" onClick={() => set('workAuthorisation', draft.workAuthorisation.filter((c) => c !== code))}>
                  Remove {countryName(code)}
                </button>
              </li>
            ))}
          </ul>
          <div className="mt-2 flex flex-wrap items-end gap-3">
            <Field label="Add a country" error={errors.countries}>
              <Select value={country} onChange={(e) => setCountry(e.target.value)}>
                <option value="">Choose a country</option>
                {allCountries
                  .filter((c) => !draft.workAuthorisation.includes(c.code))
                  .map((c) => (
                    <option key={c.code} value={c.code}>
                      {c.name}
                    </option>
                  ))}
              </Select>
            </Field>
            <button type="button" className="btn btn-secondary" onClick={addCountry} disabled={country === ''}>
              Add
            </button>
          </div>
        </fieldset>

        <button type="submit" className="btn btn-primary mt-4" disabled={update.isPending}>
          Save my profile
        </button>
        {update.isSuccess ? (
          <p role="status" className="mt-2 text-green-800">
            Saved.
          </p>
        ) : null}
        {update.isError && errors.general ? <ErrorAlert>{describeError(update.error)}</ErrorAlert> : null}
      </form>
      <h3 className="mt-4 font-semibold">Credentials from your record</h3>
      <p className="text-slate-700">{profile.credentials.held.map((h) => h.name).join(', ') || 'None on your record yet.'}</p>
      {profile.credentials.inProgress.length === 0 ? null : (
        <p className="text-slate-700">Under way: {profile.credentials.inProgress.map((c) => c.name).join(', ')}</p>
      )}
    </Card>
  );
}
