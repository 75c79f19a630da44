import { getRouteApi, Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { useRole } from '../../api/queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { Section } from '../../components/section';
import type { JobRoleProfile } from '@modality/contracts';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { credentialsIn, outlookRow, usd, vintagesOf } from './career-view';
import { Fact, FigureChart, SourcedTextView } from './facts';
import { disciplineName } from '@modality/contracts';

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
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/careers">← All roles</Link>
      </p>
      <PageHeading title={`Compare: ${first.data.title} and ${second.data.title}`} />
      <CompareCharts roles={roles} />
      <div className="mt-6 grid gap-4 md:grid-cols-2" data-testid="compare-columns">
        {roles.map((r) => (
          <CompareColumn key={r.code} role={r} />
        ))}
      </div>
    </>
  );
}

/** Median pay and projected growth of the roles, as charts whose captions carry every number. */
function CompareCharts({ roles }: { roles: readonly JobRoleProfile[] }) {
  const rows = roles.map(outlookRow);
  const facts = roles.flatMap((r) => [r.usOutlook?.medianAnnualWage, r.usOutlook?.projectedChangePct]);
  const summary = rows
    .map(
      (row) =>
        `${row.role}: median pay ${row.medianPay === null ? 'not confirmed' : usd(row.medianPay)}, projected growth ${row.growthPct === null ? 'not confirmed' : `${row.growthPct} %`}`,
    )
    .join('; ');
  return (
    <Section title="Median pay and projected growth (United States)" className="mt-4">
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
    </Section>
  );
}

/** One role's column: entry education, pay and outlook, and the US credentials. */
function CompareColumn({ role: r }: { role: JobRoleProfile }) {
  const names = useDisplayNames();
  return (
    <section aria-labelledby={`col-${r.code}`} data-testid="compare-column">
      <Card className="h-full">
        <h2 id={`col-${r.code}`} className="text-lg font-semibold">
          <Link to="/careers/$code" params={{ code: r.code }}>
            {r.title}
          </Link>
        </h2>
        <p className="mt-1 text-sm">Modalities: {r.modalities.map(disciplineName).join(', ')}</p>
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
              <li key={set.join('+')}>
                {set.map((code) => names.credential(code, { abbreviation: true })).join(' and ')}
              </li>
            ))}
        </ul>
      </Card>
    </section>
  );
}
