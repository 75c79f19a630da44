import type { ClinicalEntry } from '../../api/clinical-log-queries';
import { StatusBadge } from '../../components/status-badge';
import { gradeWords, ROLE_WORDS, signedWords, SUPERVISION_WORDS } from './clinical-words';

/** One entry of a clinical log, in words: what, when, where, how supervised, and who signed it. */
export function ClinicalEntrySummary({ entry }: { entry: ClinicalEntry }) {
  const signed = signedWords(entry);
  return (
    <>
      <p className="font-semibold break-words">
        {entry.procedureName}
        {entry.repeat ? ' (repeat)' : ''}
        {entry.competencyAttempt ? ' · competency attempt' : ''}
        {entry.simulated ? ' · simulated' : ''}
      </p>
      <p className="text-sm break-words text-slate-700">
        {entry.performedOn} · {entry.site.name} · {ROLE_WORDS[entry.role]} · {SUPERVISION_WORDS[entry.supervision]}
      </p>
      <p className="mt-1">
        {signed === null ? (
          <StatusBadge tone="warning" symbol="!">
            Not signed yet
          </StatusBadge>
        ) : (
          <StatusBadge tone="good" symbol="✓">
            {signed}
          </StatusBadge>
        )}
      </p>
      {entry.grade === null ? null : (
        <div className="mt-2 text-sm" data-testid="entry-grade">
          <p className="font-medium">{gradeWords(entry.grade)}</p>
          <ul className="list-disc pl-5">
            {entry.grade.criteria.map((c) => (
              <li key={c.code} className="break-words">
                {c.label}: {c.met ? 'met' : 'not met'}
              </li>
            ))}
          </ul>
          {entry.grade.comments === null ? null : <p className="break-words">Comments: {entry.grade.comments}</p>}
        </div>
      )}
    </>
  );
}
