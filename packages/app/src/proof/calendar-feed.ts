import { NotFoundError } from '@modality/domain';
import { deadlinesToIcs, evaluate } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { ProofDeps } from '../deps.js';
import { todayUtc } from '../verdicts/as-of.js';

/** Reminders in every subscribed feed: a month and a week before each deadline. */
export const FEED_ALARM_DAYS = [30, 7] as const;
/** How often calendar apps are asked to fetch the feed again. */
export const FEED_REFRESH_HOURS = 12;

/** Where a feed is served; the token is the only secret in it. */
export const calendarFeedUrl = (publicUrl: string, token: string): string => `${publicUrl}/api/v1/calendar/${token}.ics`;

async function requireOwnPerson(deps: ProofDeps, principal: Principal, personId: string): Promise<void> {
  const person = await deps.store.people.findById(personId);
  // A calendar address is personal: only the record's owner makes or revokes one.
  if (person === undefined || person.ownerUserId !== principal.user.id) throw new NotFoundError('person', personId);
}

/**
 * Makes a new secret calendar address for the person's deadlines and revokes any earlier one. The token is
 * returned once and stored only as its digest (like a session), so a lost address is replaced, not shown
 * again. Owner only; audited.
 */
export async function createCalendarFeed(deps: ProofDeps, principal: Principal, personId: string): Promise<{ url: string; createdAt: string }> {
  await requireOwnPerson(deps, principal, personId);
  const token = deps.ids.newToken();
  const at = deps.clock.now().toISOString();
  await deps.store.transaction(async (tx) => {
    await tx.calendarFeeds.revokeForPerson(personId, at);
    await tx.calendarFeeds.insert({ tokenHash: deps.hasher.digest(token), personId, createdAt: at, revokedAt: null });
    await tx.audit.append({ at, actorUserId: principal.user.id, organisationId: null, action: 'calendar.feed.created', subjectPersonId: personId, details: {} });
  });
  return { url: calendarFeedUrl(deps.publicUrl, token), createdAt: at };
}

/** Revokes the person's calendar address: calendar apps get "not found" from then on. Owner only; audited. */
export async function revokeCalendarFeed(deps: ProofDeps, principal: Principal, personId: string): Promise<{ revoked: number }> {
  await requireOwnPerson(deps, principal, personId);
  const at = deps.clock.now().toISOString();
  return deps.store.transaction(async (tx) => {
    const revoked = await tx.calendarFeeds.revokeForPerson(personId, at);
    if (revoked > 0) await tx.audit.append({ at, actorUserId: principal.user.id, organisationId: null, action: 'calendar.feed.revoked', subjectPersonId: personId, details: {} });
    return { revoked };
  });
}

/** Whether the person has a live calendar address, and since when (the address itself is not kept). */
export async function calendarFeedStatus(deps: ProofDeps, principal: Principal, personId: string): Promise<{ active: boolean; createdAt: string | null }> {
  await requireOwnPerson(deps, principal, personId);
  const feed = await deps.store.calendarFeeds.findActiveForPerson(personId);
  return { active: feed !== undefined, createdAt: feed?.createdAt ?? null };
}

/**
 * The deadlines `.ics` behind a calendar address: today's verdict, one all-day event per deadline with
 * reminders a month and a week ahead. An unknown or revoked token is "not found".
 */
export async function calendarFeedIcs(deps: ProofDeps, token: string): Promise<string> {
  const feed = await deps.store.calendarFeeds.findActive(deps.hasher.digest(token));
  const record = feed === undefined ? undefined : await deps.store.people.getRecord(feed.personId);
  if (record === undefined) throw new NotFoundError('calendar', 'this address');
  const verdict = evaluate(record, todayUtc(deps));
  return deadlinesToIcs(verdict, {
    dtstamp: deps.clock.now().toISOString().replace(/\.\d{3}Z$/, 'Z'),
    uidDomain: new URL(deps.publicUrl).hostname,
    personName: record.person.name,
    alarmDaysBefore: FEED_ALARM_DAYS,
    refreshHours: FEED_REFRESH_HOURS,
  });
}
