import type { z } from 'zod';
import type { hourWarningSchema } from '@modality/contracts';

type Warning = z.infer<typeof hourWarningSchema>;

/** Hour-limit warnings in words, each with its flag (how sure the limit is) and where it was read. */
export function HourWarnings({ warnings, label }: { warnings: readonly Warning[]; label: string }) {
  if (warnings.length === 0) return <p className="text-slate-700">No hour limit is broken or about to be.</p>;
  return (
    <ul aria-label={label} className="space-y-3">
      {warnings.map((w) => (
        <li key={`${w.kind}-${w.period ?? 'all'}`} className="rounded-md border border-amber-600 bg-amber-50 p-3">
          <p className="font-medium break-words">{w.planned ? `Ahead of time: ${w.message}` : w.message}</p>
          <p className="mt-1 text-sm break-words text-slate-800">{w.limit.flag}</p>
          <p className="mt-1 text-sm break-words">
            <a href={w.limit.sourceUrl} rel="noreferrer" target="_blank">
              Where this limit was read
            </a>
          </p>
        </li>
      ))}
    </ul>
  );
}
