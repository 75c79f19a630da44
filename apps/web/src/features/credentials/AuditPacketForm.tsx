import { calendarDateSchema } from '@modality/contracts';
import { useId, useState } from 'react';
import { auditPacketUrl } from '../../api/proof-queries';
import type { Verdict } from '../../api/queries';
import { useDisplayNames } from '../../catalogue/use-display-names';

/**
 * Download the CE audit packet (PDF) of one credential: the cycle containing the chosen day (today when
 * empty), activities by category, totals against the requirement, certificates and sources.
 */
export function AuditPacketForm({ personId, verdict }: { personId: string; verdict: Verdict }) {
  const id = useId();
  const names = useDisplayNames();
  const withCycles = verdict.compliance.filter((c) => c.cycles.length > 0);
  const [credential, setCredential] = useState(withCycles[0]?.credential ?? '');
  const [day, setDay] = useState('');
  if (withCycles.length === 0) return <p className="text-slate-700">No credential on record has a CE cycle, so there is no audit packet to make.</p>;
  const dayOk = day.trim() === '' || calendarDateSchema.safeParse(day.trim()).success;
  const href = auditPacketUrl(personId, credential, day.trim() === '' ? undefined : day.trim());
  return (
    <div className="flex flex-wrap items-end gap-3" data-testid="audit-packet">
      <div>
        <label htmlFor={`${id}-credential`} className="block text-sm font-medium">
          Credential
        </label>
        <select id={`${id}-credential`} className="field-input mt-1 max-w-full" value={credential} onChange={(e) => setCredential(e.target.value)}>
          {withCycles.map((c) => (
            <option key={c.credential} value={c.credential}>
              {names.credential(c.credential)}
            </option>
          ))}
        </select>
      </div>
      <div>
        <label htmlFor={`${id}-day`} className="block text-sm font-medium">
          A day in the cycle
        </label>
        <input
          id={`${id}-day`}
          type="text"
          inputMode="numeric"
          autoComplete="off"
          className="field-input mt-1 w-40"
          value={day}
          onChange={(e) => setDay(e.target.value)}
          aria-invalid={dayOk ? undefined : true}
          aria-describedby={`${id}-hint`}
        />
      </div>
      {dayOk ? (
        <a className="btn no-underline" href={href} download data-testid="audit-packet-link">
          Download the audit packet (PDF)
        </a>
      ) : (
        <p className="font-semibold text-red-800">Give the day as YYYY-MM-DD, or leave it empty.</p>
      )}
      <p id={`${id}-hint`} className="w-full text-sm text-slate-700">
        YYYY-MM-DD; leave empty for the current cycle.
      </p>
    </div>
  );
}
