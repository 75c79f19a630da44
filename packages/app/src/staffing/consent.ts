import { ConflictError, NotFoundError, placeWords, RateLimitedError } from '@modality/domain';
import type { Principal } from '../auth/principal.js';
import type { MailDeps, StaffingDeps } from '../deps.js';
import { enqueueMail } from '../mail/deliver-mail.js';
import type { PayRange, PostingRow, RequestStatus, StaffingRequestRow, Store, SubmissionKind } from '../ports/index.js';
import { todayUtc } from '../verdicts/as-of.js';
import { profileOf, findableBy } from './candidate-profile.js';
import { actingOrganisationFor, POSTING_WRITER_ROLES, writesPostingsFor } from './posting-access.js';
import { statusOn } from './posting-view.js';
import { activeRecruitmentRefusal, RecruitmentRestrictedError, type RecruitmentRefusal } from './ethical-recruitment.js';
import { representRequestMail, requestAnsweredMail, submissionMail } from './request-mails.js';

/** The staffing deps and the install's public address, for the links in request mails. */
export type ConsentDeps = StaffingDeps & Pick<MailDeps, 'publicUrl'>;

/** The account (name and address) that owns a person's record, if any: where the candidate's mail goes. */
async function candidateAccount(tx: Store, personId: string): Promise<{ readonly name: string; readonly email: string } | undefined> {
  const person = await tx.people.findById(personId);
  const user = person?.ownerUserId == null ? undefined : await tx.users.findById(person.ownerUserId);
  return user === undefined ? undefined : { name: user.name, email: user.email };
}

/**
 * Tells the posting's own organisation — each of its recruiters and organisation admins, once per address —
 * that a candidate was put forward to it, in the transaction of the change (`by`: the agency that asked, or
 * null for the candidate's own application).
 */
async function mailPostingOrganisation(deps: ConsentDeps, tx: Store, posting: PostingRow, view: RequestView, by: string | null): Promise<void> {
  const link = `${deps.publicUrl}/candidates?posting=${encodeURIComponent(posting.id)}`;
  const seen = new Set<string>();
  for (const m of await tx.memberships.listForOrganisation(posting.organisationId)) {
    if (!POSTING_WRITER_ROLES.includes(m.role) || seen.has(m.email)) continue;
    seen.add(m.email);
    await enqueueMail(deps, tx, submissionMail(m.email, m.userName, by, view.candidate.handle, view.posting, link));
  }
}

/** Requests one recruiter may send in a UTC day: enough for real work, too few for a flood of calls. */
export const DAILY_REQUEST_CAP = 20;

/** A request or application as either side sees it; the candidate's name and e-mail only once accepted. */
export interface RequestView {
  readonly id: string;
  readonly kind: SubmissionKind;
  readonly status: RequestStatus;
  readonly createdAt: string;
  readonly decidedAt: string | null;
  readonly posting: { readonly id: string; readonly title: string; readonly pay: PayRange; readonly place: string };
  readonly organisation: { readonly name: string };
  readonly candidate: { readonly handle: string; readonly name: string | null; readonly email: string | null };
}

async function postingOr404(tx: Store, id: string): Promise<PostingRow> {
  const row = await tx.postings.findById(id);
  if (row === undefined) throw new NotFoundError('posting', id);
  return row;
}

/**
 * The view of a request. Contact details go only to the organisation's side of an accepted submission
 * (`reveal`), and each such reading is written to the audit log under the candidate, who sees it in
 * "who has seen my profile".
 */
