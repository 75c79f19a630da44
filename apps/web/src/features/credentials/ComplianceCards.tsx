import { useId } from 'react';
import { useCatalogue } from '../../api/catalogue';
import type { Verdict } from '../../api/queries';
import { EmptyState } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { CredentialHeading, Sources, Warnings } from './card-parts';
import { ProgressBar } from './ProgressBar';
import {
  cycleUnit,
  DEADLINE_LABELS,
  describeDue,
  minimumInfo,
  minimumSentence,
  progressOf,
  ruleSummary,
  statusInfo,
  type CeRules,
  type ComplianceEntry,
  type ComplianceStatus,
  type VerdictCycle,
} from './verdict-view';

/** A compliance status as a badge: its word, its sign, and "Status:" for screen readers. */
export function ComplianceBadge({ status }: { status: ComplianceStatus }) {
  const info = statusInfo(status);
  return (
    <StatusBadge tone={info.tone} symbol={info.symbol} data-testid="status">
      <span className="sr-only">Status: </span>
      {info.label}
    </StatusBadge>
  );
}

function ComplianceCard({
  entry,
  asOf,
  rules,
}: {
  entry: ComplianceEntry;
  asOf: string;
  /** The CE rules in force on `asOf`, for units and summaries (undefined while they load). */
  rules: CeRules | undefined;
}) {
  const id = useId();
  const info = statusInfo(entry.status);
  return (
    <li>
      <article
        aria-labelledby={`${id}-h`}
        className="credential-card print-card h-full rounded-lg border border-slate-300 bg-white p-4 shadow-sm"
        data-credential={entry.credential}
      >
        <div className="flex flex-wrap items-start justify-between gap-2">
          <CredentialHeading id={`${id}-h`} code={entry.credential} level="h3" />
          <ComplianceBadge status={entry.status} />
        </div>
        <p className="text-sm text-slate-700">
          {info.description}
        </p>
        <Warnings warnings={entry.warnings} />

        {entry.cycles.length === 0 ? (
          <p className="mt-3 text-sm">No CE cycle is in force on {asOf}.</p>
        ) : (
          entry.cycles.map((cycle, i) => (
            <CycleProgress
              key={`${cycle.rule}-${cycle.start}`}
              credential={entry.credential}
              cycle={cycle}
              first={i === 0}
              rules={rules}
            />
          ))
        )}

        <div className="mt-3">
          <h4 className="font-semibold">Deadlines</h4>
          {entry.deadlines.length === 0 ? (
            <p className="text-sm text-slate-700">None on record.</p>
          ) : (
            <ul className="mt-1 text-sm" aria-label="Deadlines">
              {entry.deadlines.map((d) => (
                <li key={`${d.kind}-${d.due}`}>
                  {DEADLINE_LABELS[d.kind]}:{' '}
                  <time dateTime={d.due} className="font-semibold">
                    {d.due}
                  </time>{' '}
                  <span className="text-slate-700">({describeDue(asOf, d.due)})</span>
                </li>
              ))}
            </ul>
          )}
        </div>
        <Sources sources={entry.sources} headingLevel="h4" />
      </article>
    </li>
  );
}

/** One CE cycle: progress overall and per topic minimum, in the units of its rule, and the rule itself. */
function CycleProgress({
  credential,
  cycle,
  first,
  rules,
}: {
  credential: string;
  cycle: VerdictCycle;
  /** The first cycle of the card ("CE cycle"); others are "Also in force". */
  first: boolean;
  rules: CeRules | undefined;
}) {
  const unit = cycleUnit(cycle, rules);
  const summary = ruleSummary(cycle.rule, rules);
  return (
    <div className="cycle mt-3" data-testid="cycle" data-rule={cycle.rule}>
      <h4 className="font-semibold">
        {first ? 'CE cycle' : 'Also in force'}: {cycle.start} to {cycle.end}
      </h4>
      <ProgressBar name="All CE in this cycle" progress={progressOf(cycle, unit)} />
      {cycle.minimums.map((m) => {
        const mi = minimumInfo(credential, m, unit, rules);
        return (
          <div key={m.topic}>
            <ProgressBar name={minimumSentence(m, mi.unit)} progress={progressOf(m, mi.unit)} />
            {mi.summary === undefined && mi.topics.length === 0 ? null : (
              <p className="text-xs text-slate-700">
                {mi.summary}
                {mi.topics.length === 0 ? null : (
                  <>
                    {mi.summary === undefined ? '' : ' '}
                    (an activity counts here when you answer “yes” to the question about it on the CE form)
                  </>
                )}
              </p>
            )}
          </div>
        );
      })}
      {summary === undefined ? null : <p className="mt-1 text-xs text-slate-700">{summary}</p>}
    </div>
  );
}

/** A card per credential held: status, progress per requirement and minimum, deadlines, warnings, sources. */
export function ComplianceCards({
  verdict,
  asOf,
}: {
  verdict: Verdict;
  /** The day the verdict was asked for (absent: today), so the CE rules are those of the same day. */
  asOf: string | undefined;
}) {
  const rules = useCatalogue(asOf);
  if (verdict.compliance.length === 0) {
    return (
      <EmptyState>
        No certifications, registrations or licences in the record, so nothing to keep up yet.
      </EmptyState>
    );
  }
  return (
    <ul className="credential-cards mt-2 grid gap-4 lg:grid-cols-2" aria-label="Credentials held">
      {verdict.compliance.map((entry) => (
        <ComplianceCard key={entry.credential} entry={entry} asOf={verdict.asOf} rules={rules} />
      ))}
    </ul>
  );
}
