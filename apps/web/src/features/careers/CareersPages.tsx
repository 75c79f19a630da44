import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError } from '../../api/client';
import { useRole, useRoles } from '../../api/queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import type { RoleProfile, SourcedFact } from './career-schema';
import {
  confidenceLabel,
  credentialName,
  credentialsIn,
  formatFigure,
  JURISDICTION_GROUPS,
  jurisdictionName,
  outlookRow,
  valueOf,
  vintagesOf,
} from './career-view';
import { Fact, FigureChart, SourceLink } from './facts';

const usd = (n: number) => `USD ${n.toLocaleString('en-US')}`;

/** The jurisdictions as `<option>`s, grouped. */
export function JurisdictionOptions() {
  return (
    <>
      {JURISDICTION_GROUPS.map((g) => (
        <optgroup key={g.label} label={g.label}>
          {g.items.map((j) => (
            <option key={j.code} value={j.code}>
              {j.name} ({j.code})
            </option>
          ))}
        </optgroup>
      ))}
    </>
  );
}

/** "Careers": a card per imaging role, and two roles to compare. */
export function CareersPage() {
  const roles = useRoles();
  const navigate = useNavigate();
  const [a, setA] = useState('');
  const [b, setB] = useState('');
  const onCompare = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (a !== '' && b !== '') void navigate({ to: '/careers/compare', search: { a, b } });
  };
  return (
    <>
      <PageHeading title="Careers in medical imaging" />
      <p className="mt-2 max-w-3xl text-slate-700">
        What each role does, how it pays and grows in the United States, and the credentials that open it.
        Every figure names its source and vintage; figures no source confirms say so.
      </p>
      {roles.isPending ? <Loading what="roles" /> : null}
      {roles.isError ? <ErrorAlert>{describeError(roles.error)}</ErrorAlert> : null}
      {roles.data === undefined ? null : (
        <>
          <ul className="mt-4 grid gap-3 sm:grid-cols-2 lg:grid-cols-3" aria-label="Imaging roles">
            {roles.data.items.map((role) => (
              <li key={role.code} data-testid="role-card">
                <Card className="h-full">
                  <h2 className="text-lg font-semibold">
                    <Link to="/careers/$code" params={{ code: role.code }}>
                      {role.title}
                    </Link>
                  </h2>
                  <p className="mt-1 text-sm text-slate-700">Modalities: {role.modalities.join(', ')}</p>
                  <p className="text-sm text-slate-700">
                    US occupation code (SOC): {role.soc ?? 'not confirmed'}
                  </p>
                </Card>
              </li>
            ))}
          </ul>
          <section aria-labelledby="compare-heading" className="mt-6">
            <h2 id="compare-heading" className="text-xl font-semibold">
              Compare two roles
            </h2>
            <form onSubmit={onCompare} className="mt-2 flex flex-wrap items-end gap-3">
              <RoleSelect
                id="compare-a"
                label="First role"
                roles={roles.data.items}
                value={a}
                onChange={setA}
              />
              <RoleSelect
                id="compare-b"
                label="Second role"
                roles={roles.data.items}
                value={b}
                onChange={setB}
              />
              <button type="submit" className="btn">
                Compare
              </button>
            </form>
          </section>
        </>
      )}
    </>
  );
}

const OUTLOOK_ROWS: readonly { key: keyof NonNullable<RoleProfile['usOutlook']>; label: string }[] = [
  { key: 'medianAnnualWage', label: 'Median annual pay' },
  { key: 'p10AnnualWage', label: 'Lowest 10 % earn less than' },
  { key: 'p90AnnualWage', label: 'Highest 10 % earn more than' },
  { key: 'medianHourlyWage', label: 'Median hourly pay' },
  { key: 'employment', label: 'Employment' },
  { key: 'projectedChangePct', label: 'Projected change in employment' },
  { key: 'numericChange', label: 'Projected change (jobs)' },
  { key: 'annualOpenings', label: 'Openings a year' },
];

/** A labelled, required choice of one role. */
function RoleSelect(props: {
  id: string;
  label: string;
  roles: ReadonlyArray<{ code: string; title: string }>;
  value: string;
  onChange: (code: string) => void;
}) {
  return (
    <div>
      <label htmlFor={props.id} className="block font-medium">
        {props.label}
      </label>
      <select
        id={props.id}
        className="field-input"
        value={props.value}
        onChange={(e) => props.onChange(e.target.value)}
        required
      >
        <option value="">Choose a role</option>
        {props.roles.map((r) => (
          <option key={r.code} value={r.code}>
            {r.title}
          </option>
        ))}
      </select>
    </div>
  );
}

