/**
 * Pure helpers that turn a verdict (contracts: `verdictSchema`) into what the credentials view shows:
 * status words, progress of a requirement, units read from the API's catalogue of CE rules, deadlines in
 * date order, and what is missing for a credential within reach. No React here, so each piece is tested
 * on its own.
 */
import { VERDICT_DEADLINE_KINDS, VERDICT_STATUSES, ceTopicName, type Catalogue } from '@modality/contracts';
import type { Verdict } from '../../api/queries';
import type { DisplayNames } from '../../catalogue/display-names';
import type { Tone } from '../../components/status-badge';

export type ComplianceEntry = Verdict['compliance'][number];
export type VerdictCycle = ComplianceEntry['cycles'][number];
export type VerdictMinimum = VerdictCycle['minimums'][number];
export type EligibilityEntry = Verdict['eligibility'][number];
export type MissingItem = EligibilityEntry['missing'][number];
export type ComplianceStatus = (typeof VERDICT_STATUSES)[number];
export type DeadlineKind = (typeof VERDICT_DEADLINE_KINDS)[number];

/** The CE rules of the catalogue for the verdict's day (`GET /api/v1/catalogue?asOf=`). */
export type CeRules = Pick<Catalogue, 'ceCycles' | 'topicMinimums'>;

export interface StatusInfo {
  /** The word shown (never colour alone). */
  readonly label: string;
  /** A sign that says the same without colour, hidden from screen readers (the label says it). */
  readonly symbol: string;
  /** What the status means, from the verdict contract. */
  readonly description: string;
  readonly tone: Tone;
}

export const STATUS_INFO: Readonly<Record<ComplianceStatus, StatusInfo>> = {
  compliant: {
    label: 'Compliant',
    symbol: '✓',
    description: 'Every requirement of the current cycle is met.',
    tone: 'good',
  },
  'in-progress': {
    label: 'In progress',
    symbol: '…',
    description: 'Not met yet, with time left.',
    tone: 'neutral',
  },
  'at-risk': {
    label: 'At risk',
    symbol: '!',
    description:
      'Not met, and the remaining work is unlikely at the recent pace, or less than 90 days remain.',
    tone: 'warning',
  },
  noncompliant: {
    label: 'Not compliant',
    symbol: '✕',
    description: 'The cycle ended with its requirements unmet.',
    tone: 'bad',
  },
  'not-applicable': {
    label: 'No requirement now',
    symbol: '–',
    description: 'No continuing-education rule applies on this date.',
    tone: 'neutral',
  },
};

export function statusInfo(status: ComplianceStatus): StatusInfo {
  return STATUS_INFO[status];
}

/** The deadline kinds as a person reads them (the same words as the .ics feed). */
export const DEADLINE_LABELS: Readonly<Record<DeadlineKind, string>> = {
  renewal: 'Renewal due',
  'probation-end': 'CE probation ends',
  cqr: 'Continuing Qualifications Requirements (CQR) due',
  'reinstatement-online': 'Last day to reinstate online',
  'cqr-reinstatement': 'Last day to finish CQR and reinstate online',
};

const NUMBER = new Intl.NumberFormat('en-US', { maximumFractionDigits: 2 });

/** 12, 1.5, 0.25 — at most two decimals, no trailing zeros. */
export function formatAmount(n: number): string {
  return NUMBER.format(n);
}

/** "1 credit", "12 credits", "1 CME credit", "0 procedures". */
export function amountWithUnit(n: number, unit: string): string {
  const singular = n === 1 && unit.endsWith('s') ? unit.slice(0, -1) : unit;
  return `${formatAmount(n)} ${singular}`;
}

/**
 * The unit of a cycle, in words, from its rule in the catalogue (`arrt.ce.biennium` counts credits, Texas
 * counts hours); "credits" when the rule is not listed (or the catalogue has not loaded).
 */
export function cycleUnit(cycle: Pick<VerdictCycle, 'rule'>, rules: CeRules | undefined): string {
  return rules?.ceCycles.find((r) => r.rule === cycle.rule)?.unit ?? 'credits';
}

/** The one-line summary of a CE cycle rule, as the knowledge base words it, when the rule is listed. */
export function ruleSummary(ruleId: string, rules: CeRules | undefined): string | undefined {
  return rules?.ceCycles.find((r) => r.rule === ruleId)?.summary;
}

export interface MinimumInfo {
  /** "courses" for a minimum counted in activities, else the cycle's unit. */
  readonly unit: string;
  readonly summary: string | undefined;
  /** The activity topics that count towards it (tag activities with one of these). */
  readonly topics: readonly string[];
}

/** What the catalogue says about a topic minimum of a credential's cycle. */
export function minimumInfo(
  credential: string,
  minimum: VerdictMinimum,
  cycleUnitWord: string,
  rules: CeRules | undefined,
): MinimumInfo {
  const rule = rules?.topicMinimums.find(
    (r) => r.topic === minimum.topic && r.credentials.includes(credential),
  );
  if (rule === undefined) return { unit: cycleUnitWord, summary: undefined, topics: [] };
  return { unit: rule.unit ?? cycleUnitWord, summary: rule.summary, topics: rule.topics };
}

/**
 * A topic minimum of a cycle as a sentence with the topic's name, never its code: "At least 12 of these
 * hours must cover ionizing radiation (direct)", "At least 1 of these courses must cover human
 * trafficking", "At least 25 of these credits must be Category A+".
 */
export function minimumSentence(minimum: Pick<VerdictMinimum, 'topic' | 'required'>, unit: string): string {
  const amount = `At least ${formatAmount(minimum.required)} of these ${unit}`;
  if (minimum.topic.startsWith('category-')) return `${amount} must be ${ceTopicName(minimum.topic)}`;
  return `${amount} must cover ${ceTopicName(minimum.topic)}`;
}

