import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSiteChange, type ManagedSite } from '../../api/placement-queries';
import { Field, Input } from '../../components/field';
import { ErrorAlert } from '../../components/page';
import { numberOrText } from './typed-number';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiProblem(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;

/** The site's area in a plain sentence: where a time punch counts as on site. */
export function describeSiteArea(site: Pick<ManagedSite, 'name' | 'area'>): string {
  if (site.area === null) return `No area set: a time punch at ${site.name} is not checked against a location.`;
  const { latitude, longitude, radiusM } = site.area;
  const ns = `${Math.abs(latitude).toFixed(5)}° ${latitude >= 0 ? 'north' : 'south'}`;
  const ew = `${Math.abs(longitude).toFixed(5)}° ${longitude >= 0 ? 'east' : 'west'}`;
  return `A time punch at ${site.name} counts as on site within ${String(radiusM)} metres of the point ${ns}, ${ew}; a punch from farther away is kept and marked off-site for an instructor to review.`;
}

/** Shows and sets the circle a time punch at the site is checked against (no map: the numbers and a sentence). */
export function SiteAreaForm({ schoolId, site }: { schoolId: string; site: ManagedSite }) {
  const change = useSiteChange(schoolId);
  const [latitude, setLatitude] = useState(site.area === null ? '' : String(site.area.latitude));
  const [longitude, setLongitude] = useState(site.area === null ? '' : String(site.area.longitude));
  const [radius, setRadius] = useState(site.area === null ? '300' : String(site.area.radiusM));
  const path = `/${encodeURIComponent(site.id)}/area`;
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate({ path, method: 'PUT', body: { area: { latitude: numberOrText(latitude), longitude: numberOrText(longitude), radiusM: numberOrText(radius) } } });
  };
  const other = change.isError && ['area.latitude', 'area.longitude', 'area.radiusM'].every((p) => fieldError(change.error, p) === undefined);
  return (
    <section className="mt-3" aria-label={`Area of ${site.name}`}>
      <h4 className="font-semibold">Area for time punches</h4>
      <p data-testid="site-area">{describeSiteArea(site)}</p>
      <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-2 sm:grid-cols-3">
        <Field label="Latitude of the centre" hint="degrees; north is positive, e.g. 29.7073" error={fieldError(change.error, 'area.latitude')}>
          <Input inputMode="decimal" value={latitude} onChange={(e) => setLatitude(e.target.value)} />
        </Field>
        <Field label="Longitude of the centre" hint="degrees; west is negative, e.g. -95.4018" error={fieldError(change.error, 'area.longitude')}>
          <Input inputMode="decimal" value={longitude} onChange={(e) => setLongitude(e.target.value)} />
        </Field>
        <Field label="Radius in metres" hint="20 to 5000" error={fieldError(change.error, 'area.radiusM')}>
          <Input inputMode="numeric" value={radius} onChange={(e) => setRadius(e.target.value)} />
        </Field>
        <div className="flex flex-wrap gap-2 sm:col-span-3">
          <button type="submit" className="btn" disabled={change.isPending}>
            Save area of {site.name}
          </button>
          {site.area === null ? null : (
            <button type="button" className="btn btn-secondary" disabled={change.isPending} onClick={() => change.mutate({ path, method: 'PUT', body: { area: null } })}>
              Stop checking location at {site.name}
            </button>
          )}
          <span aria-live="polite" className="text-sm">
            {change.isSuccess ? 'Saved.' : null}
          </span>
        </div>
      </form>
      {other ? <ErrorAlert>{describeError(change.error)}</ErrorAlert> : null}
    </section>
  );
}
