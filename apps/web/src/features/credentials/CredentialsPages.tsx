import { getRouteApi, Link, useNavigate } from '@tanstack/react-router';
import { useMe, usePeople } from '../../api/queries';
import { EmptyState, PageHeading } from '../../components/page';
import { Card } from '../../components/page';
import { SignedCredentialsPanel } from '../wallet/SignedCredentialsPanel';
import { CredentialsView } from './CredentialsView';

export function PrintCredentialsButton() {
  return (
    <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
      Print credentials
    </button>
  );
}

const myRoute = getRouteApi('/app/credentials');

/** "My credentials": the signed-in person's own verdict, with the add-CE form. */
export function MyCredentialsPage() {
  const me = useMe();
  const { asOf } = myRoute.useSearch();
  const navigate = useNavigate();
  const onAsOfChange = (date: string | undefined) =>
    void navigate({ to: '/credentials', search: date === undefined ? {} : { asOf: date } });
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading title="My credentials" />
        {me.personId === null ? null : (
          <div className="no-print flex gap-2">
            <PrintCredentialsButton />
          </div>
        )}
      </div>
      {me.personId === null ? (
        <div className="mt-4">
          <EmptyState>
            You have no record yet. <Link to="/import">Import your person record</Link> to see your
            credentials, what is due and what is within reach.
          </EmptyState>
        </div>
      ) : (
        <CredentialsView personId={me.personId} canEdit own asOf={asOf} onAsOfChange={onAsOfChange} />
      )}
    </>
  );
}

/** Switches between a person's record and their credentials (staff view of someone else's record). */
export function PersonViewNav({ personId }: { personId: string }) {
  const linkClass = 'block rounded-t-md px-3 py-1.5 font-medium no-underline';
  const active = { className: 'bg-brand-50 text-brand-800 underline' };
  const inactive = { className: 'text-slate-800 hover:bg-slate-100' };
  return (
    <nav aria-label="This person" className="no-print mt-3">
      <ul className="flex flex-wrap gap-1 border-b border-slate-300">
        <li>
          <Link
            to="/people/$personId"
            params={{ personId }}
            className={linkClass}
            activeOptions={{ exact: true }}
            activeProps={active}
            inactiveProps={inactive}
          >
            Record
          </Link>
        </li>
        <li>
          <Link
            to="/people/$personId/credentials"
            params={{ personId }}
            className={linkClass}
            activeProps={active}
            inactiveProps={inactive}
          >
            Credentials and CE
          </Link>
        </li>
      </ul>
    </nav>
  );
}

const personRoute = getRouteApi('/app/people/$personId/credentials');

/**
 * A person's credentials as staff see them: the same view, read-only unless the viewer may change the
 * record (program directors and organisation admins; the server decides, and says so if not).
 */
export function PersonCredentialsPage() {
  const { personId } = personRoute.useParams();
  const { asOf } = personRoute.useSearch();
  const navigate = useNavigate();
  const onAsOfChange = (date: string | undefined) =>
    void navigate({
      to: '/people/$personId/credentials',
      params: { personId },
      search: date === undefined ? {} : { asOf: date },
    });
  const people = usePeople();
  const summary = people.data?.pages.flatMap((p) => p.items).find((p) => p.id === personId);
  const title = summary === undefined ? 'Credentials' : `${summary.name} — credentials`;
  const canEdit = summary?.canChange === true;
  return (
    <>
      <p className="no-print text-sm">
        <Link to="/people">← All people</Link>
      </p>
      <div className="mt-2 flex flex-wrap items-center justify-between gap-3">
        <PageHeading title={title} />
        <div className="no-print flex gap-2">
          <PrintCredentialsButton />
        </div>
      </div>
      <PersonViewNav personId={personId} />
      <CredentialsView
        personId={personId}
        canEdit={canEdit}
        asOf={asOf}
        onAsOfChange={onAsOfChange}
        readOnlyNote="You may read this record but not change it, so you cannot add CE activities here."
      />
      <section aria-labelledby="person-signed-credentials" className="no-print mt-8">
        <h2 id="person-signed-credentials" className="text-xl font-semibold">
          Signed credentials
        </h2>
        <Card className="mt-2">
          <SignedCredentialsPanel personId={personId} />
        </Card>
      </section>
    </>
  );
}