export interface Progress {
  /** For `aria-valuenow`: the earned amount, capped at the requirement. */
  readonly value: number;
  readonly max: number;
  /** Width of the bar, 0–100. */
  readonly percent: number;
  readonly met: boolean;
  /** "12 of 24 credits" (the real earned amount, even above the requirement). */
  readonly label: string;
  /** "12 credits to go", or "met". */
  readonly note: string;
}

/**
 * Progress of one requirement. `remaining` is the engine's word on what is left (it may differ from
 * `required − earned` where caps or carry-over apply), so "met" follows it.
 */
export function progressOf(
  amounts: { readonly required: number; readonly earned: number; readonly remaining: number },
  unit: string,
): Progress {
  const { required, earned, remaining } = amounts;
  const met = remaining <= 0;
  const max = Math.max(required, 0);
  const value = Math.min(Math.max(earned, 0), max);
  const percent = max === 0 ? 100 : Math.round((value / max) * 100);
  return {
    value,
    max,
    percent,
    met,
    label: `${formatAmount(earned)} of ${amountWithUnit(required, unit)}`,
    note: met ? 'met' : `${amountWithUnit(remaining, unit)} to go`,
  };
}

/** Whole days from `from` to `to` (both `YYYY-MM-DD`), negative when `to` is earlier. */
export function daysBetween(from: string, to: string): number {
  const day = (s: string) =>
    Date.UTC(Number(s.slice(0, 4)), Number(s.slice(5, 7)) - 1, Number(s.slice(8, 10)));
  return Math.round((day(to) - day(from)) / 86_400_000);
}

/** "today", "tomorrow", "in 186 days", "12 days ago". */
export function describeDue(asOf: string, due: string): string {
  const days = daysBetween(asOf, due);
  if (days === 0) return 'today';
  if (days === 1) return 'tomorrow';
  if (days === -1) return 'yesterday';
  return days > 0 ? `in ${days} days` : `${-days} days ago`;
}

export interface DeadlineRow {
  readonly credential: string;
  readonly kind: DeadlineKind;
  readonly due: string;
  readonly label: string;
  readonly when: string;
  readonly past: boolean;
}

/** Every deadline of every credential, soonest first (then by credential, for a stable order). */
export function deadlineRows(verdict: Pick<Verdict, 'asOf' | 'compliance'>): DeadlineRow[] {
  return verdict.compliance
    .flatMap((c) =>
      c.deadlines.map((d) => ({
        credential: c.credential,
        kind: d.kind,
        due: d.due,
        label: DEADLINE_LABELS[d.kind],
        when: describeDue(verdict.asOf, d.due),
        past: d.due < verdict.asOf,
      })),
    )
    .sort((a, b) => a.due.localeCompare(b.due) || a.credential.localeCompare(b.credential));
}

export interface MissingRow extends MissingItem {
  /** How much is still missing, in the item's unit. */
  readonly short: number;
  /** "16 credits missing". */
  readonly text: string;
}

export function missingRow(item: MissingItem): MissingRow {
  const short = Math.max(item.need - item.have, 0);
  return {
    ...item,
    short,
    // An unconfirmed number is never shown as a count ("0 of 1 procedure"): the item's words say whose document to read.
    text: item.countConfirmed === false ? 'missing; the number is not confirmed here' : `${amountWithUnit(short, item.unit)} missing`,
  };
}

/** Credentials within reach: eligible ones first, then those with the fewest items missing, then by name. */
export function withinReach(
  eligibility: readonly EligibilityEntry[],
  names: Pick<DisplayNames, 'credential'>,
): EligibilityEntry[] {
  return [...eligibility].sort(
    (a, b) =>
      Number(b.eligible) - Number(a.eligible) ||
      a.missing.length - b.missing.length ||
      names.credential(a.credential).localeCompare(names.credential(b.credential)),
  );
}

/** A cycle's earned total before and after a change, for the "added" message. */
export interface EarnedChange {
  readonly credential: string;
  readonly rule: string;
  readonly before: number;
  readonly after: number;
  readonly required: number;
  readonly unit: string;
}

/**
 * The cycles whose earned total changed between two verdicts of the same person and date: what a new
 * CE activity counted towards (units from the CE rules of that date).
 */
export function earnedChanges(before: Verdict, after: Verdict, rules: CeRules | undefined): EarnedChange[] {
  const changes: EarnedChange[] = [];
  for (const entry of after.compliance) {
    const old = before.compliance.find((c) => c.credential === entry.credential);
    for (const cycle of entry.cycles) {
      const oldCycle = old?.cycles.find((c) => c.rule === cycle.rule && c.start === cycle.start);
      const previous = oldCycle?.earned ?? 0;
      if (previous !== cycle.earned) {
        changes.push({
          credential: entry.credential,
          rule: cycle.rule,
          before: previous,
          after: cycle.earned,
          required: cycle.required,
          unit: cycleUnit(cycle, rules),
        });
      }
    }
  }
  return changes;
}

/** "ARRT Radiography: now 27 of 24 credits (was 25)." */
export function describeEarnedChange(change: EarnedChange, names: Pick<DisplayNames, 'credential'>): string {
  return `${names.credential(change.credential)}: now ${formatAmount(change.after)} of ${amountWithUnit(change.required, change.unit)} (was ${formatAmount(change.before)}).`;
}

/** "portal.example.org/page/…" for a source address (the link keeps the whole address). */
export function shortSource(url: string): string {
  try {
    const u = new URL(url);
    const path = u.pathname.length > 48 ? `${u.pathname.slice(0, 45)}…` : u.pathname;
    return `${u.hostname}${path === '/' ? '' : path}`;
  } catch {
    return url;
  }
}
