import { Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { payWords, useOwnPostings, useUpdatePosting, type Posting } from '../../api/staffing-queries';
import { DataTable } from '../../components/data-table';
import { EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { usePostingOrganisation } from './posting-organisation';

/** A posting's state in words. */
export const POSTING_STATUS_WORDS: Readonly<Record<Posting['status'], string>> = {
  draft: 'Draft (only your organisation sees it)',
  open: 'Open',
  filled: 'Filled',
  closed: 'Closed',
  expired: 'Expired (its last day has passed)',
};

/** Open, fill or close a posting, as its state allows. */
function StatusActions({ posting }: { posting: Posting }) {
  const update = useUpdatePosting(posting.id);
  const button = (status: 'open' | 'filled' | 'closed', label: string) => (
    <button type="button" className="rounded border border-slate-500 px-2 py-1 text-sm" disabled={update.isPending} onClick={() => update.mutate({ status })}>
      {label}
    </button>
  );
  return (
    <span className="inline-flex flex-wrap gap-2">
      <Link to="/postings/$postingId" params={{ postingId: posting.id }} className="rounded border border-slate-500 px-2 py-1 text-sm">
        Edit {posting.title}
      </Link>
      {posting.status === 'draft' ? button('open', 'Open') : null}
      {posting.status === 'open' ? button('filled', 'Mark filled') : null}
      {posting.status === 'open' || posting.status === 'draft' ? button('closed', 'Close') : null}
      {update.isError ? (
        <span role="alert" className="block text-sm text-red-800">
          {describeError(update.error)}
        </span>
      ) : null}
    </span>
  );
}

/** The organisation's postings in every state, drafts included; write a new one, edit, open, fill or close. */
export function PostingsPage() {
  const { organisation, chooser } = usePostingOrganisation();
  const organisationId = organisation?.organisationId;
  const postings = useOwnPostings(organisationId);
  return (
    <>
      <PageHeading title="Postings" />
      {chooser}
      <p className="mt-2">
        <Link to="/postings/new" className="inline-block rounded bg-blue-700 px-3 py-2 text-white">
          Write a new posting
        </Link>
      </p>
      {postings.isPending && organisationId !== undefined ? <Loading what="postings" /> : null}
      {postings.isError ? <ErrorAlert>{describeError(postings.error)}</ErrorAlert> : null}
      {postings.isSuccess && postings.data.length === 0 ? <EmptyState>{organisation?.organisationName ?? 'Your organisation'} has no postings yet.</EmptyState> : null}
      {postings.isSuccess && postings.data.length > 0 ? (
        <DataTable<Posting>
          data-testid="own-postings"
          caption={`${organisation?.organisationName ?? 'Your organisation'}: postings, drafts included`}
          rows={postings.data}
          rowKey={(p) => p.id}
          columns={[
            { header: 'Title', cell: (p) => p.title },
            { header: 'Where', cell: (p) => p.place.city },
            { header: 'Pay', cell: (p) => payWords(p.pay) },
            { header: 'State', cell: (p) => POSTING_STATUS_WORDS[p.status] },
            { header: 'Last day', cell: (p) => p.validThrough },
            { header: '', cell: (p) => <StatusActions posting={p} /> },
          ]}
        />
      ) : null}
    </>
  );
}
