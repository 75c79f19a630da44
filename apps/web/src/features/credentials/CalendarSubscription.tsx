import { useState } from 'react';
import { describeError } from '../../api/client';
import { useCalendarFeedStatus, useCreateCalendarFeed, useRevokeCalendarFeed } from '../../api/proof-queries';
import { ErrorAlert } from '../../components/page';

/** `https://…` → `webcal://…`, which phones and desktop calendars open as a subscription. */
export const webcalUrl = (url: string): string => url.replace(/^https?:\/\//, 'webcal://');

/**
 * A secret calendar address of the person's deadlines, with reminders a month and a week ahead: calendar
 * apps fetch it again by themselves. The address is shown once when made; making a new one or revoking
 * stops the old one.
 */
export function CalendarSubscription({ personId }: { personId: string }) {
  const status = useCalendarFeedStatus(personId);
  const create = useCreateCalendarFeed(personId);
  const revoke = useRevokeCalendarFeed(personId);
  const [copied, setCopied] = useState(false);
  const url = create.data?.url;
  const active = status.data?.active === true;
  return (
    <div data-testid="calendar-subscription">
      <p className="text-slate-800">
        Subscribe once and your phone or Outlook keeps your deadlines current, with reminders a month and a week
        before each. The address is secret: anyone who has it can see your deadlines, so keep it to yourself.
      </p>
      {status.isError ? <ErrorAlert>{describeError(status.error)}</ErrorAlert> : null}
      {url === undefined ? (
        <p className="mt-2 text-sm text-slate-700" data-testid="calendar-state">
          {active
            ? `You have a calendar address (made ${status.data?.createdAt?.slice(0, 10) ?? ''}). It is shown only when made: make a new one if you lost it (the old one stops working).`
            : 'You have no calendar address.'}
        </p>
      ) : (
        <div className="mt-2 rounded-md border border-green-700 bg-green-50 p-3">
          <label htmlFor="calendar-url" className="block text-sm font-semibold">
            Your calendar address (shown this once)
          </label>
          <input id="calendar-url" readOnly value={url} className="field-input mt-1 w-full font-mono text-sm" onFocus={(e) => e.target.select()} />
          <div className="mt-2 flex flex-wrap gap-3 text-sm">
            <button
              type="button"
              className="btn btn-secondary"
              onClick={() => void navigator.clipboard.writeText(url).then(() => setCopied(true), () => setCopied(false))}
            >
              {copied ? 'Copied' : 'Copy the address'}
            </button>
            <a href={webcalUrl(url)} className="self-center">
              Open in my calendar app
            </a>
          </div>
        </div>
      )}
      <div className="mt-3 flex flex-wrap gap-2">
        <button type="button" className="btn" disabled={create.isPending} onClick={() => create.mutate()}>
          {active || url !== undefined ? 'Make a new calendar address' : 'Make a calendar address'}
        </button>
        {active ? (
          <button
            type="button"
            className="btn btn-secondary"
            disabled={revoke.isPending}
            onClick={() => revoke.mutate(undefined, { onSuccess: () => create.reset() })}
          >
            Revoke the calendar address
          </button>
        ) : null}
      </div>
      {create.isError ? <ErrorAlert>{describeError(create.error)}</ErrorAlert> : null}
      {revoke.isSuccess && !active ? <p role="status" className="mt-2 text-sm">Revoked: calendar apps get nothing from the old address now.</p> : null}
    </div>
  );
}
