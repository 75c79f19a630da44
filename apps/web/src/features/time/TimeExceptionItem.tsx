import type { z } from 'zod';
import type { timeExceptionSchema } from '@modality/contracts';
import { useState } from 'react';
import type { useDecideTimeException } from '../../api/time-queries';
import { Field, Input } from '../../components/field';

type TimeException = z.output<typeof timeExceptionSchema>;

export const timeOf = (iso: string) => new Date(iso).toLocaleString([], { dateStyle: 'medium', timeStyle: 'short' });

/** One record waiting for a decision: what happened, a reason for the student (mailed), approve or reject. */
export function TimeExceptionItem({ e, decide }: { e: TimeException; decide: ReturnType<typeof useDecideTimeException> }) {
  const [reason, setReason] = useState('');
  const send = (decision: 'approved' | 'rejected') => decide.mutate({ id: e.id, decision, ...(reason.trim() === '' ? {} : { reason: reason.trim() }) });
  return (
    <li className="rounded-md border border-slate-200 bg-white p-3">
      <p className="font-medium break-words">
        {e.student.name} at {e.site.name}
      </p>
      <p className="text-sm">
        {timeOf(e.clockInAt)} to {e.clockOutAt === null ? 'not clocked out' : timeOf(e.clockOutAt)}
        {e.hours === null ? '' : ` · ${e.hours.toFixed(1)} h`}
        {e.locationGiven ? '' : ' · no location given'}
      </p>
      <p className="text-sm text-amber-900">{e.exceptions.map((x) => x.words).join('; ')}</p>
      <Field label={`Reason for ${e.student.name} (optional, mailed with your decision)`} className="mt-2">
        <Input value={reason} maxLength={500} onChange={(ev) => setReason(ev.target.value)} />
      </Field>
      <div className="mt-2 flex flex-wrap gap-2">
        <button type="button" className="btn btn-primary" disabled={decide.isPending} onClick={() => send('approved')} aria-label={`Approve ${e.student.name}’s time on ${timeOf(e.clockInAt)}`}>
          Approve
        </button>
        <button type="button" className="btn btn-secondary" disabled={decide.isPending} onClick={() => send('rejected')} aria-label={`Reject ${e.student.name}’s time on ${timeOf(e.clockInAt)}`}>
          Reject
        </button>
      </div>
    </li>
  );
}