async function viewOf(deps: Pick<StaffingDeps, 'clock' | 'ids'>, tx: Store, row: StaffingRequestRow, reveal: { readonly actor: Principal } | null): Promise<RequestView> {
  const posting = await postingOr404(tx, row.postingId);
  const org = await tx.organisations.findById(row.organisationId);
  const profile = await profileOf(deps, tx, row.personId);
  let name: string | null = null;
  let email: string | null = null;
  if (reveal !== null && row.status === 'accepted') {
    const person = await tx.people.findById(row.personId);
    const ownerId = person?.ownerUserId ?? null;
    const user = ownerId === null ? undefined : await tx.users.findById(ownerId);
    name = user?.name ?? person?.name ?? null;
    email = user?.email ?? null;
    await tx.audit.append({ at: deps.clock.now().toISOString(), actorUserId: reveal.actor.user.id, organisationId: row.organisationId, action: 'candidate.revealed', subjectPersonId: row.personId, details: { request: row.id, posting: row.postingId } });
  }
  return {
    id: row.id,
    kind: row.kind,
    status: row.status,
    createdAt: row.createdAt,
    decidedAt: row.decidedAt,
    posting: { id: posting.id, title: posting.title, pay: posting.pay, place: placeWords(posting.place) },
    organisation: { name: org?.name ?? '' },
    candidate: { handle: profile.handle, name, email },
  };
}

const ALREADY = 'This candidate is already represented for this posting (a request or an application is pending or accepted); a candidate is put forward for a posting once';

/**
 * A recruiter asks a candidate, by handle, for a posting of their own organisation or — for an agency —
 * any organisation's open posting, for consent to represent them for one posting (its pay shown
 * with the request). Refused: a posting that is not open; a candidate living in a country whose health
 * workers an ethical-recruitment list protects (the refusal names the rule and its source, and is logged); a handle the recruiter's side may not find
 * (not found, as if it did not exist); a candidate already represented there by anyone (conflict); more
 * than {@link DAILY_REQUEST_CAP} requests from the recruiter today (rate limited).
 *
 * @example
 * await requestToRepresent(deps, nina, 'pst_1', { candidate: 'C-7KQ2-M9XT' }) // { id: 'req_…', status: 'pending', … }
 */
export async function requestToRepresent(deps: ConsentDeps, principal: Principal, postingId: string, input: { readonly candidate: string }): Promise<RequestView> {
  const outcome = await deps.store.transaction(async (tx): Promise<{ view: RequestView } | { refused: RecruitmentRefusal; personId: string; organisationId: string }> => {
    const posting = await postingOr404(tx, postingId);
    const org = posting.status === 'draft' && !writesPostingsFor(principal, posting.organisationId) ? undefined : await actingOrganisationFor({ store: tx }, principal, posting.organisationId);
    if (org === undefined) throw new NotFoundError('posting', postingId);
    if (statusOn(posting, todayUtc(deps)) !== 'open') throw new ConflictError(`The posting is ${statusOn(posting, todayUtc(deps))}, not open: open it before asking candidates`);
    const profile = await tx.profiles.findByHandle(input.candidate);
    if (profile === undefined || !findableBy(profile, org.side)) throw new NotFoundError('candidate', input.candidate);
    const residence = (await tx.people.findById(profile.personId))?.country ?? '';
    const refused = activeRecruitmentRefusal(residence, posting.place.country);
    if (refused !== null) return { refused, personId: profile.personId, organisationId: org.id };
    const dayStart = `${todayUtc(deps)}T00:00:00.000Z`;
    const sent = await tx.staffingRequests.countByRecruiterSince(principal.user.id, dayStart);
    if (sent >= DAILY_REQUEST_CAP) throw new RateLimitedError(secondsUntilTomorrowUtc(deps.clock.now()), `You have sent ${sent} requests today, the most a recruiter may send in a day (${DAILY_REQUEST_CAP}); try again tomorrow`);
    const now = deps.clock.now().toISOString();
    const row: StaffingRequestRow = { id: deps.ids.newId('req'), postingId, personId: profile.personId, organisationId: org.id, kind: 'request', status: 'pending', requestedBy: principal.user.id, createdAt: now, decidedAt: null };
    if (!(await tx.staffingRequests.insert(row))) throw new ConflictError(ALREADY);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: org.id, action: 'staffing.request.sent', subjectPersonId: profile.personId, details: { request: row.id, posting: postingId } });
    const view = await viewOf(deps, tx, row, null);
    // The candidate's mail is written with the request: both are there, or neither.
    const account = await candidateAccount(tx, profile.personId);
    if (account !== undefined) {
      await enqueueMail(deps, tx, representRequestMail(account.email, account.name, org.name, view.posting, `${deps.publicUrl}/requests/${encodeURIComponent(row.id)}`));
    }
    return { view };
  });
  if ('view' in outcome) return outcome.view;
  // The refusal is logged on its own, after the read-only transaction: it must outlive the refused request.
  await deps.store.audit.append({
    at: deps.clock.now().toISOString(),
    actorUserId: principal.user.id,
    organisationId: outcome.organisationId,
    action: 'staffing.request.refused',
    subjectPersonId: outcome.personId,
    details: { posting: postingId, rule: outcome.refused.rule, version: outcome.refused.version, source: outcome.refused.sourceUrl },
  });
  throw new RecruitmentRestrictedError(outcome.refused);
}

