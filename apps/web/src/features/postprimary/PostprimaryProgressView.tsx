import { describeError } from '../../api/client';
import { usePostprimaryProgress, type PostprimaryDiscipline, type PostprimaryProgress } from '../../api/postprimary-queries';
import { ErrorAlert, Loading } from '../../components/page';
import { progressWords } from './postprimary-words';

const SURE_WORDS: Record<string, string> = {
  official: 'ARRT’s own page',
  'official-copy': 'ARRT’s own wording; the page address is not confirmed',
  secondary: 'a secondary source',
  unconfirmed: 'not confirmed by ARRT',
};

function Count({ label, count, unit }: { label: string; count: PostprimaryProgress['requirements']['dailyCap']; unit: string }) {
  return (
    <li>
      {label}: {count.value === null ? 'not found' : `${String(count.value)} ${unit}`}
      {count.sourceUrl === null ? null : (
        <>
          {' '}
          (
          <a href={count.sourceUrl} className="underline break-all">
            source
          </a>
          ; {SURE_WORDS[count.confidence] ?? count.confidence})
        </>
      )}
    </li>
  );
}

/** Progress in the discipline: only procedures both verified and reviewed count; the counts' flag in words. */
export function PostprimaryProgressView({ discipline }: { discipline: PostprimaryDiscipline }) {
  const progress = usePostprimaryProgress(discipline);
  if (progress.isPending) return <Loading what="your progress" />;
  if (progress.isError) return <ErrorAlert>{describeError(progress.error)}</ErrorAlert>;
  const { requirements, progress: p, procedures } = progress.data;
  return (
    <div className="mt-3 space-y-3">
      <p role="note" className="rounded-md border border-amber-300 bg-amber-50 p-3 text-sm">
        {requirements.flag}
      </p>
      <p className="font-medium" data-testid="postprimary-counted">
        {progressWords(p)}
      </p>
      <p className="text-sm text-slate-700">
        {String(p.waiting)} waiting for a signature; procedures before {p.countsFrom} no longer count{p.expired > 0 ? ` (${String(p.expired)} expired)` : ''}.
      </p>
      <ul className="list-disc pl-5 text-sm">
        <Count label="Total needed" count={requirements.totalRepetitions} unit="procedures" />
        <Count label="Entries a day can hold" count={requirements.dailyCap} unit="at most" />
        <Count label="Procedures count for" count={requirements.windowMonths} unit="months before you apply" />
        <li>
          Who signs: {requirements.verification.summary} (
          <a href={requirements.verification.sourceUrl} className="underline break-all">
            source
          </a>
          ; {SURE_WORDS[requirements.verification.confidence] ?? requirements.verification.confidence})
        </li>
      </ul>
      <table className="w-full text-left text-sm" aria-label="Verified and reviewed, by procedure">
        <thead>
          <tr>
            <th scope="col">Procedure</th>
            <th scope="col">Counted</th>
          </tr>
        </thead>
        <tbody>
          {procedures.map((x) => (
            <tr key={x.code}>
              <td className="break-words">{x.name}</td>
              <td>{x.counted}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
