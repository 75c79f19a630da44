import type { VerificationReport } from '../../api/proof-queries';
import { checkLines, dayOf, kindWords, verdictWords } from './credential-view';

/** "Verified" or the reasons it is not, as a badge (colour only repeats what the words say). */
export function VerdictBadge({ report }: { report: VerificationReport }) {
  const v = verdictWords(report);
  return (
    <span
      data-testid="vc-verdict"
      className={`status-badge inline-flex items-center gap-1 rounded border px-2 py-0.5 text-sm font-semibold ${v.ok ? 'border-green-700 bg-green-50 text-green-900' : 'border-red-700 bg-red-50 text-red-900'}`}
    >
      <span aria-hidden="true">{v.ok ? '✓' : '✗'}</span>
      <span>{v.text}</span>
    </span>
  );
}

/** The four checks, each with its own outcome and reason. */
export function CheckList({ report }: { report: VerificationReport }) {
  return (
    <ul className="mt-2 space-y-1" aria-label="Checks">
      {checkLines(report).map((line) => (
        <li key={line.label} className="flex gap-2 break-words" data-testid={`check-${line.label.toLowerCase()}`}>
          <span aria-hidden="true" className={line.ok ? 'text-green-800' : 'text-red-800'}>
            {line.ok ? '✓' : '✗'}
          </span>
          <span>
            <span className="font-semibold">{line.label}:</span> {line.text}
          </span>
        </li>
      ))}
    </ul>
  );
}

/** What the credential says about itself (unverified words, shown beside the checks). */
export function CredentialFacts({ report }: { report: VerificationReport }) {
  const c = report.credential;
  if (c === null) return null;
  const from = dayOf(c.validFrom);
  const until = dayOf(c.validUntil);
  return (
    <dl className="mt-2 grid grid-cols-1 gap-x-4 gap-y-1 text-sm sm:grid-cols-[max-content_1fr]">
      <dt className="font-semibold">Kind</dt>
      <dd>{kindWords(c.achievementType)}</dd>
      <dt className="font-semibold">Issued by</dt>
      <dd className="break-words">{c.issuerName ?? 'an unnamed issuer'}</dd>
      {c.subjectName === null ? null : (
        <>
          <dt className="font-semibold">For</dt>
          <dd>{c.subjectName}</dd>
        </>
      )}
      {from === null ? null : (
        <>
          <dt className="font-semibold">Valid from</dt>
          <dd>
            <time dateTime={from}>{from}</time>
            {until === null ? null : (
              <>
                {' '}
                to <time dateTime={until}>{until}</time>
              </>
            )}
          </dd>
        </>
      )}
      {c.description === null ? null : (
        <>
          <dt className="font-semibold">About</dt>
          <dd className="break-words">{c.description}</dd>
        </>
      )}
    </dl>
  );
}