/** A candidate applies to an open posting themselves: a submission, at once, seen by the posting's organisation. */
export async function applyToPosting(deps: ConsentDeps, principal: Principal, postingId: string): Promise<RequestView> {
  const personId = principal.personId;
  if (personId === null) throw new NotFoundError('record', 'of this account (add your record to apply)');
  return deps.store.transaction(async (tx) => {
    const posting = await postingOr404(tx, postingId);
    const status = statusOn(posting, todayUtc(deps));
    if (posting.status === 'draft') throw new NotFoundError('posting', postingId);
    if (status !== 'open') throw new ConflictError(`The posting is ${status}: it no longer takes applications`);
    const now = deps.clock.now().toISOString();
    await profileOf(deps, tx, personId);
    const row: StaffingRequestRow = { id: deps.ids.newId('req'), postingId, personId, organisationId: posting.organisationId, kind: 'application', status: 'accepted', requestedBy: null, createdAt: now, decidedAt: now };
    if (!(await tx.staffingRequests.insert(row))) throw new ConflictError('You are already put forward for this posting (by your own application or an accepted request)');
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: posting.organisationId, action: 'staffing.applied', subjectPersonId: personId, details: { request: row.id, posting: postingId } });
    const view = await viewOf(deps, tx, row, null);
    await mailPostingOrganisation(deps, tx, posting, view, null);
    return view;
  });
}

/**
 * Which side of a request the principal is on — the candidate, or an organisation: the one that asked, or
 * the one whose posting it is (the candidate is put forward to it) — or "not found" for anyone else.
 */
function sideOf(principal: Principal, row: StaffingRequestRow, postingOrganisationId: string): 'candidate' | 'organisation' {
  if (principal.personId !== null && principal.personId === row.personId) return 'candidate';
  if (writesPostingsFor(principal, row.organisationId) || writesPostingsFor(principal, postingOrganisationId)) return 'organisation';
  throw new NotFoundError('request', row.id);
}

/** One request, for either side; the organisation sees name and e-mail once accepted (and that reading is audited). */
export async function readRequest(deps: StaffingDeps, principal: Principal, id: string): Promise<RequestView> {
  return deps.store.transaction(async (tx) => {
    const row = await tx.staffingRequests.findById(id);
    if (row === undefined) throw new NotFoundError('request', id);
    const side = sideOf(principal, row, (await postingOr404(tx, row.postingId)).organisationId);
    return viewOf(deps, tx, row, side === 'organisation' ? { actor: principal } : null);
  });
}

const NEXT: Readonly<Record<'accept' | 'decline' | 'withdraw', { readonly from: readonly RequestStatus[]; readonly to: RequestStatus; readonly action: string }>> = {
  accept: { from: ['pending'], to: 'accepted', action: 'staffing.request.accepted' },
  decline: { from: ['pending'], to: 'declined', action: 'staffing.request.declined' },
  withdraw: { from: ['pending', 'accepted'], to: 'withdrawn', action: 'staffing.request.withdrawn' },
};

