import type { AnyRule } from '@modality/knowledge';
import type { Provenance } from './context.js';
import type { EligibilityEntry, MissingItem } from './verdict.js';

/** Collects what is missing for one credential. */
export class MissingList {
  readonly items: MissingItem[] = [];
  private readonly prov: Provenance;
  constructor(prov: Provenance) {
    this.prov = prov;
  }

  /** Records a missing requirement of `rule` (rules below official say so in `what`). */
  add(rule: AnyRule, what: string, need: number, have: number, unit: string): void {
    const flag = rule.confidence === 'official' ? '' : rule.confidence === 'unconfirmed' ? ' [unconfirmed rule]' : rule.confidence === 'secondary' ? ' [secondary source]' : ' [official copy]';
    this.items.push({ rule: rule.id, what: `${what}${flag}`, need: round(need), have: round(have), unit });
    this.prov.use(rule);
  }

  entry(credential: string): EligibilityEntry {
    return { credential, eligible: this.items.length === 0, missing: this.items, sources: this.prov.sources };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;
