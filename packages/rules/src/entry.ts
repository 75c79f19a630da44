import type { CalendarDate } from '@modality/domain';
import { cycleStatus, worse } from './ce-cycle.js';
import type { Provenance } from './context.js';
import type { ComplianceEntry, ComplianceStatus, CycleResult, Deadline } from './verdict.js';

/** A measured cycle with its status (a status may be forced, e.g. by probation). */
export interface RatedCycle {
  readonly cycle: CycleResult;
  readonly status: ComplianceStatus;
}

export const rate = (cycle: CycleResult, asOf: CalendarDate): RatedCycle => ({ cycle, status: cycleStatus(cycle, asOf) });

const SEVERITY: Record<ComplianceStatus, number> = { 'not-applicable': 0, compliant: 1, 'in-progress': 2, 'at-risk': 3, noncompliant: 4 };

/**
 * Assembles a compliance entry: the binding (most severe) cycle first, the status the worst of the cycles
 * and of `floor`, deadlines on or after `asOf` in date order.
 */
export function finishEntry(input: {
  readonly credential: string;
  readonly asOf: CalendarDate;
  readonly cycles: readonly RatedCycle[];
  readonly deadlines: readonly Deadline[];
  readonly prov: Provenance;
  readonly floor?: ComplianceStatus;
}): ComplianceEntry {
  const ordered = [...input.cycles].sort((a, b) => SEVERITY[b.status] - SEVERITY[a.status]);
  let status: ComplianceStatus = input.floor ?? (ordered.length === 0 ? 'not-applicable' : 'compliant');
  for (const c of ordered) status = worse(status, c.status);
  const deadlines = input.deadlines
    .filter((d) => d.due >= input.asOf)
    .sort((a, b) => (a.due < b.due ? -1 : a.due > b.due ? 1 : 0));
  return {
    credential: input.credential,
    status,
    cycles: ordered.map((c) => c.cycle),
    deadlines,
    warnings: input.prov.warnings,
    sources: input.prov.sources,
  };
}

/** An entry for a credential no encoded rule covers on `asOf`. */
export function notApplicable(credential: string, prov: Provenance, why?: string): ComplianceEntry {
  if (why !== undefined) prov.warn(why);
  return { credential, status: 'not-applicable', cycles: [], deadlines: [], warnings: prov.warnings, sources: prov.sources };
}
