import { useClinicalProgress } from '../../api/clinical-log-queries';
import { describeError } from '../../api/client';
import { ErrorAlert, Loading } from '../../components/page';
import { StatusBadge } from '../../components/status-badge';
import { ofRequired } from './clinical-words';

/**
 * The student's signed competencies against the requirement set their program chose, in words from the rules
 * engine: what is done, what is missing, what cannot be known here, whether the cap on simulated competencies
 * is reached, the program's own requirements, and the set's warning that its counts are not confirmed.
 */
export function ClinicalProgressView() {
  const progress = useClinicalProgress();
  if (progress.isPending) return <Loading what="your progress" />;
  if (progress.isError) return <ErrorAlert>{describeError(progress.error)}</ErrorAlert>;
  const { set, evaluation: v, program, progress: p } = progress.data;
  return (
    <div className="mt-2 space-y-3">
      <p>
        Counted against <strong>{set.name}</strong> ({set.version}){program.school === null ? '' : `, as ${program.school} chose`}. A competency counts once a procedure you performed is signed.
      </p>
      <p className="rounded-md border border-amber-700 bg-amber-50 p-3 text-amber-950">
        {set.flag}{' '}
        <a className="underline" href={set.sourceUrl} rel="noreferrer">
          Where these requirements were read
        </a>
      </p>
      {program.localRequirements.length === 0 ? null : (
        <div data-testid="program-requirements">
          <h3 className="text-lg font-semibold">Your program’s own requirements</h3>
          <ul className="list-disc space-y-1 pl-5">
            {program.localRequirements.map((r) => (
              <li key={r.label}>{r.label}</li>
            ))}
          </ul>
        </div>
      )}
      <p data-testid="imaging-done">Imaging procedures signed: {ofRequired(p.imaging.done, p.imaging.required)}</p>
      <p data-testid="simulation-cap">{v.simulations.sentence}</p>
      <p>
        <strong>{v.summary}</strong>
      </p>
      {v.complete ? (
        <StatusBadge tone="good" symbol="✓">
          Every requirement is met
        </StatusBadge>
      ) : null}
      {v.missing.length === 0 ? null : (
        <>
          <h3 className="text-lg font-semibold">Still missing</h3>
          <ul className="list-disc space-y-1 pl-5" data-testid="clinical-missing">
            {v.missing.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      {v.done.length === 0 ? null : (
        <>
          <h3 className="text-lg font-semibold">Done</h3>
          <ul className="list-disc space-y-1 pl-5" data-testid="clinical-done">
            {v.done.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
      {v.unknown.length === 0 ? null : (
        <>
          <h3 className="text-lg font-semibold">Not confirmed here</h3>
          <ul className="list-disc space-y-1 pl-5" data-testid="clinical-unknown">
            {v.unknown.map((m) => (
              <li key={m}>{m}</li>
            ))}
          </ul>
        </>
      )}
    </div>
  );
}
