import { useId, useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import {
  scheduleCsvUrl,
  useCreateTerm,
  useManagedSites,
  usePlacementRuns,
  usePublishRun,
  useRunPlacement,
  useSiteChange,
  useTerms,
  type ClinicalTerm,
  type ManagedSite,
  type PlacementRun,
} from '../../api/placement-queries';
import { useMe } from '../../api/queries';
import { DataTable } from '../../components/data-table';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { SiteAreaForm } from './SiteAreaForm';
import { TimeSettingsCard } from './TimeSettingsCard';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiProblem(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;

const MODE_LABELS = {
  stable: 'Stable: no student and site would both rather have each other',
  optimal: 'Optimal: the most students placed, with the fewest low choices',
} as const;

function CapacityForm({ schoolId, site, term }: { schoolId: string; site: ManagedSite; term: ClinicalTerm }) {
  const change = useSiteChange(schoolId);
  const current = site.capacities.find((c) => c.termId === term.id)?.capacity ?? 0;
  const [value, setValue] = useState(String(current));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate({ path: `/${encodeURIComponent(site.id)}/capacities/${encodeURIComponent(term.id)}`, method: 'PUT', body: { capacity: Number(value) } });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="flex flex-wrap items-end gap-2">
      <Field label={`Places at ${site.name} in ${term.name}`} error={fieldError(change.error, 'capacity')} className="w-40">
        <Input type="number" min={0} inputMode="numeric" value={value} onChange={(e) => setValue(e.target.value)} />
      </Field>
      <button type="submit" className="btn" disabled={change.isPending}>
        Save places
      </button>
      <span aria-live="polite" className="text-sm">
        {change.isSuccess ? 'Saved.' : null}
        {change.isError && fieldError(change.error, 'capacity') === undefined ? describeError(change.error) : null}
      </span>
    </form>
  );
}

function PreceptorForm({ schoolId, site }: { schoolId: string; site: ManagedSite }) {
  const change = useSiteChange(schoolId);
  const [name, setName] = useState('');
  const [credentials, setCredentials] = useState('');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    change.mutate(
      { path: `/${encodeURIComponent(site.id)}/preceptors`, method: 'POST', body: { name: name.trim(), credentials: credentials.trim() } },
      { onSuccess: () => { setName(''); setCredentials(''); } },
    );
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 flex flex-wrap items-end gap-2">
      <Field label="Preceptor's name" error={fieldError(change.error, 'name')} className="min-w-40 flex-1">
        <Input value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Credentials" hint="e.g. RT(R)(CT)" error={fieldError(change.error, 'credentials')} className="w-40">
        <Input value={credentials} onChange={(e) => setCredentials(e.target.value)} />
      </Field>
      <button type="submit" className="btn" disabled={change.isPending}>
        Add preceptor
      </button>
    </form>
  );
}

/** Changes a site's address, city and modalities. */
function SiteDetailsForm({ schoolId, site, onDone }: { schoolId: string; site: ManagedSite; onDone: () => void }) {
  const change = useSiteChange(schoolId);
  const [address, setAddress] = useState(site.address ?? '');
  const [city, setCity] = useState(site.city ?? '');
  const [modalities, setModalities] = useState(site.modalities.join(', '));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { address: address.trim() || null, city: city.trim() || null, modalities: modalities.split(',').map((m) => m.trim()).filter((m) => m !== '') };
    change.mutate({ path: `/${encodeURIComponent(site.id)}`, method: 'PATCH', body }, { onSuccess: onDone });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-2 grid gap-2 sm:grid-cols-3">
      <Field label={`Address of ${site.name}`}>
        <Input value={address} onChange={(e) => setAddress(e.target.value)} />
      </Field>
      <Field label="City">
        <Input value={city} onChange={(e) => setCity(e.target.value)} />
      </Field>
      <Field label="Modalities" hint="separated by commas">
        <Input value={modalities} onChange={(e) => setModalities(e.target.value)} />
      </Field>
      <div className="sm:col-span-3">
        <button type="submit" className="btn" disabled={change.isPending}>
          Save details
        </button>
        {change.isError ? <ErrorAlert>{describeError(change.error)}</ErrorAlert> : null}
      </div>
    </form>
  );
}

