import { getRouteApi, Link } from '@tanstack/react-router';
import { useState, type SubmitEvent } from 'react';
import { MODALITY_WORDS } from '@modality/contracts';
import { describeError, isApiProblem } from '../../api/client';
import {
  payWords,
  useAskToRepresent,
  useOpenPostings,
  useOrganisationPostings,
  usePostingRequests,
  useRanking,
  type CandidateRanking,
  type OpenPostingsFilter,
  type Posting,
} from '../../api/staffing-queries';
import { DataTable } from '../../components/data-table';
import { Field, Input, Select } from '../../components/field';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { usePostingOrganisation } from '../postings/posting-organisation';

type Match = CandidateRanking['matches'][number];

const route = getRouteApi('/app/candidates');

/** Each criterion of the score in words (the posting's weights use the same names). */
const CRITERION_WORDS: Readonly<Record<keyof Match['contributions'], string>> = { experience: 'Experience', distance: 'Distance', pay: 'Pay', procedures: 'Procedures', language: 'Language' };

const STATUS_WORDS: Readonly<Record<string, string>> = { pending: 'waiting for an answer', accepted: 'accepted', declined: 'declined', withdrawn: 'withdrawn' };

function AskButton({ postingId, handle }: { postingId: string; handle: string }) {
  const ask = useAskToRepresent(postingId);
  if (ask.isSuccess) return <span className="text-sm text-green-800">Asked</span>;
  return (
    <>
      <button type="button" className="rounded bg-blue-700 px-2 py-1 text-sm text-white" onClick={() => ask.mutate(handle)} disabled={ask.isPending}>
        Ask to represent {handle}
      </button>
      {ask.isError ? <span role="alert" className="block text-sm text-red-800">{describeError(ask.error)}</span> : null}
    </>
  );
}

