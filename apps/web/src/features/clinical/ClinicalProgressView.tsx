import { useClinicalProgress, useProcedureCatalogue } from '../../api/clinical-log-queries';
import { describeError } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { missingWords, ofRequired } from './clinical-words';

/**
 * The student's signed competencies against the requirement set, in words: what is done, what is missing,
 * whether the cap on simulated competencies is reached, and the set's warning that its counts are not
 * confirmed by the registry.
 */
export function ClinicalProgressView() {
  const progress = useClinicalProgress();
  const catalogue = useProcedureCatalogue();
  if (progress.isPending) return <Loading what="your progress" />;
  if (progress.isError) return <ErrorAlert>{describeError(progress.error)}</ErrorAlert>;
  const { set, progress: p } = progress.data;
  const sectionName = (code: string) => catalogue.data?.sections.find((s) => s.code === code)?.name ?? 'A body section';
  const missing = missingWords(p, catalogue.data);
  return (
    <div className="mt-2 space-y-3">
      <p>
        Counted against <strong>{set.name}</strong> ({set.version}). A competency counts once a procedure you performed is signed.
      </p>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">{set.flag}</p>
      <ul className="list-disc space-y-1 pl-5" data-testid="clinical-progress">
        <li data-testid="imaging-done">Imaging procedures signed: {ofRequired(p.imaging.done, p.imaging.required)}</li>
        <li>Patient-care activities signed: {ofRequired(p.patientCare.done, p.patientCare.required)}</li>
        {p.sections.map((s) => (
          <li key={s.section}>
            {sectionName(s.section)}: {s.done} of at least {s.minimum}
          </li>
        ))}
        <li>
          Simulated competencies counted: {p.simulations.counted}
          {p.simulations.cap === null ? ' (this set names no cap)' : ` of at most ${p.simulations.cap}`}
          {p.simulations.capReached ? ' — the cap is reached: further simulated competencies do not count' : ''}
        </li>
      </ul>
      {p.complete ? (
        <StatusBadge tone="good" symbol="✓">
          Every requirement of this set is met
        </StatusBadge>
      ) : (
        <>
          <h3 className="text-lg font-semibold">Still missing</h3>
          {missing.length === 0 ? (
            <p>Nothing counted is missing, but some numbers of this set are not confirmed, so it cannot call you complete.</p>
          ) : (
            <ul className="list-disc space-y-1 pl-5">
              {missing.map((m) => (
                <li key={m}>{m}</li>
              ))}
            </ul>
          )}
        </>
      )}
    </div>
  );
}
