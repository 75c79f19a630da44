import { describeError, isApiProblem } from '../../api/client';
import { usePersonRecord, type PersonRecordData } from '../../api/queries';
import { Card, ErrorAlert, Loading } from '../../components/page';
import { RecordFilesSection } from './RecordFilesSection';
import { useRecordEditing } from './record-editing';
import { RecordView } from './RecordView';

/**
 * Loads and shows one person's record, with the states a page needs (loading, not visible, failed); with
 * `canChange`, every section has its forms (add, change, delete).
 */
export function RecordPanel({ personId, canChange = false }: { personId: string; canChange?: boolean }) {
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
      {canChange ? (
        <EditableRecord personId={personId} record={record.data} />
      ) : (
        <RecordView record={record.data} />
      )}
      <RecordFilesSection personId={personId} record={record.data} canChange={canChange} />
    </Card>
  );
}

function EditableRecord({ personId, record }: { personId: string; record: PersonRecordData }) {
  const editing = useRecordEditing(personId, record);
  return (
    <>
      {editing.failure === null ? null : <ErrorAlert>{editing.failure}</ErrorAlert>}
      <RecordView record={record} editing={editing} />
    </>
  );
}

export function PrintButton() {
  return (
    <button type="button" className="btn btn-secondary no-print" onClick={() => window.print()}>
      Print record
    </button>
  );
}
