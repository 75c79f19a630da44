import { useId } from 'react';
import { useCatalogue } from '../../api/catalogue';
import type { Verdict } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { EmptyState } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { ProgressBar } from './ProgressBar';
import {
  cycleUnit,
  DEADLINE_LABELS,
  describeDue,
  minimumInfo,
  missingRow,
  progressOf,
  ruleSummary,
  shortSource,
  statusInfo,
  withinReach,
  type ComplianceEntry,
  type CeRules,
  type ComplianceStatus,
  type EligibilityEntry,
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

function CredentialHeading({ id, code, level }: { id: string; code: string; level: 'h3' }) {
  const Tag = level;
  const names = useDisplayNames();
  const abbreviation = names.abbreviation(code);
  return (
    <Tag id={id} className="text-lg font-semibold">
      {names.credential(code)}
      {abbreviation === undefined ? null : (
        <span className="font-normal text-slate-700"> — {abbreviation}</span>
      )}
    </Tag>
  );
}

/** Rule-engine warnings, prominent: a verdict resting on a rule below "official" says so here. */
function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div
      className="warning-box mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950"
      data-testid="warnings"
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {warnings.length === 1
          ? 'Check this before relying on it'
          : `Check these ${warnings.length} points before relying on them`}
      </p>
      <ul className="mt-1 list-disc pl-6">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

function Sources({ sources, headingLevel }: { sources: readonly string[]; headingLevel: 'h4' }) {
  const Tag = headingLevel;
  return (
    <div className="mt-3">
      <Tag className="font-semibold">Sources</Tag>
      {sources.length === 0 ? (
        <p className="text-sm text-slate-700">No source given.</p>
      ) : (
        <ul className="sources mt-1 list-disc pl-6 text-sm" aria-label="Sources">
          {sources.map((url) => (
            <li key={url}>
              <a
                href={url}
                rel="noreferrer"
                target="_blank"
                className="no-print inline-block min-h-6 py-0.5 break-all"
              >
                {shortSource(url)}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              <span className="print-only break-all">{url}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
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
          <span className="font-mono">{entry.credential}</span> · {info.description}
        </p>
        <Warnings warnings={entry.warnings} />

        {entry.cycles.length === 0 ? (
          <p className="mt-3 text-sm">No CE cycle is in force on {asOf}.</p>
        ) : (
          entry.cycles.map((cycle, i) => {
            const unit = cycleUnit(cycle, rules);
            const summary = ruleSummary(cycle.rule, rules);
            return (
              <div
                key={`${cycle.rule}-${cycle.start}`}
                className="cycle mt-3"
                data-testid="cycle"
                data-rule={cycle.rule}
              >
                <h4 className="font-semibold">
                  {i === 0 ? 'CE cycle' : 'Also in force'}: {cycle.start} to {cycle.end}
                </h4>
                <ProgressBar name="All CE in this cycle" progress={progressOf(cycle, unit)} />
                {cycle.minimums.map((m) => {
                  const mi = minimumInfo(entry.credential, m, unit, rules);
                  return (
                    <div key={m.topic}>
                      <ProgressBar name={`Minimum: ${m.topic}`} progress={progressOf(m, mi.unit)} />
                      {mi.summary === undefined && mi.topics.length === 0 ? null : (
                        <p className="text-xs text-slate-700">
                          {mi.summary}
                          {mi.topics.length === 0 ? null : (
                            <>
                              {mi.summary === undefined ? '' : ' '}(tag activities with{' '}
                              {mi.topics.map((t, k) => (
                                <span key={t}>
                                  {k === 0 ? '' : ' or '}
                                  <code>{t}</code>
                                </span>
                              ))}
                              )
                            </>
                          )}
                        </p>
                      )}
                    </div>
                  );
                })}
                <p className="mt-1 text-xs text-slate-700">
                  Rule <code>{cycle.rule}</code>
                  {summary === undefined ? null : `: ${summary}`}
                </p>
              </div>
            );
          })
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

/** A card per credential held: status, progress per requirement and minimum, deadlines, warnings, sources. */
export function ComplianceCards({ verdict }: { verdict: Verdict }) {
  const rules = useCatalogue(verdict.asOf);
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
        <p className="font-mono text-sm text-slate-700">{entry.credential}</p>
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
                  <ProgressBar
                    labelledBy={`${id}-m${i}`}
                    progress={{
                      ...progressOf({ required: row.need, earned: row.have, remaining: row.short }, row.unit),
                      note: row.text,
                    }}
                  />
                  <p className="text-xs text-slate-700">
                    Rule <code>{row.rule}</code>
                  </p>
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
