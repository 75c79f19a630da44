import type { ComplianceEntry, EligibilityEntry, RecordCheck } from '@modality/app';
import { ceTopicName } from '@modality/contracts';

const STATUS_TEXT: Record<ComplianceEntry['status'], string> = {
  compliant: 'compliant',
  'in-progress': 'in progress',
  'at-risk': 'AT RISK',
  noncompliant: 'NONCOMPLIANT',
  'not-applicable': 'no rule applies',
};

type MissingItem = EligibilityEntry['missing'][number];

/** Sources numbered in order of first use, so each is printed once and cited by its number. */
class SourceList {
  private readonly urls: string[] = [];
  cite(urls: readonly string[]): string {
    const numbers = [...new Set(urls)].map((u) => {
      const at = this.urls.indexOf(u);
      return at >= 0 ? at + 1 : this.urls.push(u);
    });
    return numbers.length === 0 ? '' : `sources ${numbers.map((n) => `[${n}]`).join(' ')}`;
  }
  lines(): string[] {
    return this.urls.length === 0 ? [] : ['', 'Sources', ...this.urls.map((u, i) => `  [${i + 1}] ${u}`)];
  }
}

/** How much of an item is missing, in words; nothing is counted when the body's number is not confirmed here. */
function shortfall(m: MissingItem): string {
  // The item's own words say the number is not confirmed; no count is added.
  if (m.countConfirmed === false) return '';
  if (m.need === 1 && m.have === 0) return '';
  return ` (have ${m.have} of ${m.need} ${m.unit})`;
}

/**
 * Groups credentials that miss the same kinds of thing (the same rules, once a rule's credential-specific
 * last part is set aside), so that seven postprimary disciplines with the same gaps are one block.
 */
function groupByMissing(entries: readonly EligibilityEntry[]): EligibilityEntry[][] {
  const key = (e: EligibilityEntry) => {
    const short = e.credential.slice(e.credential.indexOf(':') + 1).toLowerCase();
    return e.missing
      .map((m) => (m.rule.endsWith(`.${short}`) ? m.rule.slice(0, -short.length - 1) : m.rule))
      .sort()
      .join('|');
  };
  const groups = new Map<string, EligibilityEntry[]>();
  for (const e of entries) groups.set(key(e), [...(groups.get(key(e)) ?? []), e]);
  return [...groups.values()];
}

function complianceLines(c: ComplianceEntry, name: string, sources: SourceList): string[] {
  const out = [`  ${name}: ${STATUS_TEXT[c.status]}`];
  for (const cy of c.cycles) {
    out.push(`    ${cy.start} to ${cy.end}: ${cy.earned} of ${cy.required} earned${cy.remaining > 0 ? `, ${cy.remaining} to go` : ''}`);
    for (const m of cy.minimums) out.push(`      ${ceTopicName(m.topic)}: ${m.earned} of ${m.required}${m.remaining > 0 ? `, ${m.remaining} to go` : ''}`);
  }
  for (const d of c.deadlines) out.push(`    due ${d.due}: ${d.kind.replace(/-/g, ' ')}`);
  for (const w of c.warnings) out.push(`    ! ${w}`);
  const cited = sources.cite(c.sources);
  if (cited !== '') out.push(`    ${cited}`);
  return out;
}

function eligibilityLines(eligibility: readonly EligibilityEntry[], nameOf: (code: string) => string, sources: SourceList): string[] {
  const out: string[] = [];
  const eligible = eligibility.filter((e) => e.eligible);
  if (eligible.length > 0) out.push(`  Eligible now: ${eligible.map((e) => nameOf(e.credential)).join(', ')}`, `    ${sources.cite(eligible.flatMap((e) => e.sources))}`);
  for (const group of groupByMissing(eligibility.filter((e) => !e.eligible))) {
    out.push(`  Not eligible yet: ${group.map((e) => nameOf(e.credential)).join(', ')}`);
    const first = group[0]?.missing ?? [];
    // An item every credential of the group misses in the same words is said once; the others per credential.
    const shared = first.filter((m) => group.every((e) => e.missing.some((x) => x.what === m.what)));
    for (const m of shared) out.push(`    - ${m.what}${shortfall(m)}`);
    for (const e of group) {
      const own = e.missing.filter((m) => !shared.some((s) => s.what === m.what));
      for (const m of own) out.push(`    - ${group.length > 1 ? `${nameOf(e.credential)}: ` : ''}${m.what}${shortfall(m)}`);
    }
    out.push(`    ${sources.cite(group.flatMap((e) => e.sources))}`);
  }
  return out;
}

/**
 * The verdict as a person reads it: credentials by name, eligibility grouped by what is missing, and every
 * source listed once at the end, cited by number.
 */
export function formatVerdict(check: Pick<RecordCheck, 'verdict' | 'names'>, personName?: string): string {
  const { verdict, names } = check;
  const nameOf = (code: string): string => names[code] ?? code;
  const sources = new SourceList();
  const out: string[] = [`Verdict${personName === undefined ? '' : ` for ${personName}`} on ${verdict.asOf}`, '', 'Compliance'];
  if (verdict.compliance.length === 0) out.push('  (no credentials held)');
  for (const c of verdict.compliance) out.push(...complianceLines(c, nameOf(c.credential), sources));
  out.push('', 'Eligibility');
  if (verdict.eligibility.length === 0) out.push('  (nothing to judge)');
  out.push(...eligibilityLines(verdict.eligibility, nameOf, sources));
  out.push(...sources.lines());
  return out.join('\n');
}
