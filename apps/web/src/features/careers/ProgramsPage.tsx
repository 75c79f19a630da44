import { disciplineName, PROGRAM_ACCREDITORS, PROGRAM_AWARDS, PROGRAM_DISCIPLINES } from '@modality/contracts';
import { getRouteApi, useNavigate } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { describeError } from '../../api/client';
import { usePrograms, type Program, type ProgramFilters } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { DataTable, type Column } from '../../components/data-table';
import { Field, Select } from '../../components/field';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { JurisdictionOptions } from './JurisdictionOptions';
import { SourceLink } from './facts';

const programsRoute = getRouteApi('/public/programs');


/** The directory's columns; `where` names a jurisdiction code. */
const programColumns = (where: (code: string) => string): readonly Column<Program>[] => [
  {
    header: 'Program',
    cell: (p) => (
      <>
        {p.url === null ? p.name : <SourceLink url={p.url}>{p.name}</SourceLink>}
        {p.demo ? (
          <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
            demo
          </span>
        ) : null}
        {p.comment === null ? null : (
          <span className="block text-xs font-normal text-slate-600">{p.comment}</span>
        )}
      </>
    ),
  },
  { header: 'Institution', cell: (p) => p.institution },
  { header: 'Discipline', cell: (p) => disciplineName(p.discipline) },
  { header: 'Award', cell: (p) => p.award },
  {
    header: 'Where',
    cell: (p) => `${where(p.jurisdiction)}${p.city === null ? '' : `, ${p.city}`}`,
  },
  {
    header: 'Graduates',
    numeric: true,
    cell: (p) =>
      p.outcome === null ? (
        'not reported'
      ) : (
        <>
          {p.outcome.awards.toLocaleString('en-US')} in {p.outcome.academicYear}
          <span className="block text-xs font-normal text-slate-600">
            <SourceLink url={p.outcome.sourceUrl}>IPEDS</SourceLink>
          </span>
        </>
      ),
  },
  {
    header: 'Accreditation',
    cell: (p) => (
      <>
        {p.accreditor === 'other' ? 'Not recorded here' : `${p.accreditor.toUpperCase()} ${p.accreditorProgramId}`}
        {p.accreditationDirectory === null ? null : (
          <span className="block text-xs font-normal">
            <SourceLink url={p.accreditationDirectory.url}>Check {p.accreditationDirectory.body}’s directory</SourceLink>
          </span>
        )}
      </>
    ),
  },
];

/** Only the filters that are set (an empty select means "any"). */
export function activeFilters(filters: Record<keyof ProgramFilters, string>): ProgramFilters {
  const out: { -readonly [K in keyof ProgramFilters]: string } = {};
  for (const key of ['discipline', 'award', 'jurisdiction', 'accreditor'] as const) {
    if (filters[key] !== '') out[key] = filters[key];
  }
  return out;
}

/** The program directory, filtered by discipline, award, jurisdiction and accreditor. */
export function ProgramsPage() {
  const search = programsRoute.useSearch();
  const navigate = useNavigate();
  const [form, setForm] = useState({
    discipline: search.discipline ?? '',
    award: search.award ?? '',
    jurisdiction: search.jurisdiction ?? '',
    accreditor: search.accreditor ?? '',
  });
  const programs = usePrograms(search);
  const names = useDisplayNames();
  const items = programs.data?.pages.flatMap((p) => p.items) ?? [];
  const anyFilter = Object.keys(search).length > 0;

  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    void navigate({ to: '/programs', search: activeFilters(form) });
  };
  const set = (key: keyof typeof form) => (e: { target: { value: string } }) =>
    setForm((f) => ({ ...f, [key]: e.target.value }));

  return (
    <>
      <PageHeading title="Programs" />
      <p className="mt-2 max-w-3xl text-slate-700">
        Education programs in the directory of this installation. Most rows are programs that colleges reported
        to the US Department of Education’s IPEDS survey for 2023-24, with the number of graduates that year —
        a sign of size, not of quality. IPEDS says nothing about accreditation: check a program in its
        accreditor’s own directory (linked on each row). Rows marked “demo” are fictitious.
      </p>
      <form onSubmit={onSubmit} className="mt-4 flex flex-wrap items-end gap-3" aria-label="Search programs">
        <Field label="Discipline">
          <Select value={form.discipline} onChange={set('discipline')}>
            <option value="">Any discipline</option>
            {PROGRAM_DISCIPLINES.map((d) => (
              <option key={d} value={d}>
                {disciplineName(d)}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Where">
          <Select value={form.jurisdiction} onChange={set('jurisdiction')}>
            <option value="">Anywhere</option>
            <JurisdictionOptions />
          </Select>
        </Field>
        <Field label="Award">
          <Select value={form.award} onChange={set('award')}>
            <option value="">Any award</option>
            {PROGRAM_AWARDS.map((a) => (
              <option key={a} value={a}>
                {a}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Accreditor">
          <Select value={form.accreditor} onChange={set('accreditor')}>
            <option value="">Any accreditor</option>
            {PROGRAM_ACCREDITORS.map((a) => (
              <option key={a} value={a}>
                {a.toUpperCase()}
              </option>
            ))}
          </Select>
        </Field>
        <button type="submit" className="btn">
          Search
        </button>
      </form>
      <div className="mt-6">
        {programs.isPending ? <Loading what="programs" /> : null}
        {programs.isError ? <ErrorAlert>{describeError(programs.error)}</ErrorAlert> : null}
        {programs.isSuccess && items.length === 0 ? (
          <EmptyState>
            {anyFilter
              ? 'No program in the directory matches these filters.'
              : 'No programs are loaded in this installation’s directory yet (an administrator imports them with “modality import programs FILE”).'}
          </EmptyState>
        ) : null}
        {items.length === 0 ? null : (
          <DataTable
            data-testid="programs"
            caption={`${items.length} program${items.length === 1 ? '' : 's'}${programs.hasNextPage ? ' (more below)' : ''}`}
            rows={items}
            rowKey={(p) => p.id}
            columns={programColumns(names.jurisdiction)}
          />
        )}
        {programs.hasNextPage ? (
          <button
            type="button"
            className="btn btn-secondary mt-3"
            onClick={() => void programs.fetchNextPage()}
            disabled={programs.isFetchingNextPage}
          >
            {programs.isFetchingNextPage ? 'Loading…' : 'More programs'}
          </button>
        ) : null}
      </div>
    </>
  );
}