/**
 * The candidate answers a request (accept or decline), or withdraws a request or application they had
 * accepted or made. Only the candidate may; to anyone else the request does not exist.
 */
export async function answerRequest(deps: ConsentDeps, principal: Principal, id: string, answer: 'accept' | 'decline' | 'withdraw'): Promise<RequestView> {
  return deps.store.transaction(async (tx) => {
    const row = await tx.staffingRequests.findById(id);
    if (row === undefined || principal.personId !== row.personId) throw new NotFoundError('request', id);
    const step = NEXT[answer];
    if (!step.from.includes(row.status)) throw new ConflictError(`This ${row.kind} is ${row.status}: it cannot be ${step.to} now`);
    const now = deps.clock.now().toISOString();
    await tx.staffingRequests.setStatus(id, step.to, now);
    await tx.audit.append({ at: now, actorUserId: principal.user.id, organisationId: row.organisationId, action: step.action, subjectPersonId: row.personId, details: { request: id, posting: row.postingId } });
    const view = await viewOf(deps, tx, { ...row, status: step.to, decidedAt: now }, null);
    // The recruiter who asked hears the answer, in the same transaction (an application has nobody who asked).
    const recruiter = row.requestedBy === null ? undefined : await tx.users.findById(row.requestedBy);
    if (recruiter !== undefined) {
      const link = `${deps.publicUrl}/candidates?posting=${encodeURIComponent(row.postingId)}`;
      await enqueueMail(deps, tx, requestAnsweredMail(recruiter.email, recruiter.name, view.candidate.handle, answer, view.posting, link));
    }
    // An agency's accepted request puts the candidate forward to another organisation's posting: it hears too.
    const posting = await postingOr404(tx, row.postingId);
    if (answer === 'accept' && posting.organisationId !== row.organisationId) await mailPostingOrganisation(deps, tx, posting, view, view.organisation.name);
    return view;
  });
}

/** The candidate's requests and applications, newest first. */
export async function myRequests(deps: StaffingDeps, principal: Principal): Promise<RequestView[]> {
  const personId = principal.personId;
  if (personId === null) return [];
  return deps.store.transaction(async (tx) => Promise.all((await tx.staffingRequests.listForPerson(personId)).map((r) => viewOf(deps, tx, r, null))));
}

/** A posting's requests and applications for its organisation, newest first (accepted ones with contact, audited). */
export async function postingRequests(deps: StaffingDeps, principal: Principal, postingId: string): Promise<RequestView[]> {
  return deps.store.transaction(async (tx) => {
    const posting = await postingOr404(tx, postingId);
    if (!writesPostingsFor(principal, posting.organisationId)) throw new NotFoundError('posting', postingId);
    const rows = await tx.staffingRequests.listForPosting(postingId);
    const out: RequestView[] = [];
    for (const r of rows) out.push(await viewOf(deps, tx, r, { actor: principal }));
    return out;
  });
}

/** "Who has seen my profile": every time an organisation read the candidate's name and contact, newest first. */
export async function whoHasSeenMe(deps: StaffingDeps, principal: Principal): Promise<Array<{ readonly at: string; readonly organisation: string }>> {
  const personId = principal.personId;
  if (personId === null) return [];
  const entries = (await deps.store.audit.listForPerson(personId, 500)).filter((e) => e.action === 'candidate.revealed');
  const orgs = new Map((await deps.store.organisations.listByIds([...new Set(entries.flatMap((e) => (e.organisationId === null ? [] : [e.organisationId])))])).map((o) => [o.id, o.name]));
  return entries.map((e) => ({ at: e.at, organisation: orgs.get(e.organisationId ?? '') ?? '' }));
}

/** Seconds from `now` to the next midnight UTC, when a recruiter's daily count starts again (at least 1). */
function secondsUntilTomorrowUtc(now: Date): number {
  const tomorrow = Date.UTC(now.getUTCFullYear(), now.getUTCMonth(), now.getUTCDate() + 1);
  return Math.max(1, Math.ceil((tomorrow - now.getTime()) / 1000));
}
