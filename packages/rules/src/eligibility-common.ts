import { confidenceWords, findCredential, type AnyRule } from '@modality/knowledge';
import type { Provenance } from './context.js';
import type { EligibilityEntry, MissingItem } from './verdict.js';

/** Collects what is missing for one credential. */
export class MissingList {
  readonly items: MissingItem[] = [];
  private readonly prov: Provenance;
  constructor(prov: Provenance) {
    this.prov = prov;
  }

  /** Records a missing requirement of `rule` (rules below official say so in `what`, in plain words). */
  add(rule: AnyRule, what: string, need: number, have: number, unit: string): void {
    const flag =
      rule.confidence === 'official'
        ? ''
        : rule.confidence === 'unconfirmed'
          ? ' (not confirmed here)'
          : rule.confidence === 'secondary'
            ? ' (secondary source — check before relying on it)'
            : ` (${confidenceWords('official-copy', rule.sourceUrl)})`;
    this.items.push({ rule: rule.id, what: `${what}${flag}`, need: round(need), have: round(have), unit });
    this.prov.use(rule);
  }

  /**
   * Records a requirement whose number the body publishes but Modality has not confirmed: no count is
   * invented, the item says whose document to read (`countConfirmed: false`).
   */
  addUncounted(rule: AnyRule, what: string, unit: string): void {
    this.items.push({ rule: rule.id, what, need: 1, have: 0, unit, countConfirmed: false });
    this.prov.use(rule);
  }

  /**
   * Records a requirement counted from a log against a total that is not confirmed (or not known): `what`
   * carries the count and the flag in words; `need` is the shipped total when there is one.
   */
  addLogged(rule: AnyRule, what: string, need: number | null, have: number, unit: string): void {
    this.items.push({ rule: rule.id, what, need: need ?? 1, have: round(have), unit, countConfirmed: false });
    this.prov.use(rule);
  }

  entry(credential: string): EligibilityEntry {
    return { credential, eligible: this.items.length === 0, missing: this.items, sources: this.prov.sources };
  }
}

const round = (x: number): number => Math.round(x * 1000) / 1000;

/** A credential or exam by its display name (`arrt:CT` → its catalogue name), for sentences people read. */
export const credentialWords = (code: string): string => findCredential(code)?.name ?? code;

/** Topic codes whose words are not the code with spaces. */
const TOPIC_WORDS: Readonly<Record<string, string>> = {
  'x-ray-physics': 'X-ray physics',
  'cross-sectional-anatomy': 'cross-sectional anatomy',
  'ct-radiation-safety': 'CT radiation safety',
};

/** A topic or category code in words (`contrast-administration` → `contrast administration`). */
export const topicWords = (code: string): string => TOPIC_WORDS[code] ?? code.replace(/-/g, ' ');
