import type { CalendarDate, PersonRecord } from '@modality/domain';
import { ARRT_PRIMARY_DISCIPLINES, CREDENTIAL_CATALOGUE } from '@modality/knowledge';
import { ardmsCompliance } from './ardms-cme.js';
import { ARDMS_ELIGIBILITY, ardmsEligibility } from './ardms-eligibility.js';
import { arrtCompliance } from './arrt-compliance.js';
import { holds, isActive, makeCtx, Provenance, type Ctx } from './context.js';
import { notApplicable } from './entry.js';
import { abroadCompliance, isRegistrationAbroad } from './international.js';
import { isStateLicence, stateCompliance } from './jurisdictions.js';
import { cnmtEligibility, nmtcbCtEligibility } from './nmtcb-eligibility.js';
import { nmtcbCompliance } from './nmtcb-ce.js';
import { ARRT_POSTPRIMARY, postprimaryEligibility, supportingSets } from './postprimary-eligibility.js';
import type { PostprimaryLogEntry } from './postprimary-log.js';
import { isArrtPrimary, primaryEligibility } from './primary-eligibility.js';
import type { ComplianceEntry, EligibilityEntry, Verdict } from './verdict.js';

export interface EvaluateOptions {
  /** Only this credential's eligibility (a catalogue code); without it, every credential within reach. */
  readonly target?: string;
  /**
   * The person's postprimary clinical experience log (CT, MR): when given, its verified and reviewed entries
   * are what ARRT's clinical experience requirement counts for those credentials.
   */
  readonly postprimaryLog?: readonly PostprimaryLogEntry[];
}

function complianceOf(ctx: Ctx, credential: string): ComplianceEntry {
  if (credential.startsWith('arrt:')) return arrtCompliance(ctx, credential);
  if (credential.startsWith('ardms:') || credential.startsWith('apca:')) return ardmsCompliance(ctx, credential);
  if (credential.startsWith('nmtcb:')) return nmtcbCompliance(ctx, credential);
  if (isStateLicence(credential)) return stateCompliance(ctx, credential);
  if (isRegistrationAbroad(credential)) return abroadCompliance(ctx, credential);
  const why = credential.startsWith('armrit:')
    ? 'ARMRIT renewal requirements (CE amount, cycle length) are unconfirmed and not encoded'
    : `no CE or renewal rule is encoded for ${credential}`;
  return notApplicable(credential, new Provenance(), why);
}

const ELIGIBILITY_CODES: ReadonlySet<string> = new Set<string>([
  ...Object.keys(ARRT_PRIMARY_DISCIPLINES),
  ...ARRT_POSTPRIMARY,
  ...ARDMS_ELIGIBILITY,
  'nmtcb:CT',
  'nmtcb:CNMT',
]);

/** Whether the engine can judge eligibility for `code`. */
export const hasEligibilityRules = (code: string): boolean => ELIGIBILITY_CODES.has(code);

function eligibilityOf(ctx: Ctx, credential: string): EligibilityEntry | undefined {
  if (credential === 'nmtcb:CT') return nmtcbCtEligibility(ctx);
  if (credential === 'nmtcb:CNMT') return cnmtEligibility(ctx);
  if (ARDMS.has(credential)) return ardmsEligibility(ctx, credential);
  const post = POSTPRIMARY.has(credential) ? postprimaryEligibility(ctx, credential) : undefined;
  const primary = isArrtPrimary(credential) ? primaryEligibility(ctx, credential) : undefined;
  if (post === undefined) return primary;
  if (primary === undefined) return post;
  // MR and VS: either pathway will do; otherwise show the pathway the person is on.
  if (post.eligible) return post;
  if (primary.eligible) return primary;
  for (const set of supportingSets(credential, ctx.asOf)) for (const c of set) if (isActive(ctx, c)) return post;
  return primary;
}

const SONO_PROGRAMS = ['sonography', 'cardiac-sonography', 'vascular-sonography'];
const ARDMS_HELD = ['ardms:RDMS', 'ardms:RDCS', 'ardms:RVT'];

/** Credentials within reach when no target is given: what the person's education, credentials or exams point to. */
function inReach(ctx: Ctx, code: string): boolean {
  if (ctx.mentioned.has(code)) return true;
  if (isArrtPrimary(code) && ctx.programDisciplines.has(ARRT_PRIMARY_DISCIPLINES[code as keyof typeof ARRT_PRIMARY_DISCIPLINES])) return true;
  if (POSTPRIMARY.has(code)) {
    for (const set of supportingSets(code, ctx.asOf)) for (const c of set) if (isActive(ctx, c)) return true;
    return false;
  }
  if (ARDMS.has(code)) {
    for (const m of ctx.mentioned) if (m.startsWith('ardms:')) return true;
    for (const dsc of SONO_PROGRAMS) if (ctx.programDisciplines.has(dsc)) return true;
    for (const c of ARDMS_HELD) if (holds(ctx, c)) return true;
    return false;
  }
  if (code === 'nmtcb:CT') return isActive(ctx, 'nmtcb:CNMT') || isActive(ctx, 'arrt:N');
  if (code === 'nmtcb:CNMT') return ctx.programDisciplines.has('nuclear-medicine');
  return false;
}

const POSTPRIMARY: ReadonlySet<string> = new Set(ARRT_POSTPRIMARY);
const ARDMS: ReadonlySet<string> = new Set(ARDMS_ELIGIBILITY);
/** The codes the engine judges eligibility for, in catalogue order. */
const ELIGIBILITY_ORDER: readonly string[] = CREDENTIAL_CATALOGUE.map((e) => e.code).filter((c) => ELIGIBILITY_CODES.has(c));

/**
 * Evaluates a person record on a date: the compliance of every credential held (CE/CPD cycles with their
 * minimums, renewal and other deadlines, warnings for rules below official confidence, sources) and the
 * eligibility for credentials not held (with what is missing, in units). Pure: the same inputs always give
 * the same verdict; `asOf` is the only notion of "today".
 *
 * @param record a validated person record (see `parsePersonRecord` in `@modality/contracts`)
 * @param asOf the day to evaluate on
 * @param options `target`: judge eligibility for this credential only
 * @returns the verdict of the contract (person-record-v1.md); numbers are in each rule's unit
 *   (ARRT credits, ARDMS CME, contact hours, CPD credits)
 * @example
 * const v = evaluate(record, calendarDate('2026-11-26'));
 * v.compliance[0]; // { credential: 'arrt:R', status: 'in-progress', cycles: [{ rule: 'arrt.ce.biennium', … }], … }
 * evaluate(record, calendarDate('2026-11-26'), { target: 'arrt:CT' }).eligibility[0]?.eligible; // false
 */
export function evaluate(record: PersonRecord, asOf: CalendarDate, options: EvaluateOptions = {}): Verdict {
  const ctx = makeCtx(record, asOf, options.postprimaryLog);
  const compliance: ComplianceEntry[] = [];
  const seen = new Set<string>();
  for (const c of record.credentials ?? []) {
    if (seen.has(c.credential) || !holds(ctx, c.credential)) continue;
    seen.add(c.credential);
    compliance.push(complianceOf(ctx, c.credential));
  }
  const eligibility: EligibilityEntry[] = [];
  const target = options.target;
  for (const code of ELIGIBILITY_ORDER) {
    if (holds(ctx, code)) continue;
    if (target === undefined ? !inReach(ctx, code) : code !== target) continue;
    const e = eligibilityOf(ctx, code);
    if (e !== undefined) eligibility.push(e);
  }
  return { asOf, compliance, eligibility };
}
