import type { RuleParamsByKind } from '@modality/knowledge';

const UNIT_WORDS: Readonly<Record<RuleParamsByKind['ce-cycle']['unit'], string>> = {
  credits: 'credits',
  hours: 'hours',
  cme: 'CME credits',
  'cpd-credits': 'CPD credits',
  'learning-types': 'types of learning',
};

/**
 * What a CE cycle counts, in words.
 *
 * @example
 * ceUnitWords('cme') // 'CME credits'
 */
export function ceUnitWords(unit: RuleParamsByKind['ce-cycle']['unit']): string {
  return UNIT_WORDS[unit];
}
