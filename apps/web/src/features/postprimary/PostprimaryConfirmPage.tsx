import { useQuery } from '@tanstack/react-query';
import { describeError, isApiProblem } from '../../api/client';
import { useAnswerPostprimaryLink, usePostprimaryLink } from '../../api/postprimary-queries';
import { meQueryOptions } from '../../api/queries';
import { Card, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { PostprimaryAnswerForm } from './PostprimaryAnswerForm';
import { PostprimaryEntryFacts } from './PostprimaryEntryFacts';

/**
 * The public page behind a one-time postprimary link, no account needed: the verifying technologist confirms
 * the procedure was done in person; or, once verified, the clinical supervisor at the same facility reviews it
 * (a second, separate signature by someone else).
 */
export function PostprimaryConfirmPage({ token }: { token: string }) {
  const link = usePostprimaryLink(token);
  const answer = useAnswerPostprimaryLink(token);
  // Signed in, the answer is recorded with the account and its name (the server decides; this only tells).
  const me = useQuery(meQueryOptions).data ?? null;

  if (answer.isSuccess) {
    const reviewed = answer.data.reviewedBy !== null;
    return (
      <>
        <PageHeading title={reviewed ? 'Reviewed' : 'Verified'} />
        <Card className="mt-4">
          <p role="status">
            Thank you. You {reviewed ? 'reviewed' : 'verified'} {answer.data.procedureName} on {answer.data.performedOn}. This link cannot be used again.
          </p>
        </Card>
      </>
    );
  }
  if (link.isPending) return <Loading what="the procedure" />;
  if (link.isError) {
    const missing = isApiProblem(link.error) && link.error.status === 404;
    return (
      <>
        <PageHeading title="Confirm a clinical procedure" />
        <ErrorAlert>{missing ? 'This link is not valid. Check that it was copied whole, or ask the technologist for a new one.' : describeError(link.error)}</ErrorAlert>
      </>
    );
  }
  const { step, entry, technologistName, expiresAt } = link.data;
  return (
    <>
      <PageHeading title={step === 'verify' ? 'Verify a clinical procedure' : 'Review a clinical procedure'} />
      <Card className="mt-4">
        <PostprimaryEntryFacts entry={entry} technologistName={technologistName} />
        <p className="mt-2 text-sm text-slate-700">This link works once, until {new Date(expiresAt).toLocaleString()}.</p>
      </Card>
      <PostprimaryAnswerForm
        step={step}
        entry={entry}
        signedInName={me === null ? null : me.user.name}
        onAnswer={(a) => answer.mutate(a)}
        pending={answer.isPending}
        error={answer.error}
      />
    </>
  );
}
