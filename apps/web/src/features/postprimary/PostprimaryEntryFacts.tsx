import type { PostprimaryEntry } from '../../api/postprimary-queries';

/** An entry as the verifier or supervisor reads it: whose log, the procedure by name, the day, the facility. */
export function PostprimaryEntryFacts({ entry, technologistName }: { entry: PostprimaryEntry; technologistName: string }) {
  return (
    <dl className="grid grid-cols-1 gap-2 sm:grid-cols-2">
      <div>
        <dt className="text-sm text-slate-700">Technologist</dt>
        <dd className="font-medium break-words">{technologistName}</dd>
      </div>
      <div>
        <dt className="text-sm text-slate-700">Procedure</dt>
        <dd className="font-medium break-words">{entry.procedureName}</dd>
      </div>
      <div>
        <dt className="text-sm text-slate-700">Date</dt>
        <dd className="font-medium">{entry.performedOn}</dd>
      </div>
      <div>
        <dt className="text-sm text-slate-700">Facility</dt>
        <dd className="font-medium break-words">{entry.facility}</dd>
      </div>
      {entry.verifiedBy === null ? null : (
        <div>
          <dt className="text-sm text-slate-700">Verified by</dt>
          <dd className="font-medium break-words">{entry.verifiedBy.name}</dd>
        </div>
      )}
    </dl>
  );
}
