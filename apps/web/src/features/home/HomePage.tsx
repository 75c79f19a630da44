import { Link } from '@tanstack/react-router';
import { PageHeading } from '../../components/page';

/** What a visitor can do without an account, each with its page. */
const DOORS = [
  {
    to: '/careers',
    title: 'Compare imaging careers',
    text: 'The work, pay and outlook of twelve imaging roles, each figure with its source.',
  },
  {
    to: '/plan',
    title: 'Plan a path',
    text: 'The steps to a role in a US state, the UK, Ireland, Australia or Canada: programs, exams and licences.',
  },
  {
    to: '/programs',
    title: 'Find programs',
    text: 'US programs colleges report to the Department of Education, with their graduates each year.',
  },
  {
    to: '/verify',
    title: 'Verify a credential',
    text: 'Check a signed credential someone handed you, without an account.',
  },
] as const;

/**
 * The front door for a visitor who is not signed in: what Modality is, in one screen, and the ways in —
 * the public careers, plan, programs and jobs pages, and signing in or up.
 */
export function HomePage() {
  return (
    <>
      <PageHeading title="Your imaging career in one place">Modality: your imaging career in one place</PageHeading>
      <p className="mt-2 max-w-2xl text-slate-700">
        For radiographers, sonographers, nuclear medicine and radiation therapy technologists, and those who
        want to become one: keep every credential, licence and continuing-education certificate in one
        record, see what is due and by when, and see which credentials are within reach. Every rule and
        figure names its source.
      </p>
      <div className="mt-4 flex flex-wrap gap-3">
        <Link to="/sign-up" className="btn">
          Create an account
        </Link>
        <Link to="/sign-in" className="btn btn-secondary">
          Sign in
        </Link>
      </div>
      <ul className="mt-6 grid gap-3 sm:grid-cols-2" aria-label="Without an account">
        {DOORS.map((d) => (
          <li key={d.to} className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
            <Link to={d.to} className="font-semibold">
              {d.title}
            </Link>
            <p className="mt-1 text-sm text-slate-700">{d.text}</p>
          </li>
        ))}
        <li className="rounded-lg border border-slate-300 bg-white p-4 shadow-sm">
          {/* The job board is served as HTML by the server (so that search engines read its postings), not by this app. */}
          <a href="/jobs" className="font-semibold">
            Find imaging jobs
          </a>
          <p className="mt-1 text-sm text-slate-700">
            Open postings from hospitals, imaging centres and agencies, each with its pay range.
          </p>
        </li>
      </ul>
    </>
  );
}
