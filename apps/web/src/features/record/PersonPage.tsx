import { getRouteApi, Link } from '@tanstack/react-router';
import { usePeople } from '../../api/queries';
import { PageHeading } from '../../components/page';
import { PersonViewNav } from '../credentials/CredentialsPages';
import { PrintButton, RecordPanel } from './RecordPanel';

const route = getRouteApi('/app/people/$personId');

export function PersonPage() {
  const { personId } = route.useParams();
  const people = usePeople();
  const summary = people.data?.pages.flatMap((p) => p.items).find((p) => p.id === personId);
  const title = summary === undefined ? 'Person record' : `${summary.name} — record`;
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/people">← All people</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <PageHeading title={title} />
        <div className="no-print flex gap-2">
          {summary?.canChange === true && !summary.isSelf ? (
            <Link to="/import" search={{ person: personId }} className="btn btn-secondary">
              Import a record for this person
            </Link>
          ) : null}
          <PrintButton />
        </div>
      </div>
      <PersonViewNav personId={personId} />
      <RecordPanel personId={personId} canChange={summary?.canChange === true} />
    </>
  );
}
