import { useState, type SubmitEvent } from 'react';
import { describeError, isApiProblem } from '../../api/client';
import { useSaveTimeSettings, useTimeSettings, type TimeSettings } from '../../api/time-settings-queries';
import { Field, Input } from '../../components/field';
import { Card, ErrorAlert, Loading } from '../../components/page';
import { numberOrText } from './typed-number';

const fieldError = (error: unknown, path: string): string | undefined =>
  isApiProblem(error) ? error.fieldErrors.find((e) => e.path === path)?.message : undefined;

function SettingsForm({ schoolId, settings }: { schoolId: string; settings: TimeSettings }) {
  const save = useSaveTimeSettings(schoolId);
  const [timeZone, setTimeZone] = useState(settings.timeZone);
  const [didactic, setDidactic] = useState(String(settings.weeklyDidacticHours));
  const [eveningStartsAt, setEveningStartsAt] = useState(settings.eveningStartsAt);
  const [eveningEndsAt, setEveningEndsAt] = useState(settings.eveningEndsAt);
  const [late, setLate] = useState(String(settings.lateAfterMinutes));
  const onSubmit = (event: SubmitEvent<HTMLFormElement>) => {
    event.preventDefault();
    save.mutate({ timeZone: timeZone.trim(), weeklyDidacticHours: numberOrText(didactic), eveningStartsAt, eveningEndsAt, lateAfterMinutes: numberOrText(late) });
  };
  const paths = ['timeZone', 'weeklyDidacticHours', 'eveningStartsAt', 'eveningEndsAt', 'lateAfterMinutes'];
  const other = save.isError && paths.every((p) => fieldError(save.error, p) === undefined);
  return (
    <form onSubmit={onSubmit} noValidate className="mt-3 grid gap-2 sm:grid-cols-2">
      <Field label="Time zone" hint="days and weeks are counted in it, e.g. America/Chicago" error={fieldError(save.error, 'timeZone')}>
        <Input value={timeZone} onChange={(e) => setTimeZone(e.target.value)} />
      </Field>
      <Field label="Minutes of grace before a clock-in is late" hint="after the start of a planned shift" error={fieldError(save.error, 'lateAfterMinutes')}>
        <Input inputMode="numeric" value={late} onChange={(e) => setLate(e.target.value)} />
      </Field>
      <Field label="Classroom hours a week" hint="added to clinical hours for the weekly limit" error={fieldError(save.error, 'weeklyDidacticHours')}>
        <Input inputMode="decimal" value={didactic} onChange={(e) => setDidactic(e.target.value)} />
      </Field>
      <div className="grid grid-cols-2 gap-2">
        <Field label="Evening starts at" error={fieldError(save.error, 'eveningStartsAt')}>
          <Input type="time" value={eveningStartsAt} onChange={(e) => setEveningStartsAt(e.target.value)} />
        </Field>
        <Field label="Evening ends at" hint="the next morning" error={fieldError(save.error, 'eveningEndsAt')}>
          <Input type="time" value={eveningEndsAt} onChange={(e) => setEveningEndsAt(e.target.value)} />
        </Field>
      </div>
      <div className="sm:col-span-2">
        <button type="submit" className="btn" disabled={save.isPending}>
          Save time settings
        </button>
        <span aria-live="polite" className="ml-2 text-sm">
          {save.isSuccess ? 'Saved.' : null}
        </span>
        {other ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
      </div>
    </form>
  );
}

/** The program's time settings, the sourced hour limits with how sure each is, and where location is checked. */
export function TimeSettingsCard({ schoolId }: { schoolId: string }) {
  const settings = useTimeSettings(schoolId);
  if (settings.isPending) return <Loading what="time settings" />;
  if (settings.isError) return <ErrorAlert>The time settings could not be loaded. {describeError(settings.error)}</ErrorAlert>;
  const s = settings.data;
  const checked = s.sites.filter((x) => x.areaSet).map((x) => x.name);
  const unchecked = s.sites.filter((x) => !x.areaSet).map((x) => x.name);
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">Time records: settings and hour limits</h2>
      <p className="mt-1" data-testid="time-settings-summary">
        {s.stored ? 'Your program’s settings' : 'Modality’s defaults (your program has saved none yet)'}: days are counted in {s.timeZone}; a clock-in more than {s.lateAfterMinutes}{' '}
        {s.lateAfterMinutes === 1 ? 'minute' : 'minutes'} after a planned start is late; evening runs from {s.eveningStartsAt} to {s.eveningEndsAt} and Saturday and Sunday are the weekend;{' '}
        {s.weeklyDidacticHours} classroom hours a week are added to clinical hours.
      </p>
      <p className="mt-1" data-testid="location-checked">
        Location is checked {checked.length === 0 ? 'at no site yet' : `at ${checked.join(', ')}`}
        {unchecked.length === 0 ? '.' : `; not at ${unchecked.join(', ')} (no area set).`} A student may also switch location off; the punch then simply counts.
      </p>
      <SettingsForm key={JSON.stringify(s)} schoolId={schoolId} settings={s} />
      <h3 className="mt-4 font-semibold">The hour limits checked, and how sure each is</h3>
      <ul className="mt-1 list-disc pl-5" data-testid="hour-limits">
        {s.limits.map((l) => (
          <li key={l.words} className="mt-1">
            <strong>{l.words}.</strong> {l.confidenceWords}: {l.flag}{' '}
            <a href={l.sourceUrl} className="break-words">
              Source
            </a>
            {l.effective.startsWith('unknown') ? '' : `, in force from ${l.effective}`}.
          </li>
        ))}
      </ul>
    </Card>
  );
}
