import { EmptyState, PageHeading } from '../../components/page';

/** Recruiters' home until staffing lands: says plainly that there is nothing here yet. */
export function CandidatesPage() {
  return (
    <>
      <PageHeading title="Candidates" />
      <div className="mt-4">
        <EmptyState>
          Candidates — coming with the staffing issue. Candidate search will list only professionals who chose
          to be found, without contact details until they accept an approach. Nothing is shown here yet.
        </EmptyState>
      </div>
    </>
  );
}
