import { calendarDateSchema } from '@modality/contracts';
import { useState, type ReactNode, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { deadlinesIcsUrl, useVerdict, type Verdict } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';
import { DataTable } from '../../components/data-table';
import { Field, Input } from '../../components/field';
import { Card, EmptyState, ErrorAlert, Loading } from '../../components/page';
import { Section } from '../../components/section';
import { AddCeForm } from './AddCeForm';
import { AuditPacketForm } from './AuditPacketForm';
import { CalendarSubscription } from './CalendarSubscription';
import { ComplianceCards } from './ComplianceCards';
import { WithinReach } from './WithinReach';
import { deadlineRows } from './verdict-view';

function DeadlinesTable({ verdict, icsUrl }: { verdict: Verdict; icsUrl: string }) {
  const names = useDisplayNames();
  const rows = deadlineRows(verdict);
  return (
    <Card className="mt-2">
      {rows.length === 0 ? (
        <EmptyState>No deadlines on record.</EmptyState>
      ) : (
        <DataTable
          caption="Deadlines, soonest first"
          rows={rows}
          rowKey={(row) => `${row.credential}-${row.kind}-${row.due}`}
          columns={[
            {
              header: 'Due',
              className: 'font-semibold whitespace-nowrap',
              cell: (row) => <time dateTime={row.due}>{row.due}</time>,
            },
            {
              header: 'When',
              cell: (row) => <span className={row.past ? 'font-semibold text-red-800' : ''}>{row.when}</span>,
            },
            { header: 'What', cell: (row) => row.label },
            {
              header: 'Credential',
              cell: (row) => (
                <>
                  {names.credential(row.credential)}
                </>
              ),
            },
          ]}
        />
      )}
      <p className="no-print mt-3">
        <a href={icsUrl} download data-testid="ics-link">
          Download the deadlines as a calendar file (.ics)
        </a>{' '}
        <span className="text-sm text-slate-700">
          — opens in Outlook, Google Calendar, Apple Calendar and others.
        </span>
      </p>
    </Card>
  );
}

/** `asOf` from the address when it names a real day; `invalid` when it was given but is not one. */
export function checkAsOf(asOf: string | undefined): { asOf: string | undefined; invalid: boolean } {
  if (asOf === undefined) return { asOf: undefined, invalid: false };
  return calendarDateSchema.safeParse(asOf).success
    ? { asOf, invalid: false }
    : { asOf: undefined, invalid: true };
}

/** Shows the verdict on another day (a renewal ahead, an audit date behind); empty for today. */
function AsOfForm({
  asOf,
  onChange,
}: {
  asOf: string | undefined;
  onChange: (asOf: string | undefined) => void;
}) {
  const [text, setText] = useState(asOf ?? '');
  const [error, setError] = useState<string | null>(null);
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    const value = text.trim();
    if (value === '') {
      setError(null);
      onChange(undefined);
      return;
    }
    const parsed = calendarDateSchema.safeParse(value);
    if (!parsed.success) {
      setError(parsed.error.issues[0]?.message ?? 'not a date');
      return;
    }
    setError(null);
    onChange(value);
  };
  return (
    <form onSubmit={onSubmit} noValidate className="no-print mt-3" aria-label="Date of the verdict">
      <Field
        label="Verdict on another date"
        hint="YYYY-MM-DD; leave empty for today."
        error={error ?? undefined}
      >
        {/* The button sits beside the input; the error goes under both. */}
        <div className="flex items-center gap-2">
          <Input
            inputMode="numeric"
            autoComplete="off"
            className="w-40"
            value={text}
            onChange={(e) => setText(e.target.value)}
          />
          <button type="submit" className="btn btn-secondary mt-1">
            Show
          </button>
        </div>
      </Field>
    </form>
  );
}

/**
 * A person's credentials from the rules engine's verdict: a card per credential held, the deadlines (and
 * a calendar file of them), the credentials within reach with what is missing, and — for someone who may
 * change the record — a form to add a CE activity, after which the numbers update at once.
 */