function SiteCard({ schoolId, site, term }: { schoolId: string; site: ManagedSite; term: ClinicalTerm | undefined }) {
  const change = useSiteChange(schoolId);
  const [editing, setEditing] = useState(false);
  const where = [site.address, site.city].filter((x) => x !== null && x !== '').join(', ');
  return (
    <Card className="mt-3">
      <h3 className="text-lg font-semibold">{site.name}</h3>
      {where === '' ? null : <p className="text-slate-700">{where}</p>}
      <p>Modalities: {site.modalities.length === 0 ? 'none listed' : site.modalities.join(', ')}</p>
      {editing ? (
        <SiteDetailsForm schoolId={schoolId} site={site} onDone={() => setEditing(false)} />
      ) : (
        <button type="button" className="btn btn-secondary mt-1 text-sm" onClick={() => setEditing(true)}>
          Edit details of {site.name}
        </button>
      )}
      <h4 className="mt-2 font-semibold">Preceptors</h4>
      {site.preceptors.length === 0 ? (
        <p>None yet.</p>
      ) : (
        <ul className="list-disc pl-5">
          {site.preceptors.map((p) => (
            <li key={p.id}>
              {p.name}, {p.credentials}{' '}
              <button
                type="button"
                className="btn btn-secondary ml-2 text-sm"
                onClick={() => change.mutate({ path: `/${encodeURIComponent(site.id)}/preceptors/${encodeURIComponent(p.id)}`, method: 'DELETE' })}
              >
                Remove {p.name}
              </button>
            </li>
          ))}
        </ul>
      )}
      <PreceptorForm schoolId={schoolId} site={site} />
      <SiteAreaForm schoolId={schoolId} site={site} />
      {term === undefined ? null : (
        <div className="mt-3">
          <CapacityForm key={`${site.id}-${term.id}`} schoolId={schoolId} site={site} term={term} />
        </div>
      )}
    </Card>
  );
}

function NewSiteForm({ schoolId }: { schoolId: string }) {
  const change = useSiteChange(schoolId);
  const [name, setName] = useState('');
  const [address, setAddress] = useState('');
  const [city, setCity] = useState('');
  const [modalities, setModalities] = useState('');
  const id = useId();
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const body = { name: name.trim(), address: address.trim() || null, city: city.trim() || null, modalities: modalities.split(',').map((m) => m.trim()).filter((m) => m !== '') };
    change.mutate({ path: '', method: 'POST', body }, { onSuccess: () => { setName(''); setAddress(''); setCity(''); setModalities(''); } });
  };
  return (
    <Card className="mt-4">
      <form onSubmit={onSubmit} noValidate aria-labelledby={`${id}-t`}>
        <h2 id={`${id}-t`} className="text-lg font-semibold">
          Add a clinical site
        </h2>
        <div className="mt-2 grid gap-2 sm:grid-cols-2">
          <Field label="Site name" error={fieldError(change.error, 'name')}>
            <Input value={name} onChange={(e) => setName(e.target.value)} />
          </Field>
          <Field label="Modalities" hint="separated by commas, e.g. Radiography, CT">
            <Input value={modalities} onChange={(e) => setModalities(e.target.value)} />
          </Field>
          <Field label="Address">
            <Input value={address} onChange={(e) => setAddress(e.target.value)} />
          </Field>
          <Field label="City">
            <Input value={city} onChange={(e) => setCity(e.target.value)} />
          </Field>
        </div>
        <button type="submit" className="btn mt-3" disabled={change.isPending}>
          Add site
        </button>
        <div aria-live="polite">{change.isError && fieldError(change.error, 'name') === undefined ? <ErrorAlert>{describeError(change.error)}</ErrorAlert> : null}</div>
      </form>
    </Card>
  );
}

function NewTermForm({ schoolId }: { schoolId: string }) {
  const create = useCreateTerm(schoolId);
  const [name, setName] = useState('');
  const [startsOn, setStartsOn] = useState('');
  const [endsOn, setEndsOn] = useState('');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    create.mutate({ name: name.trim(), startsOn, endsOn }, { onSuccess: () => { setName(''); setStartsOn(''); setEndsOn(''); } });
  };
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 flex flex-wrap items-end gap-2">
      <Field label="Term name" error={fieldError(create.error, 'name')} className="min-w-40 flex-1">
        <Input value={name} onChange={(e) => setName(e.target.value)} />
      </Field>
      <Field label="Starts" error={fieldError(create.error, 'startsOn')}>
        <Input type="date" value={startsOn} onChange={(e) => setStartsOn(e.target.value)} />
      </Field>
      <Field label="Ends" error={fieldError(create.error, 'endsOn')}>
        <Input type="date" value={endsOn} onChange={(e) => setEndsOn(e.target.value)} />
      </Field>
      <button type="submit" className="btn" disabled={create.isPending}>
        Add term
      </button>
    </form>
  );
}

function RunResult({ run, schoolId, termId }: { run: PlacementRun; schoolId: string; termId: string }) {
  const publish = usePublishRun(schoolId, termId);
  const { report } = run;
  return (
    <div className="mt-4">
      <h3 className="text-lg font-semibold">
        {run.mode === 'stable' ? 'Stable' : 'Optimal'} placement, {run.publishedAt === null ? 'not published' : 'published'}
      </h3>
      <p>
        {report.placed} of {report.students} students placed; {Math.round(report.firstChoiceShare * 100)}% at their first choice.
      </p>
      <DataTable
        caption="Assignments, each explained"
        rows={run.assignments}
        rowKey={(a) => a.personId}
        columns={[
          { header: 'Student', cell: (a) => a.studentName },
          { header: 'Site', cell: (a) => a.siteName ?? 'Not placed' },
          { header: 'Why', cell: (a) => a.explanation },
        ]}
      />
      {run.publishedAt === null ? (
        <button type="button" className="btn mt-3" disabled={publish.isPending} onClick={() => publish.mutate(run.id)}>
          Publish this placement
        </button>
      ) : (
        <p className="mt-3" role="status">
          Published: students see their rotation.
        </p>
      )}
      {publish.isError ? <ErrorAlert>{describeError(publish.error)}</ErrorAlert> : null}
    </div>
  );
}

