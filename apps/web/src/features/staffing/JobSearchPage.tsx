import { describeError } from '../../api/client';
import { payWords, useAnswerRequest, useMyMatches, useMyRequests, useProfile, useProfileViews } from '../../api/staffing-queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { ProfileForm } from './ProfileForm';
import { SavedSearches } from './SavedSearches';

const STATUS_WORDS: Readonly<Record<string, string>> = { pending: 'waiting for your answer', accepted: 'accepted', declined: 'declined', withdrawn: 'withdrawn' };

function Matches() {
  const matches = useMyMatches();
  if (matches.isPending) return <Loading what="matching jobs" />;
  if (matches.isError) return <ErrorAlert>{describeError(matches.error)}</ErrorAlert>;
  const { matches: now, nearMisses } = matches.data;
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Jobs you qualify for</h2>
      {now.length === 0 ? (
        <EmptyState>No open job matches everything yet.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-1" data-testid="my-matches">
          {now.map((m) => (
            <li key={m.posting.id}>
              <a href={`/jobs/${encodeURIComponent(m.posting.id)}`}>{m.posting.title}</a> — {m.posting.organisation.name}, {m.posting.place.city} — {payWords(m.posting.pay)}
            </li>
          ))}
        </ul>
      )}
      {nearMisses.length === 0 ? null : (
        <>
          <h3 className="mt-4 font-semibold">One requirement away</h3>
          <ul className="mt-2 space-y-1">
            {nearMisses.map((m) => (
              <li key={m.posting.id}>
                <a href={`/jobs/${encodeURIComponent(m.posting.id)}`}>{m.posting.title}</a> — you need {m.missing?.says ?? ''}
                {m.missing?.left == null ? '' : ` (${m.missing.left})`}
                {m.missing?.route == null ? '' : ` — the way there: ${m.missing.route.says}`}
              </li>
            ))}
          </ul>
        </>
      )}
      <p className="mt-3">
        <a href="/jobs">Search all open jobs</a>
      </p>
    </Card>
  );
}

function Requests() {
  const requests = useMyRequests();
  const answer = useAnswerRequest();
  const views = useProfileViews();
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Requests and applications</h2>
      {requests.data === undefined || requests.data.length === 0 ? (
        <EmptyState>No recruiter has asked to represent you yet.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-2" data-testid="my-requests">
          {requests.data.map((r) => (
            <li key={r.id}>
              {r.organisation.name} — {r.posting.title}, {r.posting.place}, {payWords(r.posting.pay)}: {r.kind === 'application' ? 'you applied' : 'asks to represent you'}, {STATUS_WORDS[r.status] ?? r.status}
              {r.status === 'pending' ? (
                <span className="ml-2 inline-flex gap-2">
                  <button type="button" className="rounded bg-green-700 px-2 py-1 text-sm text-white" onClick={() => answer.mutate({ id: r.id, answer: 'accept' })}>
                    Accept
                  </button>
                  <button type="button" className="rounded border border-slate-500 px-2 py-1 text-sm" onClick={() => answer.mutate({ id: r.id, answer: 'decline' })}>
                    Decline
                  </button>
                </span>
              ) : null}
              {r.status === 'accepted' ? (
                <button type="button" className="ml-2 rounded border border-slate-500 px-2 py-1 text-sm" onClick={() => answer.mutate({ id: r.id, answer: 'withdraw' })}>
                  Withdraw
                </button>
              ) : null}
            </li>
          ))}
        </ul>
      )}
      {answer.isError ? <ErrorAlert>{describeError(answer.error)}</ErrorAlert> : null}
      <h3 className="mt-4 font-semibold">Who has seen your name and contact</h3>
      {views.data === undefined || views.data.length === 0 ? (
        <p className="text-slate-700">Nobody yet.</p>
      ) : (
        <ul className="mt-1 space-y-1" data-testid="profile-views">
          {views.data.map((v, i) => (
            <li key={`${v.at}-${String(i)}`}>
              {v.organisation}, {new Date(v.at).toLocaleString('en-GB', { dateStyle: 'medium', timeStyle: 'short' })}
            </li>
          ))}
        </ul>
      )}
    </Card>
  );
}

/** The candidate's side of staffing: their profile (off until turned on), matching jobs, saved searches, requests, who has seen them. */
export function JobSearchPage() {
  const profile = useProfile();
  return (
    <>
      <PageHeading title="My job search" />
      {profile.isPending ? <Loading what="your profile" /> : null}
      {profile.isError ? <ErrorAlert>{describeError(profile.error)}</ErrorAlert> : null}
      {profile.isSuccess ? <ProfileForm profile={profile.data} /> : null}
      {profile.isSuccess ? <Matches /> : null}
      <SavedSearches />
      {profile.isSuccess ? <Requests /> : null}
    </>
  );
}