export function CredentialsView({
  personId,
  canEdit,
  asOf: requestedAsOf,
  onAsOfChange,
  readOnlyNote,
  own = false,
}: {
  personId: string;
  canEdit: boolean;
  /** The signed-in person's own record: offers the calendar subscription (a personal secret). */
  own?: boolean;
  /** The day of the verdict from the address (`?asOf=`); today when absent. */
  asOf?: string | undefined;
  onAsOfChange: (asOf: string | undefined) => void;
  /** Said instead of the form when the viewer may not change the record. */
  readOnlyNote?: ReactNode;
}) {
  const { asOf, invalid } = checkAsOf(requestedAsOf);
  const verdict = useVerdict(personId, asOf);
  if (verdict.isPending) return <Loading what="the credentials" />;
  if (verdict.isError) {
    if (isApiProblem(verdict.error) && verdict.error.status === 404) {
      return <ErrorAlert>This record does not exist, or you may not see it.</ErrorAlert>;
    }
    return <ErrorAlert>The credentials could not be worked out. {describeError(verdict.error)}</ErrorAlert>;
  }
  const v = verdict.data;
  const icsUrl = deadlinesIcsUrl(personId, asOf);
  return (
    <div className="credentials-view">
      <p className="mt-2 text-slate-800">
        Worked out by the rules engine as of{' '}
        <time dateTime={v.asOf} className="font-semibold">
          {v.asOf}
        </time>
        {asOf === undefined ? ' (today)' : ''}. Every number below names its rule and source; check the
        warnings before relying on a verdict.
      </p>
      {invalid ? (
        <ErrorAlert>
          The date in the address is not a real day (YYYY-MM-DD), so this is the verdict for today.
        </ErrorAlert>
      ) : null}
      <AsOfForm key={asOf ?? 'today'} asOf={asOf} onChange={onAsOfChange} />
      <nav aria-label="On this page" className="no-print mt-3">
        <ul className="flex flex-wrap gap-x-4 gap-y-1 text-sm">
          <li>
            <a href="#credentials-held">Credentials held</a>
          </li>
          {canEdit ? (
            <li>
              <a href="#credentials-add-ce">Add a CE activity</a>
            </li>
          ) : null}
          <li>
            <a href="#credentials-deadlines">Deadlines</a>
          </li>
          {own ? (
            <li>
              <a href="#credentials-calendar">Calendar</a>
            </li>
          ) : null}
          <li>
            <a href="#credentials-audit-packet">CE audit packet</a>
          </li>
          <li>
            <a href="#credentials-within-reach">Within reach</a>
          </li>
        </ul>
      </nav>

      <Section id="credentials-held" title="Credentials held">
        <ComplianceCards verdict={v} asOf={asOf} />
      </Section>

      {canEdit ? (
        <Section id="credentials-add-ce" title="Add a CE activity" className="no-print mt-8">
          <Card className="mt-2">
            <AddCeForm personId={personId} asOf={asOf} />
          </Card>
        </Section>
      ) : readOnlyNote === undefined ? null : (
        <p className="no-print mt-6 text-sm text-slate-700">{readOnlyNote}</p>
      )}

      <Section id="credentials-deadlines" title="Deadlines">
        <DeadlinesTable verdict={v} icsUrl={icsUrl} />
      </Section>

      {own ? (
        <Section id="credentials-calendar" title="Calendar" className="no-print mt-8">
          <Card className="mt-2">
            <CalendarSubscription personId={personId} />
          </Card>
        </Section>
      ) : null}

      <Section id="credentials-audit-packet" title="CE audit packet" className="no-print mt-8">
        <Card className="mt-2">
          <AuditPacketForm personId={personId} verdict={v} />
        </Card>
      </Section>

      <Section id="credentials-within-reach" title="Within reach">
        <p className="mt-1 text-slate-700">
          Credentials not held yet that could be worked towards, each with what is still missing.
        </p>
        <WithinReach verdict={v} />
      </Section>
    </div>
  );
}
