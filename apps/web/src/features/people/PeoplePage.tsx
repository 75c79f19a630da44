import { Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { useMe, usePeople } from '../../api/queries';
import { accessOf } from '../../auth/access';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';

export function PeoplePage() {
  const me = useMe();
  const people = usePeople();
  const access = accessOf(me);

  return (
    <>
      <PageHeading title="People" />
      <p className="mt-1 text-slate-700">
        The students and professionals of your organisations whose records you may see.
      </p>
      {!access.people ? (
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
            <div className="overflow-x-auto">
              <table className="data-table">
                <caption>People whose records you may see</caption>
                <thead>
                  <tr>
                    <th scope="col">Name</th>
                    <th scope="col">Lives in</th>
                    <th scope="col">Credentials</th>
                    <th scope="col">Updated</th>
                  </tr>
                </thead>
                <tbody>
                  {people.data.pages
                    .flatMap((p) => p.items)
                    .map((person) => (
                      <tr key={person.id}>
                        <th scope="row">
                          <Link to="/people/$personId" params={{ personId: person.id }}>
                            {person.name}
                          </Link>
                          {person.isSelf ? (
                            <span className="ml-2 text-sm font-normal text-slate-700">(you)</span>
                          ) : null}
                        </th>
                        <td>
                          {person.country}
                          {person.region === null ? null : ` (${person.region})`}
                        </td>
                        <td className="font-mono">
                          {person.credentials.length === 0 ? 'none' : person.credentials.join(', ')}
                        </td>
                        <td>{person.updatedAt.slice(0, 10)}</td>
                      </tr>
                    ))}
                </tbody>
              </table>
            </div>
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