function isFact(value: unknown): value is SourcedFact {
  return typeof value === 'object' && value !== null && 'confidence' in value && 'value' in value;
}

/** Pay and outlook (US), a table of facts with a chart of the pay figures. */
export function OutlookSection({ role, headingId }: { role: RoleProfile; headingId: string }) {
  const o = role.usOutlook;
  if (o === null) {
    return (
      <EmptyState>
        No US occupation code is confirmed for this role, so no US pay or outlook figures are shown.
      </EmptyState>
    );
  }
  const pay = [
    { name: 'Lowest 10 %', fact: o.p10AnnualWage },
    { name: 'Median', fact: o.medianAnnualWage },
    { name: 'Highest 10 %', fact: o.p90AnnualWage },
  ];
  return (
    <>
      <p className="text-sm text-slate-700">
        {o.occupation} (SOC {o.soc}){role.outlookNote === undefined ? '' : `. ${role.outlookNote}`}
      </p>
      <FigureChart
        caption={`Annual pay, ${o.occupation}, United States (${vintagesOf(pay.map((p) => p.fact)) || 'vintage not confirmed'}): ${pay
          .map((p) => `${p.name} ${p.fact.value === null ? 'not confirmed' : formatFigure(p.fact)}`)
          .join(', ')}.`}
        rows={pay.map((p) => ({ level: p.name, pay: valueOf(p.fact) }))}
        series={[{ key: 'pay', name: 'Annual pay (USD)', color: '#0b5566' }]}
        label="level"
        format={usd}
      />
      <table className="data-table mt-3" aria-labelledby={headingId}>
        <thead>
          <tr>
            <th scope="col">Figure</th>
            <th scope="col">Value, vintage and source</th>
          </tr>
        </thead>
        <tbody>
          {OUTLOOK_ROWS.map(({ key, label }) => {
            const fact = o[key];
            return isFact(fact) ? (
              <tr key={key}>
                <th scope="row">{label}</th>
                <td>
                  <Fact fact={fact} />
                </td>
              </tr>
            ) : null;
          })}
        </tbody>
      </table>
    </>
  );
}

const roleRoute = getRouteApi('/public/careers/$code');