function Ranking({ postingId }: { postingId: string }) {
  const ranking = useRanking(postingId);
  const requests = usePostingRequests(postingId);
  if (ranking.isPending) return <Loading what="candidates" />;
  if (ranking.isError) return <ErrorAlert>{describeError(ranking.error)}</ErrorAlert>;
  const r = ranking.data;
  return (
    <>
      {r.unranked === null ? null : <ErrorAlert>{r.unranked}</ErrorAlert>}
      <h2 className="mt-6 text-lg font-semibold">
        {r.totalQualified === 1 ? '1 candidate meets' : `${String(r.totalQualified)} candidates meet`} every requirement
      </h2>
      {r.matches.length === 0 ? (
        <EmptyState>Nobody who chose to be found meets every requirement yet.</EmptyState>
      ) : (
        <DataTable<Match>
          data-testid="ranked-candidates"
          caption="Ranked candidates (no names or contact details until a candidate accepts)"
          rows={r.matches}
          rowKey={(m) => m.candidate.handle}
          columns={[
            { header: 'Candidate', cell: (m) => m.candidate.handle },
            { header: 'Where', cell: (m) => m.candidate.place },
            { header: 'Credentials', cell: (m) => m.candidate.held.map((h) => h.name).join(', ') },
            { header: 'Score', numeric: true, cell: (m) => m.score.toFixed(2) },
            { header: 'Why', cell: (m) => (Object.keys(CRITERION_WORDS) as Array<keyof Match['contributions']>).filter((k) => m.contributions[k] > 0).map((k) => `${CRITERION_WORDS[k]} ${m.contributions[k].toFixed(2)}`).join(' · ') },
            { header: '', cell: (m) => <AskButton postingId={postingId} handle={m.candidate.handle} /> },
          ]}
        />
      )}
      {r.nearMisses.length === 0 ? null : (
        <Card className="mt-4">
          <h2 className="text-lg font-semibold">One requirement away</h2>
          <ul className="mt-2 list-disc pl-5" data-testid="near-misses">
            {r.nearMisses.map((n) => (
              <li key={n.candidate.handle}>
                {n.candidate.handle} ({n.candidate.place}) needs {n.missing.says}
                {n.missing.left === null ? '' : ` — ${n.missing.left}`}
                {n.missing.route === null ? '' : ` — the way there: ${n.missing.route.says}`}
              </li>
            ))}
          </ul>
        </Card>
      )}
      {r.relaxations.length === 0 ? null : (
        <Card className="mt-4">
          <h2 className="text-lg font-semibold">If you relaxed a requirement</h2>
          <ul className="mt-2 list-disc pl-5">
            {r.relaxations.map((x) => (
              <li key={`${x.requirement}-${x.says}`}>
                Without {x.says}: {x.adds} more
              </li>
            ))}
          </ul>
        </Card>
      )}
      <h2 className="mt-6 text-lg font-semibold">Requests and applications</h2>
      {requests.data === undefined || requests.data.length === 0 ? (
        <EmptyState>No requests or applications for this posting yet.</EmptyState>
      ) : (
        <ul className="mt-2 space-y-1" data-testid="posting-requests">
          {requests.data.map((q) => (
            <li key={q.id}>
              {q.candidate.name === null ? q.candidate.handle : `${q.candidate.name} (${q.candidate.email ?? ''})`} —{' '}
              {q.kind === 'application' ? 'applied' : 'request'}, {STATUS_WORDS[q.status] ?? q.status}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}

/**
 * An agency's search of other organisations' open postings (the public board's search): by modality and
 * within 50 km of a place, so a posting beyond the first hundred can be found.
 */
function OtherPostingsFilter({ onSearch, nearError }: { onSearch: (filter: OpenPostingsFilter) => void; nearError: string | undefined }) {
  const [modality, setModality] = useState('');
  const [near, setNear] = useState('');
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    onSearch({ ...(modality === '' ? {} : { modality }), ...(near.trim() === '' ? {} : { near: near.trim() }) });
  };
  return (
    <form className="mt-4" onSubmit={onSubmit} noValidate aria-label="Search other organisations' openings">
      <fieldset className="flex flex-wrap items-end gap-3">
        <legend className="font-semibold">Other organisations&rsquo; open postings</legend>
        <Field label="Modality">
          <Select value={modality} onChange={(e) => setModality(e.target.value)}>
            <option value="">Any modality</option>
            {Object.entries(MODALITY_WORDS).map(([value, label]) => (
              <option key={value} value={value}>
                {label}
              </option>
            ))}
          </Select>
        </Field>
        <Field label="Within 50 km of (ZIP, City, ST, or City, Country)" error={nearError}>
          <Input value={near} onChange={(e) => setNear(e.target.value)} />
        </Field>
        <button type="submit" className="btn btn-secondary">
          Find postings
        </button>
      </fieldset>
    </form>
  );
}

const postingWords = (p: Posting) => `${p.title} — ${p.place.city} — ${payWords(p.pay)}`;

/**
 * The recruiter's and org admin's page: the organisation's open postings (and, for a staffing agency, every
 * other organisation's open postings, since agencies put candidates forward to employers), each posting's
 * ranked candidates, and requests.
 */
export function CandidatesPage() {
  const { organisation, chooser } = usePostingOrganisation();
  const agency = organisation?.side === 'agency';
  const postings = useOrganisationPostings(organisation?.organisationId);
  const [filter, setFilter] = useState<OpenPostingsFilter>({});
  const others = useOpenPostings(agency, filter);
  const nearError = isApiProblem(others.error) ? others.error.fieldErrors.find((e) => e.path === 'near')?.message : undefined;
  const { posting: fromLink } = route.useSearch();
  const [chosen, setChosen] = useState(fromLink ?? '');
  const own = postings.data?.items ?? [];
  const elsewhere = agency ? (others.data?.items ?? []).filter((p) => p.organisation.id !== organisation.organisationId) : [];
  const items = [...own, ...elsewhere];
  const postingId = chosen !== '' && items.some((p) => p.id === chosen) ? chosen : items[0]?.id;
  const name = organisation?.organisationName ?? 'Your organisation';
  return (
    <>
      <PageHeading title="Candidates" />
      {chooser}
      <p className="mt-2 text-slate-700">
        Only professionals who chose to be found are listed, by a pseudonymous handle. You see their name and e-mail once they accept
        your request for one posting.
      </p>
      {postings.isPending ? <Loading what="postings" /> : null}
      {postings.isError ? <ErrorAlert>{describeError(postings.error)}</ErrorAlert> : null}
      {others.isError && nearError === undefined ? <ErrorAlert>{describeError(others.error)}</ErrorAlert> : null}
      {agency && others.isSuccess && elsewhere.length === 0 ? <p className="mt-2 text-slate-700">No other organisation's open posting matches.</p> : null}
      {postings.isSuccess && items.length === 0 ? <EmptyState>{agency ? 'There are no open postings.' : `${name} has no open postings.`}</EmptyState> : null}
      <p className="mt-2">
        <Link to="/postings">Write and edit postings, drafts included</Link>
      </p>
      {agency ? <OtherPostingsFilter onSearch={setFilter} nearError={nearError} /> : null}
      {items.length > 0 ? (
        <Field label="Posting" className="mt-4 max-w-xl">
          <Select value={postingId ?? ''} onChange={(e) => setChosen(e.target.value)}>
            {own.length > 0 ? (
              <optgroup label={`${name}'s postings`}>
                {own.map((p) => (
                  <option key={p.id} value={p.id}>
                    {postingWords(p)}
                  </option>
                ))}
              </optgroup>
            ) : null}
            {elsewhere.length > 0 ? (
              <optgroup label="Other organisations' open postings">
                {elsewhere.map((p) => (
                  <option key={p.id} value={p.id}>
                    {postingWords(p)} — {p.organisation.name}
                  </option>
                ))}
              </optgroup>
            ) : null}
          </Select>
        </Field>
      ) : null}
      {postingId === undefined ? null : <Ranking postingId={postingId} />}
    </>
  );
}
