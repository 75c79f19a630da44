import { describeError, isApiProblem } from '../../api/client';
import { usePersonRecord } from '../../api/queries';
import { Card, ErrorAlert, Loading } from '../../components/page';
import { RecordView } from './RecordView';

/** Loads and shows one person's record, with the states a page needs (loading, not visible, failed). */
export function RecordPanel({ personId }: { personId: string }) {
  const record = usePersonRecord(personId);
  if (record.isPending) return <Loading what="the record" />;
  if (record.isError) {
    if (isApiProblem(record.error) && record.error.status === 404) {
      return <ErrorAlert>This record does not exist, or you may not see it.</ErrorAlert>;
    }
    return <ErrorAlert>The record could not be loaded. {describeError(record.error)}</ErrorAlert>;
  }
  return (
    <Card className="mt-4">
      <RecordView record={record.data} />
    </Card>
  );
}

export function PrintButton() {
  return (
    <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
      Print record
    </button>
  );
}
