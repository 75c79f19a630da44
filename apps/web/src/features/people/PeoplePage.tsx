import { Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import type { PersonSummary } from '@modality/contracts';
import { useMe, usePeople } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import type { DisplayNames } from '../../catalogue/display-names';
import { DataTable, type Column } from '../../components/data-table';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';

/** The people table's columns; places and credentials by their names. */
const peopleColumns = (names: DisplayNames): readonly Column<PersonSummary>[] => [
  {
    header: 'Name',
    cell: (person) => (
      <>
        <Link to="/people/$personId" params={{ personId: person.id }}>
          {person.name}
        </Link>
        {person.isSelf ? <span className="ml-2 text-sm font-normal text-slate-700">(you)</span> : null}
      </>
    ),
  },
  {
    header: 'Lives in',
    cell: (person) => (person.region === null ? person.country : `${names.jurisdiction(person.region)}, ${person.country}`),
  },
  {
    header: 'Credentials',
    cell: (person) =>
      person.credentials.length === 0 ? 'none' : person.credentials.map((c) => names.abbreviation(c) ?? names.credential(c)).join(', '),
  },
  { header: 'Updated', cell: (person) => person.updatedAt.slice(0, 10) },
];

export function PeoplePage() {
  const me = useMe();
  const people = usePeople();
  const names = useDisplayNames();

  return (
    <>
      <PageHeading title="People" />
      <p className="mt-1 text-slate-700">
        The students and professionals of your organisations whose records you may see.
      </p>
      {!me.can.readPeople ? (
        <div className="mt-4">
          <EmptyState>
            Only instructors, program directors and organisation admins see other people&apos;s records.
          </EmptyState>
        </div>
      ) : people.isPending ? (
        <Loading what="people" />
      ) : people.isError ? (
        <ErrorAlert>The list could not be loaded. {describeError(people.error)}</ErrorAlert>
      ) : (
        <Card className="mt-4">
          {people.data.pages[0]?.items.length === 0 ? (
            <EmptyState>Nobody to show yet.</EmptyState>
          ) : (
            <DataTable
              caption="People whose records you may see"
              rows={people.data.pages.flatMap((p) => p.items)}
              rowKey={(person) => person.id}
              columns={peopleColumns(names)}
            />
          )}
          {people.hasNextPage ? (
            <button
              type="button"
              className="btn btn-secondary mt-4"
              onClick={() => void people.fetchNextPage()}
              disabled={people.isFetchingNextPage}
            >
              {people.isFetchingNextPage ? 'Loading more…' : 'Show more people'}
            </button>
          ) : null}
        </Card>
      )}
    </>
  );
}