/** One role: the work, entry education, pay and outlook, the credentials that open it, codes, shortage. */
export function RolePage() {
  const { code } = roleRoute.useParams();
  const { in: where } = roleRoute.useSearch();
  const navigate = useNavigate();
  const jurisdiction = where ?? 'us-tx';
  const role = useRole(code);
  if (role.isPending) return <Loading what="the role" />;
  if (role.isError)
    return (
      <>
        <PageHeading title="Role not found" />
        <ErrorAlert>{describeError(role.error)}</ErrorAlert>
        <p className="mt-3">
          <Link to="/careers">All roles</Link>
        </p>
      </>
    );
  const r = role.data;
  const opening = credentialsIn(r, jurisdiction);
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/careers">← All roles</Link>
      </p>
      <PageHeading title={r.title} />
      <p className="mt-2 text-slate-700">Modalities: {r.modalities.join(', ')}</p>
      <div className="mt-4 grid gap-4 lg:grid-cols-2">
        <Card>
          <h2 className="text-lg font-semibold">The work</h2>
          <SourcedTextView text={r.work} />
          <h3 className="mt-3 font-semibold">Patient care and technology</h3>
          <SourcedTextView text={r.patientCareAndTechnology} />
          <h3 className="mt-3 font-semibold">Entry education</h3>
          <SourcedTextView text={r.entryEducation} />
        </Card>
        <Card>
          <h2 className="text-lg font-semibold" id="credentials-heading">
            Credentials that open it
          </h2>
          <label htmlFor="role-jurisdiction" className="mt-2 block font-medium">
            Where you want to work
          </label>
          <select
            id="role-jurisdiction"
            className="field-input"
            value={jurisdiction}
            onChange={(e) =>
              void navigate({
                to: '/careers/$code',
                params: { code },
                search: { in: e.target.value },
                replace: true,
              })
            }
          >
            <JurisdictionOptions />
          </select>
          <div data-testid="role-credentials" aria-live="polite" className="mt-3">
            {opening.length === 0 ? (
              <EmptyState>
                The knowledge base holds no credential for this role in {jurisdictionName(jurisdiction)}.{' '}
                <Link to="/plan" search={{ target: r.code, in: jurisdiction }}>
                  Plan a path
                </Link>{' '}
                to see what is known.
              </EmptyState>
            ) : (
              <ul className="space-y-2">
                {opening.map((c) => (
                  <li key={c.jurisdiction}>
                    <p className="font-medium">{jurisdictionName(c.jurisdiction)}: any one of</p>
                    <ul className="ml-5 list-disc">
                      {c.anyOf.map((set) => (
                        <li key={set.join('+')}>{set.map(credentialName).join(' and ')}</li>
                      ))}
                    </ul>
                    {c.note === undefined ? null : <p className="text-sm text-slate-700">{c.note}</p>}
                  </li>
                ))}
              </ul>
            )}
            <p className="no-print mt-3">
              <Link to="/plan" search={{ target: r.code, in: jurisdiction }}>
                Plan a path to {r.title} in {jurisdictionName(jurisdiction)}
              </Link>
            </p>
          </div>
        </Card>
      </div>
      <section aria-labelledby="outlook-heading" className="mt-6">
        <h2 id="outlook-heading" className="text-xl font-semibold">
          Pay and outlook (United States)
        </h2>
        <OutlookSection role={r} headingId="outlook-heading" />
      </section>
      <section aria-labelledby="shortage-heading" className="mt-6">
        <h2 id="shortage-heading" className="text-xl font-semibold">
          Shortage evidence
        </h2>
        {r.shortage.length === 0 ? (
          <EmptyState>No sourced shortage evidence for this role.</EmptyState>
        ) : (
          <table className="data-table" aria-labelledby="shortage-heading">
            <thead>
              <tr>
                <th scope="col">Region</th>
                <th scope="col">What</th>
                <th scope="col">Value, vintage and source</th>
              </tr>
            </thead>
            <tbody>
              {r.shortage.map((s, i) => (
                <tr key={i}>
                  <td>{s.region}</td>
                  <td>
                    {s.publisher}: {s.indicator.replace('-', ' ')} ({s.modality})
                    {s.statement === undefined ? null : <span className="block text-sm">{s.statement}</span>}
                  </td>
                  <td>
                    <Fact fact={s.fact} />
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        )}
      </section>
      <section aria-labelledby="codes-heading" className="mt-6">
        <h2 id="codes-heading" className="text-xl font-semibold">
          Occupation codes
        </h2>
        <table className="data-table" aria-labelledby="codes-heading">
          <thead>
            <tr>
              <th scope="col">System</th>
              <th scope="col">Code</th>
              <th scope="col">Title</th>
              <th scope="col">Source</th>
            </tr>
          </thead>
          <tbody>
            {r.occupationCodes.map((c) => (
              <tr key={`${c.system}-${c.code ?? 'none'}`}>
                <td>{c.system}</td>
                <td>{c.code ?? 'not confirmed'}</td>
                <td>
                  {c.title}
                  {c.note === undefined ? null : (
                    <span className="block text-xs text-slate-600">{c.note}</span>
                  )}
                </td>
                <td>
                  {c.sourceUrl === null ? 'none' : <SourceLink url={c.sourceUrl} />}
                  {confidenceLabel(c.confidence) === null ? null : (
                    <span className="block text-xs">{confidenceLabel(c.confidence)}</span>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </section>
    </>
  );
}

function SourcedTextView({ text }: { text: RoleProfile['work'] }) {
  const label = confidenceLabel(text.confidence);
  return (
    <p className="mt-1">
      {text.text}
      <span className="block text-sm text-slate-700">
        {text.vintage}
        {label === null ? '' : ` · ${label}`} · source: <SourceLink url={text.sourceUrl} />
      </span>
    </p>
  );
}

const compareRoute = getRouteApi('/public/careers/compare');

/** Two roles side by side: pay and growth chart, then the facts of each in columns. */
export function ComparePage() {
  const { a = '', b = '' } = compareRoute.useSearch();
  const first = useRole(a, a !== '');
  const second = useRole(b, b !== '');
  if (a === '' || b === '')
    return (
      <>
        <PageHeading title="Compare roles" />
        <EmptyState>
          Choose two roles on the <Link to="/careers">careers page</Link> to compare them.
        </EmptyState>
      </>
    );
  if (first.isPending || second.isPending) return <Loading what="the roles" />;
  if (first.isError || second.isError)
    return (
      <>
        <PageHeading title="Compare roles" />
        <ErrorAlert>{describeError(first.error ?? second.error)}</ErrorAlert>
      </>
    );
  const roles = [first.data, second.data];
  const rows = roles.map(outlookRow);
  const facts = roles.flatMap((r) => [r.usOutlook?.medianAnnualWage, r.usOutlook?.projectedChangePct]);
  const summary = rows
    .map(
      (row) =>
        `${row.role}: median pay ${row.medianPay === null ? 'not confirmed' : usd(row.medianPay)}, projected growth ${row.growthPct === null ? 'not confirmed' : `${row.growthPct} %`}`,
    )
    .join('; ');
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/careers">← All roles</Link>
      </p>
      <PageHeading title={`Compare: ${first.data.title} and ${second.data.title}`} />
      <section aria-labelledby="compare-chart-heading" className="mt-4">
        <h2 id="compare-chart-heading" className="text-xl font-semibold">
          Median pay and projected growth (United States)
        </h2>
        <div className="grid gap-4 md:grid-cols-2">
          <FigureChart
            caption={`Median annual pay (${vintagesOf(roles.map((r) => r.usOutlook?.medianAnnualWage)) || 'not confirmed'}). ${summary}.`}
            rows={rows.map((row) => ({ role: row.role, medianPay: row.medianPay }))}
            series={[{ key: 'medianPay', name: 'Median annual pay (USD)', color: '#0b5566' }]}
            label="role"
            format={usd}
          />
          <FigureChart
            caption={`Projected change in employment (${vintagesOf(roles.map((r) => r.usOutlook?.projectedChangePct)) || 'not confirmed'}).`}
            rows={rows.map((row) => ({ role: row.role, growthPct: row.growthPct }))}
            series={[{ key: 'growthPct', name: 'Projected change (%)', color: '#7c3aed' }]}
            label="role"
            format={(n) => `${n} %`}
          />
        </div>
        <p className="text-sm text-slate-700">Vintages: {vintagesOf(facts) || 'none confirmed'}.</p>
      </section>
      <div className="mt-6 grid gap-4 md:grid-cols-2" data-testid="compare-columns">
        {roles.map((r) => (
          <section key={r.code} aria-labelledby={`col-${r.code}`} data-testid="compare-column">
            <Card className="h-full">
              <h2 id={`col-${r.code}`} className="text-lg font-semibold">
                <Link to="/careers/$code" params={{ code: r.code }}>
                  {r.title}
                </Link>
              </h2>
              <p className="mt-1 text-sm">Modalities: {r.modalities.join(', ')}</p>
              <h3 className="mt-3 font-semibold">Entry education</h3>
              <SourcedTextView text={r.entryEducation} />
              <h3 className="mt-3 font-semibold">Pay and outlook</h3>
              {r.usOutlook === null ? (
                <p>No US figures (no confirmed occupation code).</p>
              ) : (
                <dl className="space-y-2">
                  <dt className="font-medium">Median annual pay</dt>
                  <dd>
                    <Fact fact={r.usOutlook.medianAnnualWage} />
                  </dd>
                  <dt className="font-medium">Projected change</dt>
                  <dd>
                    <Fact fact={r.usOutlook.projectedChangePct} />
                  </dd>
                  <dt className="font-medium">Openings a year</dt>
                  <dd>
                    <Fact fact={r.usOutlook.annualOpenings} />
                  </dd>
                </dl>
              )}
              <h3 className="mt-3 font-semibold">Credentials (United States)</h3>
              <ul className="ml-5 list-disc">
                {credentialsIn(r, 'us-tx')
                  .filter((c) => c.jurisdiction === 'us')
                  .flatMap((c) => c.anyOf)
                  .map((set) => (
                    <li key={set.join('+')}>{set.map(credentialName).join(' and ')}</li>
                  ))}
              </ul>
            </Card>
          </section>
        ))}
      </div>
    </>
  );
}
