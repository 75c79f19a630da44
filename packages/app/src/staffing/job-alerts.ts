import { alertWindowEnd, payWords, placeWords } from '@modality/domain';
import type { MailDeps, StaffingDeps } from '../deps.js';
import { enqueueMail, type MailDraft } from '../mail/deliver-mail.js';
import type { AlertSubscription, SavedSearchQuery } from '../ports/index.js';
import { activeRecruitmentRefusal } from './ethical-recruitment.js';
import { jobUrl } from './job-board.js';
import { searchPostings } from './posting-read.js';
import type { PostingView } from './posting-view.js';
import { alertsWithheldFrom, searchWords } from './saved-searches.js';

/** What the alert job needs: the store, clock and ids, the gazetteer (for "near"), and the public address. */
export type JobAlertDeps = Pick<StaffingDeps, 'store' | 'clock' | 'ids' | 'places'> & Pick<MailDeps, 'publicUrl'>;

/**
 * A posting counts as opened once its opening has surely committed: the job looks only at postings opened
 * at least this long ago, so one whose transaction was still running is caught by the next run, not missed.
 */
export const ALERT_LAG_MS = 60_000;
/** Postings one alert lists; more are left to the board's link. */
const PER_ALERT = 25;
/** Saved searches the job reads at a time. */
const PAGE = 200;

/** The job board's address for a saved search's filters. */
function boardUrl(publicUrl: string, q: SavedSearchQuery): string {
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined) params.set(k, String(v));
  return `${publicUrl}/jobs?${params.toString()}`;
}

/** What a digest's subject and first line call it; hourly alerts are not digests. */
const DIGEST_WORDS = { hourly: null, daily: 'Your daily digest', weekly: 'Your weekly digest' } as const;

function alertMail(sub: AlertSubscription, postings: readonly PostingView[], more: boolean, publicUrl: string): MailDraft {
  const says = searchWords(sub.query);
  const n = `${String(postings.length)}${more ? '+' : ''}`;
  const digest = DIGEST_WORDS[sub.alertFrequency];
  const jobs = postings.length === 1 ? '1 new job' : `${n} new jobs`;
  const count = postings.length === 1 ? 'A new job' : `${n} new jobs`;
  return {
    kind: 'job-alert',
    to: sub.email,
    subject: digest === null ? `${count} for your search: ${says}` : `${digest}: ${jobs} for your search: ${says}`,
    text: [
      `Hello ${sub.name},`,
      '',
      digest === null
        ? `${count} opened since we last wrote for your saved search "${says}":`
        : `${digest} for your saved search "${says}": ${jobs} opened since we last wrote, up to midnight UTC:`,
      '',
      ...postings.map((p) => `- ${p.title} — ${p.organisation.name}, ${placeWords(p.place)} — ${payWords(p.pay)}\n  ${jobUrl(publicUrl, p.id)}`),
      ...(more ? ['', `There are more; see them all on the job board: ${boardUrl(publicUrl, sub.query)}`] : []),
      '',
      `You get this mail because you saved this search. To change how often you hear of it, or delete it, go to "My job search": ${publicUrl}/job-search`,
    ].join('\n'),
  };
}

/**
 * The scheduled job: for every saved search that is due, the postings opened since its last alert that
 * match it and are still open go into one mail in the outbox, and the search's cursor moves on in the same
 * transaction. An hourly search is due at every run and covers up to a minute ago; a daily or weekly digest
 * is due at the first run after its period (the UTC day, or the week from Monday) begins, and covers up to
 * that start ({@link alertWindowEnd}); a digest with nothing in it sends nothing.
 * Idempotent: the cursor moves only from where this run found it (a run on another node that got there
 * first wins, and this one writes nothing), and the mail's dedupe key is the search and the cursor it
 * started from. Residents of countries whose health workers the WHO list protects get no alert (the
 * cursor still moves, so nothing is saved up for later); postings a destination's own list forbids
 * advertising to them are left out.
 *
 * @example
 * await enqueueJobAlerts(deps) // { searches: 12, enqueued: 3 }
 */
export async function enqueueJobAlerts(deps: JobAlertDeps): Promise<{ readonly searches: number; readonly enqueued: number }> {
  const through = new Date(deps.clock.now().getTime() - ALERT_LAG_MS).toISOString();
  let searches = 0;
  let enqueued = 0;
  let after: string | undefined;
  for (;;) {
    const page = await deps.store.savedSearches.listSubscriptions(after === undefined ? { limit: PAGE } : { after, limit: PAGE });
    for (const sub of page) {
      searches++;
      const end = alertWindowEnd(sub.alertFrequency, sub.alertedThrough, new Date(through));
      if (end === null) continue;
      let postings: PostingView[] = [];
      let more = false;
      if (alertsWithheldFrom(sub.residence) === null) {
        try {
          const found = await searchPostings(deps, { ...sub.query, limit: PER_ALERT }, { after: sub.alertedThrough, through: end });
          postings = found.items.filter((p) => activeRecruitmentRefusal(sub.residence ?? '', p.place.country) === null);
          more = found.nextCursor !== null;
        } catch {
          // A place the gazetteer no longer knows: nothing to alert; the cursor moves on.
        }
      }
      const sent = await deps.store.transaction(async (tx) => {
        if (!(await tx.savedSearches.advance(sub.id, sub.alertedThrough, end))) return false;
        if (postings.length === 0) return false;
        return enqueueMail(deps, tx, { ...alertMail(sub, postings, more, deps.publicUrl), dedupeKey: `job-alert:${sub.id}:${sub.alertedThrough}` });
      });
      if (sent) enqueued++;
    }
    if (page.length < PAGE) break;
    after = page[page.length - 1]?.id;
  }
  return { searches, enqueued };
}
