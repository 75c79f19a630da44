import { useId } from 'react';
import type { Progress } from './verdict-view';

/**
 * One requirement's progress: a `role="progressbar"` with its numbers for assistive technology, and the
 * same numbers as text ("12 of 24 credits · 12 credits to go"), so nothing rests on the bar's length or
 * colour alone.
 */
export function ProgressBar({
  name,
  labelledBy,
  progress,
}: {
  /** The requirement, shown above the bar; or `labelledBy`, the id of an element that names it. */
  name?: string;
  labelledBy?: string;
  progress: Progress;
}) {
  const id = useId();
  const text = `${progress.label} · ${progress.note}`;
  const nameId = labelledBy ?? `${id}-name`;
  return (
    <div className="progress mt-2">
      <div className="flex flex-wrap items-baseline justify-between gap-x-4 text-sm">
        {labelledBy === undefined ? (
          <span id={nameId} className="font-medium">
            {name}
          </span>
        ) : null}
        <span className="tabular-nums" data-testid="progress-text">
          {progress.met ? (
            <span aria-hidden="true" className="mr-1 font-bold text-green-800">
              ✓
            </span>
          ) : null}
          {text}
        </span>
      </div>
      <div
        role="progressbar"
        aria-labelledby={nameId}
        aria-valuemin={0}
        aria-valuemax={progress.max}
        aria-valuenow={progress.value}
        aria-valuetext={text}
        className="progress-track mt-1"
      >
        <div
          className={`progress-fill ${progress.met ? 'progress-fill-met' : ''}`}
          style={{ width: `${progress.percent}%` }}
        />
      </div>
    </div>
  );
}
