import { useId } from 'react';
import type { Verdict } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { EmptyState } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { CredentialHeading, Sources } from './card-parts';
import { ProgressBar } from './ProgressBar';
import { missingRow, progressOf, withinReach, type EligibilityEntry } from './verdict-view';

function ReachCard({ entry }: { entry: EligibilityEntry }) {
  const id = useId();
  const rows = entry.missing.map(missingRow);
  return (
    <li>
      <article
        aria-labelledby={`${id}-h`}
        className="reach-card print-card h-full rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
        data-credential={entry.credential}
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CredentialHeading id={`${id}-h`} code={entry.credential} level="h3" />
          <StatusBadge
            tone={entry.eligible ? 'good' : 'neutral'}
            symbol={entry.eligible ? '✓' : '…'}
            data-testid="eligibility"
          >
            {entry.eligible
              ? 'Eligible now'
              : `${rows.length} ${rows.length === 1 ? 'thing' : 'things'} missing`}
          </StatusBadge>
        </div>
        {rows.length === 0 ? (
          <p className="mt-2">Nothing is missing: you can apply.</p>
        ) : (
          <>
            <h4 className="mt-3 font-semibold">What is missing</h4>
            <ul className="mt-1 space-y-3" aria-label="What is missing">
              {rows.map((row, i) => (
                <li key={`${row.rule}-${row.what}`} data-testid="missing">
                  <p id={`${id}-m${i}`} className="text-sm">
                    {row.what}
                  </p>
                  {row.countConfirmed === false ? (
                    <p className="text-xs text-slate-700">{row.text}</p>
                  ) : (
                    <ProgressBar
                      labelledBy={`${id}-m${i}`}
                      progress={{
                        ...progressOf({ required: row.need, earned: row.have, remaining: row.short }, row.unit),
                        note: row.text,
                      }}
                    />
                  )}
                </li>
              ))}
            </ul>
          </>
        )}
        <Sources sources={entry.sources} headingLevel="h4" />
      </article>
    </li>
  );
}

/** Credentials not held that the person could work towards, each with what is missing, in units. */
export function WithinReach({ verdict }: { verdict: Verdict }) {
  const names = useDisplayNames();
  const entries = withinReach(verdict.eligibility, names);
  if (entries.length === 0) {
    return <EmptyState>No further credential to work towards was found for this record.</EmptyState>;
  }
  return (
    <ul className="mt-2 grid gap-4 lg:grid-cols-2" aria-label="Credentials within reach">
      {entries.map((entry) => (
        <ReachCard key={entry.credential} entry={entry} />
      ))}
    </ul>
  );
}
