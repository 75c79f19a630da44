import { getRouteApi, Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { payWords, useAnswerRequest, useRequest } from '../../api/staffing-queries';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';

const route = getRouteApi('/app/requests/$requestId');

const STATUS_WORDS: Readonly<Record<string, string>> = { pending: 'waiting for your answer', accepted: 'accepted', declined: 'declined', withdrawn: 'withdrawn' };

/**
 * One request to represent, where the link in its mail leads: which job, which organisation, the pay, and
 * accept or decline (withdraw once accepted). Only the candidate it is for sees it.
 */
export function RequestPage() {
  const { requestId } = route.useParams();
  const request = useRequest(requestId);
  const answer = useAnswerRequest();
  const r = answer.data ?? request.data;
  return (
    <>
      <PageHeading title="A request to represent you" />
      {request.isPending ? <Loading what="the request" /> : null}
      {request.isError ? <ErrorAlert>{describeError(request.error)}</ErrorAlert> : null}
      {r === undefined ? null : (
        <Card className="mt-4">
          <p data-testid="request-summary">
            {r.kind === 'application' ? (
              <>
                You applied to <strong>{r.posting.title}</strong> at {r.organisation.name}
              </>
            ) : (
              <>
                <strong>{r.organisation.name}</strong> asks to represent you for <strong>{r.posting.title}</strong>
              </>
            )}
            , in {r.posting.place}, paying {payWords(r.posting.pay)}.
          </p>
          <p className="mt-2">
            Now: <span data-testid="request-status">{STATUS_WORDS[r.status] ?? r.status}</span>
          </p>
          <p className="mt-2 text-slate-700">
            If you accept, they see your name and e-mail address for this job only; you see each time they read them. Until you accept they know
            you only by your handle.
          </p>
          <div className="mt-3 flex flex-wrap gap-2">
            {r.status === 'pending' ? (
              <>
                <button type="button" className="rounded bg-green-700 px-3 py-2 text-white" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, answer: 'accept' })}>
                  Accept
                </button>
                <button type="button" className="rounded border border-slate-500 px-3 py-2" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, answer: 'decline' })}>
                  Decline
                </button>
              </>
            ) : null}
            {r.status === 'accepted' ? (
              <button type="button" className="rounded border border-slate-500 px-3 py-2" disabled={answer.isPending} onClick={() => answer.mutate({ id: r.id, answer: 'withdraw' })}>
                Withdraw my consent
              </button>
            ) : null}
          </div>
          {answer.isError ? <ErrorAlert>{describeError(answer.error)}</ErrorAlert> : null}
          <p className="mt-3">
            <a href={`/jobs/${encodeURIComponent(r.posting.id)}`}>See the job</a> · <Link to="/job-search">All your requests</Link>
          </p>
        </Card>
      )}
    </>
  );
}
