import { Link } from '@tanstack/react-router';
import { useMe } from '../../api/queries';
import { EmptyState, PageHeading } from '../../components/page';
import { PrintButton, RecordPanel } from './RecordPanel';

export function MyRecordPage() {
  const me = useMe();
  return (
    <>
      <div className="flex flex-wrap items-center justify-between gap-3">
        <PageHeading title="My record" />
        <div className="no-print flex gap-2">
          <Link to="/import" className="btn btn-secondary">
            Import record
          </Link>
          {me.personId === null ? null : <PrintButton />}
        </div>
      </div>
      {me.personId === null ? (
        <div className="mt-4">
          <EmptyState>
            You have no record yet. <Link to="/welcome">Start your record</Link> by saying what you hold, or{' '}
            <Link to="/import">import a record file</Link> you exported before.
          </EmptyState>
        </div>
      ) : (
        <RecordPanel personId={me.personId} canChange />
      )}
    </>
  );
}
