import type { CalendarDate } from '@modality/domain';
import {
  ALL_RULES,
  CREDENTIAL_CATALOGUE,
  inForce,
  issuerName,
  JURISDICTIONS,
  type Confidence,
  type CredentialKind,
  type JurisdictionKind,
  type Rule,
  type RuleKind,
} from '@modality/knowledge';
import type { Deps } from '../deps.js';
import { todayUtc } from '../verdicts/as-of.js';
import { ceUnitWords } from './ce-units.js';

/** The catalogue as a client shows it: codes with their names, and the CE rules in force with their units in words. */
export interface CatalogueView {
  readonly asOf: CalendarDate;
  readonly credentials: Array<{
    readonly code: string;
    readonly name: string;
    readonly abbreviation: string | null;
    readonly kind: CredentialKind;
    readonly holdable: boolean;
    readonly issuer: { readonly code: string; readonly name: string };
  }>;
  readonly jurisdictions: Array<{ readonly code: string; readonly name: string; readonly kind: JurisdictionKind; readonly country: string }>;
  readonly ceCycles: Array<{ readonly rule: string; readonly credentials: string[]; readonly unit: string; readonly summary: string; readonly confidence: Confidence }>;
  readonly topicMinimums: Array<{
    readonly rule: string;
    readonly credentials: string[];
    readonly topic: string;
    /** `courses` when the minimum counts activities; null when it counts in its cycle's unit. */
    readonly unit: string | null;
    readonly summary: string;
    readonly topics: string[];
  }>;
}

/** The one version of each rule of `kind` in force on `asOf`, in pack order. */
function inForceOf<K extends RuleKind>(kind: K, asOf: CalendarDate): Rule<K>[] {
  const seen = new Set<string>();
  const out: Rule<K>[] = [];
  for (const r of ALL_RULES) {
    if (r.kind !== kind || !inForce(r, asOf) || seen.has(r.id)) continue;
    seen.add(r.id);
    out.push(r as Rule<K>);
  }
  return out;
}

/**
 * The credential catalogue, the covered jurisdictions, and the CE rules in force on `asOf` (default: today
 * in UTC), all in display words — what the browser needs to show a verdict without the rule packs.
 *
 * @example
 * readCatalogue(deps, { asOf: calendarDate('2026-11-26') }).ceCycles.find((c) => c.rule === 'arrt.ce.biennium')?.unit // 'credits'
 */
export function readCatalogue(deps: Pick<Deps, 'clock'>, input: { readonly asOf?: CalendarDate | undefined }): CatalogueView {
  const asOf = input.asOf ?? todayUtc(deps);
  return {
    asOf,
    credentials: CREDENTIAL_CATALOGUE.map((c) => ({
      code: c.code,
      name: c.name,
      abbreviation: c.abbreviation ?? null,
      kind: c.kind,
      holdable: c.kind !== 'examination',
      issuer: { code: c.issuer, name: issuerName(c.issuer) },
    })),
    jurisdictions: JURISDICTIONS.map((j) => ({ code: j.code, name: j.name, kind: j.kind, country: j.country })),
    ceCycles: inForceOf('ce-cycle', asOf).map((r) => ({
      rule: r.id,
      credentials: [...r.credentials],
      unit: ceUnitWords(r.params.unit),
      summary: r.summary,
      confidence: r.confidence,
    })),
    topicMinimums: inForceOf('topic-minimum', asOf).map((r) => ({
      rule: r.id,
      credentials: [...r.credentials],
      topic: r.params.topic,
      unit: r.params.measure === 'courses' ? 'courses' : null,
      summary: r.summary,
      // Only "any-topic" minimums can be met by tagging an activity; the other kinds have no tag to offer.
      topics: r.params.match.type === 'any-topic' ? [...r.params.match.topics] : [],
    })),
  };
}
