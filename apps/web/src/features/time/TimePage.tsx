import { useState } from 'react';
import type { z } from 'zod';
import type { timeRecordSchema } from '@modality/contracts';
import { describeError } from '../../api/client';
import { useClockIn, useClockOut, useMyTime, type Point } from '../../api/time-queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { HourWarnings } from './HourWarnings';

type TimeRecord = z.infer<typeof timeRecordSchema>;

const timeOf = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });
const hoursText = (h: number) => `${h.toFixed(1)} h`;

/** A time zone's name in words ("Central Standard Time"), not its code. */
function zoneName(timeZone: string): string {
  try {
    return new Intl.DateTimeFormat('en-US', { timeZone, timeZoneName: 'long' }).formatToParts(new Date()).find((p) => p.type === 'timeZoneName')?.value ?? timeZone;
  } catch {
    return timeZone;
  }
}

/** Asks the browser where we are; resolves to nothing when it cannot or the student says no (punching works anyway). */
function currentPoint(): Promise<Point | undefined> {
  if (!('geolocation' in navigator)) return Promise.resolve(undefined);
  return new Promise((resolve) => {
    navigator.geolocation.getCurrentPosition(
      (p) => resolve({ latitude: p.coords.latitude, longitude: p.coords.longitude }),
      () => resolve(undefined),
      { timeout: 8000, maximumAge: 60_000 },
    );
  });
}

/** The student's time page: clock in and out (location optional), today's and this week's hours, and warnings. */
export function TimePage() {
  const time = useMyTime();
  const clockIn = useClockIn();
  const clockOut = useClockOut();
  const [shareLocation, setShareLocation] = useState(true);
  const [site, setSite] = useState('');
  const [busy, setBusy] = useState(false);
  const [done, setDone] = useState<TimeRecord | null>(null);

  if (time.isPending) return <Loading what="your time records" />;
  if (time.isError) return <ErrorAlert>{describeError(time.error)}</ErrorAlert>;
  const t = time.data;
  const chosen = site !== '' ? site : (t.sitesToday[0]?.id ?? '');
  const punch = async (kind: 'in' | 'out') => {
    setBusy(true);
    try {
      const location = shareLocation ? await currentPoint() : undefined;
      const where = location === undefined ? {} : { location };
      const after = { onSuccess: (r: TimeRecord) => setDone(r) };
      setDone(null);
      clockIn.reset();
      clockOut.reset();
      if (kind === 'in') clockIn.mutate({ site: chosen, ...where }, after);
      else clockOut.mutate(where, after);
    } finally {
      setBusy(false);
    }
  };
  const error = clockIn.error ?? clockOut.error;
  const last = done;
  return (
    <>
      <PageHeading title="Time" />
      <p className="mt-1 text-slate-700">Clock in when you arrive at your clinical site and out when you leave. Days and weeks are counted in {zoneName(t.timeZone)}.</p>
      <Card className="mt-4">
        {t.open !== null ? (
          <>
            <p>
              Clocked in at <strong className="break-words">{t.open.site.name}</strong> since {timeOf(t.open.clockInAt)}.
            </p>
            <button type="button" className="btn btn-primary mt-3" disabled={busy || clockOut.isPending} onClick={() => void punch('out')}>
              Clock out
            </button>
          </>
        ) : t.sitesToday.length === 0 ? (
          <p>You have no clinical rotation today, so there is nowhere to clock in.</p>
        ) : (
          <>
            {t.sitesToday.length > 1 ? (
              <label className="block">
                <span className="text-sm text-slate-700">Site</span>
                <select className="mt-1 block w-full rounded-md border border-slate-400 p-2" value={chosen} onChange={(e) => setSite(e.target.value)}>
                  {t.sitesToday.map((s) => (
                    <option key={s.id} value={s.id}>
                      {s.name}
                    </option>
                  ))}
                </select>
              </label>
            ) : (
              <p>
                Today’s site: <strong className="break-words">{t.sitesToday[0]?.name}</strong>
              </p>
            )}
            <button type="button" className="btn btn-primary mt-3" disabled={busy || clockIn.isPending || chosen === ''} onClick={() => void punch('in')}>
              Clock in
            </button>
          </>
        )}
        <label className="mt-3 flex items-start gap-2">
          <input type="checkbox" checked={shareLocation} onChange={(e) => setShareLocation(e.target.checked)} className="mt-1" />
          <span>Share my location when I clock in or out (optional: without it your punch still counts, and is not checked against the site’s area).</span>
        </label>
        {error ? <ErrorAlert>{describeError(error)}</ErrorAlert> : null}
        {last && !error ? (
          <p role="status" className="mt-3">
            {last.clockOutAt === null ? `Clocked in at ${last.site.name}.` : `Clocked out of ${last.site.name}.`}
            {last.exceptions.length > 0 ? ` Your instructor will review this: ${last.exceptions.map((e) => e.words.toLowerCase()).join('; ')}.` : ''}
          </p>
        ) : null}
      </Card>
      <dl className="mt-4 grid grid-cols-1 gap-3 sm:grid-cols-3">
        <Card>
          <dt className="text-sm text-slate-700">Today</dt>
          <dd className="text-xl font-semibold" data-testid="today-hours">
            {hoursText(t.todayHours)}
          </dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-700">This week, clinical</dt>
          <dd className="text-xl font-semibold">{hoursText(t.weekHours)}</dd>
        </Card>
        <Card>
          <dt className="text-sm text-slate-700">This week, classroom (set by your program)</dt>
          <dd className="text-xl font-semibold">{hoursText(t.weeklyDidacticHours)}</dd>
        </Card>
      </dl>
      <h2 className="mt-6 text-lg font-semibold">Hour limits</h2>
      <div className="mt-2">
        <HourWarnings warnings={t.warnings} label="Hour limit warnings" />
      </div>
      <h2 className="mt-6 text-lg font-semibold">Your records</h2>
      {t.records.length === 0 ? (
        <EmptyState>No time recorded yet.</EmptyState>
      ) : (
        <ul aria-label="Your time records" className="mt-2 space-y-2">
          {t.records.map((r) => (
            <li key={r.id} className="rounded-md border border-slate-200 bg-white p-3">
              <p className="font-medium break-words">{r.site.name}</p>
              <p className="text-sm">
                {timeOf(r.clockInAt)} to {r.clockOutAt === null ? 'not clocked out' : timeOf(r.clockOutAt)}
                {r.hours === null ? '' : ` · ${hoursText(r.hours)}`}
              </p>
              {r.exceptions.length > 0 ? (
                <p className="text-sm text-amber-900">
                  {r.exceptions.map((e) => e.words).join('; ')} ·{' '}
                  {r.decision === null ? 'waiting for your instructor' : `${r.decision.decision === 'approved' ? 'approved' : 'rejected'} by ${r.decision.byName}`}
                </p>
              ) : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
}
