import { postingSchema, staffingRequestSchema } from '@modality/contracts';
import { getRouteApi } from '@tanstack/react-router';
import { useMutation, useQuery } from '@tanstack/react-query';
import { apiRequest, describeError } from '../../api/client';
import { payWords } from '../../api/staffing-queries';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';

const applyRoute = getRouteApi('/app/apply/$postingId');

/**
 * Applying to one posting from its public page: the candidate's own application, a submission at once.
 * The organisation then sees their name and e-mail; no agency stands between them.
 */
export function ApplyPage() {
  const { postingId } = applyRoute.useParams();
  const posting = useQuery({
    queryKey: ['staffing', 'posting', postingId],
    queryFn: ({ signal }) => apiRequest(`/v1/postings/${encodeURIComponent(postingId)}`, postingSchema, { signal }),
  });
  const apply = useMutation({
    mutationFn: () => apiRequest(`/v1/postings/${encodeURIComponent(postingId)}/apply`, staffingRequestSchema, { method: 'POST' }),
  });
  return (
    <>
      <PageHeading title="Apply" />
      {posting.isPending ? <Loading what="the posting" /> : null}
      {posting.isError ? <ErrorAlert>{describeError(posting.error)}</ErrorAlert> : null}
      {posting.isSuccess ? (
        <Card className="mt-4">
          <h2 className="text-lg font-semibold">{posting.data.title}</h2>
          <p className="text-slate-700">
            {posting.data.organisation.name} · {posting.data.place.city} · {payWords(posting.data.pay)}
          </p>
          <p className="mt-2 text-slate-700">
            Applying sends your name, e-mail and the credentials on your record to {posting.data.organisation.name} for this posting only.
          </p>
          {apply.isSuccess ? (
            <p role="status" className="mt-3 text-green-800">
              You applied. {posting.data.organisation.name} can now see your name and e-mail for this posting.
            </p>
          ) : (
            <button type="button" className="mt-3 rounded bg-blue-700 px-3 py-2 text-white" onClick={() => apply.mutate()} disabled={apply.isPending || posting.data.status !== 'open'}>
              Apply to this job
            </button>
          )}
          {apply.isError ? <ErrorAlert>{describeError(apply.error)}</ErrorAlert> : null}
        </Card>
      ) : null}
    </>
  );
}
