import type { CalendarDate, CeActivity, PersonRecord } from '@modality/domain';
import { ALL_RULES, findCredential } from '@modality/knowledge';
import { ceCycleBreakdown, type ComplianceStatus } from '@modality/rules';
import { summarizeCredential } from '../vc/credential-summary.js';

/** One activity as the packet lists it. */
export interface PacketActivity {
  readonly title: string;
  readonly completedOn: CalendarDate;
  /** What the record says it is worth, in its own unit (`2 credits`, `1 semester credit`). */
  readonly recorded: string;
  /** The credit the rules count for it in this cycle. */
  readonly counted: number;
  readonly accepted: boolean;
  readonly topics: readonly string[];
}

export interface PacketGroup {
  readonly label: string;
  readonly activities: readonly PacketActivity[];
  readonly counted: number;
}

export interface PacketCertificate {
  readonly title: string;
  readonly completedOn: CalendarDate;
  /** Where the evidence is: a signed credential in the wallet, or nothing on file yet. */
  readonly evidence: string;
}

/** Everything a CE audit packet says, as data (the PDF and the tests both read this). */
export interface AuditPacket {
  readonly personName: string;
  readonly credential: string;
  readonly credentialName: string;
  readonly rule: string;
  readonly start: CalendarDate;
  readonly end: CalendarDate;
  readonly asOf: CalendarDate;
  readonly status: ComplianceStatus;
  readonly unit: string;
  readonly required: number;
  readonly earned: number;
  readonly remaining: number;
  readonly minimums: ReadonlyArray<{ readonly topic: string; readonly required: number; readonly earned: number; readonly remaining: number }>;
  readonly groups: readonly PacketGroup[];
  readonly certificates: readonly PacketCertificate[];
  readonly sources: readonly string[];
  readonly warnings: readonly string[];
}

const KIND_LABEL: Readonly<Record<string, string>> = {
  academic: 'Academic courses',
  acls: 'ACLS / PALS',
  pals: 'ACLS / PALS',
  'structured-education': 'Structured education',
  'cqr-prescribed': 'CQR prescribed activities',
};

/** The group an activity belongs to: its ARRT category when it has one, else what kind of activity it is. */
function groupOf(a: CeActivity): string {
  if (a.category !== undefined) return `Category ${a.category}`;
  return KIND_LABEL[a.kind ?? 'activity'] ?? 'Activities without a category';
}

function recorded(a: CeActivity): string {
  if (a.credits !== undefined) return `${String(a.credits)} credit${a.credits === 1 ? '' : 's'}`;
  if (a.semesterCredits !== undefined) return `${String(a.semesterCredits)} semester credit${a.semesterCredits === 1 ? '' : 's'}`;
  if (a.quarterCredits !== undefined) return `${String(a.quarterCredits)} quarter credit${a.quarterCredits === 1 ? '' : 's'}`;
  return '—';
}

const round3 = (x: number): number => Math.round(x * 1000) / 1000;

function unitOf(ruleId: string): string {
  const rule = ALL_RULES.find((r) => r.id === ruleId);
  return rule?.kind === 'ce-cycle' ? rule.params.unit : 'credits';
}

/** CE credentials in the wallet, by `title|date`, naming their issuer. */
function walletCertificates(record: PersonRecord): Map<string, string> {
  const out = new Map<string, string>();
  for (const vc of record.verifiableCredentials ?? []) {
    const s = summarizeCredential(vc);
    if (s.achievementType !== 'Course' || s.name === null) continue;
    const title = s.name.replace(/^CE: /, '');
    const on = (vc.credentialSubject as { activityEndDate?: unknown } | undefined)?.activityEndDate;
    if (typeof on === 'string') out.set(`${title}|${on.slice(0, 10)}`, `signed credential from ${s.issuerName ?? s.issuerId ?? 'an issuer'}`);
  }
  return out;
}

/**
 * The CE audit packet of one credential's cycle: the cycle that contains `day` (default: today), each
 * activity completed in it grouped by the rule's categories with the credit the rules count, the totals
 * against the requirement from the rules engine, the certificate list and the sources. Undefined when the
 * person does not hold the credential or no CE cycle applies. Pure. `filesOnRecord`: certificates kept on the
 * record as files, by `title|completedOn`, each with the words the list shows (a signed credential comes first).
 *
 * @example
 * auditPacket(record, 'arrt:R', calendarDate('2026-01-01'), calendarDate('2026-11-26'))?.groups[0]?.label // 'Category A'
 */
export function auditPacket(record: PersonRecord, credential: string, day: CalendarDate, today: CalendarDate, filesOnRecord: ReadonlyMap<string, string> = new Map()): AuditPacket | undefined {
  const b = ceCycleBreakdown(record, credential, day, today);
  if (b === undefined) return undefined;
  const groups = new Map<string, PacketActivity[]>();
  for (const x of b.activities) {
    const label = groupOf(x.activity);
    const list = groups.get(label) ?? [];
    list.push({ title: x.activity.title, completedOn: x.activity.completedOn, recorded: recorded(x.activity), counted: round3(x.counted), accepted: x.accepted, topics: x.activity.topics ?? [] });
    groups.set(label, list);
  }
  const wallet = walletCertificates(record);
  return {
    personName: record.person.name,
    credential,
    credentialName: findCredential(credential)?.name ?? credential,
    rule: b.cycle.rule,
    start: b.cycle.start,
    end: b.cycle.end,
    asOf: b.asOf,
    status: b.entry.status,
    unit: unitOf(b.cycle.rule),
    required: b.cycle.required,
    earned: b.cycle.earned,
    remaining: b.cycle.remaining,
    minimums: b.cycle.minimums,
    groups: [...groups.entries()]
      .sort(([a], [c]) => (a < c ? -1 : a > c ? 1 : 0))
      .map(([label, activities]) => ({ label, activities, counted: round3(activities.reduce((s, a) => s + a.counted, 0)) })),
    certificates: b.activities.map((x) => ({
      title: x.activity.title,
      completedOn: x.activity.completedOn,
      evidence: wallet.get(`${x.activity.title}|${x.activity.completedOn}`) ?? filesOnRecord.get(`${x.activity.title}|${x.activity.completedOn}`) ?? 'no certificate on file in Modality',
    })),
    sources: b.entry.sources,
    warnings: b.entry.warnings,
  };
}