function RunPanel({ schoolId, term }: { schoolId: string; term: ClinicalTerm }) {
  const runs = usePlacementRuns(schoolId, term.id);
  const run = useRunPlacement(schoolId, term.id);
  const [mode, setMode] = useState<'stable' | 'optimal'>('stable');
  const latest = runs.data?.runs[0];
  const published = runs.data?.runs.some((r) => r.publishedAt !== null) ?? false;
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Place the students for {term.name}</h2>
      <fieldset className="mt-2">
        <legend className="font-medium">How to place</legend>
        {(['stable', 'optimal'] as const).map((m) => (
          <label key={m} className="mt-1 flex items-start gap-2">
            <input type="radio" name="mode" value={m} checked={mode === m} onChange={() => setMode(m)} className="mt-1" />
            <span>{MODE_LABELS[m]}</span>
          </label>
        ))}
      </fieldset>
      <button type="button" className="btn mt-3" disabled={run.isPending} onClick={() => run.mutate(mode)}>
        {run.isPending ? 'Placing…' : 'Run placement'}
      </button>
      {run.isError ? <ErrorAlert>{describeError(run.error)}</ErrorAlert> : null}
      {runs.isPending ? <Loading what="placements" /> : latest === undefined ? <p className="mt-2">No placement has been run for this term yet.</p> : <RunResult run={latest} schoolId={schoolId} termId={term.id} />}
      {published ? (
        <p className="mt-3">
          <a className="btn btn-secondary no-underline" href={scheduleCsvUrl(schoolId, term.id)} download>
            Download the rotation schedule (CSV)
          </a>
        </p>
      ) : null}
    </Card>
  );
}

function SchoolPlacement({ schoolId }: { schoolId: string }) {
  const sites = useManagedSites(schoolId);
  const terms = useTerms(schoolId);
  const [termId, setTermId] = useState<string | undefined>(undefined);
  const allTerms = terms.data?.terms ?? [];
  const term = allTerms.find((t) => t.id === termId) ?? allTerms[allTerms.length - 1];
  if (sites.isPending || terms.isPending) return <Loading what="clinical sites" />;
  if (sites.isError) return <ErrorAlert>{describeError(sites.error)}</ErrorAlert>;
  return (
    <>
      <Card className="mt-4">
        <h2 className="text-lg font-semibold">Terms</h2>
        {allTerms.length === 0 ? (
          <p>No terms yet: add one to give sites places and place students.</p>
        ) : (
          <Field label="Term">
            <Select value={term?.id ?? ''} onChange={(e) => setTermId(e.target.value)}>
              {allTerms.map((t) => (
                <option key={t.id} value={t.id}>
                  {t.name} ({t.startsOn} to {t.endsOn})
                </option>
              ))}
            </Select>
          </Field>
        )}
        <NewTermForm schoolId={schoolId} />
      </Card>
      <h2 className="mt-6 text-xl font-semibold">Clinical sites</h2>
      {sites.data.sites.length === 0 ? <EmptyState>No clinical sites yet.</EmptyState> : sites.data.sites.map((s) => <SiteCard key={s.id} schoolId={schoolId} site={s} term={term} />)}
      <NewSiteForm schoolId={schoolId} />
      {term === undefined ? null : <RunPanel key={term.id} schoolId={schoolId} term={term} />}
      <TimeSettingsCard schoolId={schoolId} />
    </>
  );
}

/** The program director's clinical sites, terms and placement, for each school they keep. */
export function PlacementAdminPage() {
  const me = useMe();
  const schools = me.memberships.filter((m) => (me.can.managePlacementAt ?? []).includes(m.organisationId));
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const schoolId = chosen ?? schools[0]?.organisationId;
  return (
    <div>
      <PageHeading title="Clinical placement" />
      {schools.length > 1 ? (
        <Field label="School">
          <Select value={schoolId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {schools.map((s) => (
              <option key={s.organisationId} value={s.organisationId}>
                {s.organisationName}
              </option>
            ))}
          </Select>
        </Field>
      ) : schools[0] === undefined ? null : (
        <p className="mt-1 text-slate-700">{schools[0].organisationName}</p>
      )}
      {schoolId === undefined ? <EmptyState>You keep no school's clinical sites.</EmptyState> : <SchoolPlacement key={schoolId} schoolId={schoolId} />}
    </div>
  );
}
