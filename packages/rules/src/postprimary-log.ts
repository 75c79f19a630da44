import type { CalendarDate } from '@modality/domain';
import { POSTPRIMARY_REQUIREMENTS, postprimaryProgress, type Confidence, type PostprimaryDiscipline } from '@modality/knowledge';

/** One entry of a technologist's postprimary clinical experience log, as the engine reads it. */
export interface PostprimaryLogEntry {
  readonly discipline: PostprimaryDiscipline;
  readonly procedure: string;
  /** The day it was performed (ISO date). */
  readonly performedOn: string;
  /** Confirmed by the verifier. */
  readonly verified: boolean;
  /** Reviewed by the clinical supervisor at the same facility. */
  readonly reviewed: boolean;
}

/** What a postprimary log gives towards one credential's clinical experience requirement. */
export interface PostprimaryLogEvaluation {
  readonly credential: string;
  readonly discipline: PostprimaryDiscipline;
  /** Entries verified and reviewed, performed within the window before the reference day. */
  readonly counted: number;
  /** Entries in the window still waiting for a signature (they do not count). */
  readonly waiting: number;
  /** ARRT's total as shipped, or null where none was found (never zero). */
  readonly required: number | null;
  /** How sure the total is, and where it was read (null when none was found). */
  readonly requiredConfidence: Confidence;
  readonly requiredSource: string | null;
  /** True or false only when a total is known; null when it is not (Modality cannot tell). */
  readonly met: boolean | null;
  /** The first day that still counts (ISO date). */
  readonly countsFrom: string;
  /** The sentence a person reads, with the flag in plain words when the total is not confirmed. */
  readonly words: string;
}

const LABEL: Readonly<Record<PostprimaryDiscipline, string>> = { ct: 'CT', mr: 'MR' };

/**
 * Evaluates a postprimary log against ARRT's clinical experience requirements for `credential` (`arrt:CT`,
 * `arrt:MR`) on the reference day `ref` (the start of an assigned exam window, otherwise the day of asking):
 * only entries both verified and reviewed, performed within the window before `ref`, count. Where ARRT's total
 * is not confirmed the words carry the requirement set's flag; where none was found there is no target and
 * `met` is null. Pure. Undefined for a credential without a shipped requirement set.
 *
 * @example evaluatePostprimaryLog('arrt:CT', [], calendarDate('2026-11-30'))?.words // "0 of 125 CT procedures confirmed … Not confirmed by ARRT: …"
 */
export function evaluatePostprimaryLog(credential: string, log: readonly PostprimaryLogEntry[], ref: CalendarDate): PostprimaryLogEvaluation | undefined {
  const set = POSTPRIMARY_REQUIREMENTS.find((s) => s.credential === credential);
  if (set === undefined) return undefined;
  const progress = postprimaryProgress(set, log.filter((e) => e.discipline === set.discipline), ref);
  const total = set.totalRepetitions;
  const label = LABEL[set.discipline];
  const window = `performed since ${progress.countsFrom}`;
  const counted = progress.counted;
  const words =
    total.value === null
      ? `${String(counted)} ${label} ${counted === 1 ? 'procedure' : 'procedures'} confirmed (verified and reviewed), ${window}. ${set.flag}`
      : `${String(counted)} of ${String(total.value)} ${label} procedures confirmed (verified and reviewed), ${window}.${total.confidence === 'official' ? '' : ` ${set.flag}`}`;
  return {
    credential,
    discipline: set.discipline,
    counted,
    waiting: progress.waiting,
    required: total.value,
    requiredConfidence: total.confidence,
    requiredSource: total.sourceUrl,
    met: total.value === null ? null : counted >= total.value,
    countsFrom: progress.countsFrom,
    words,
  };
}
