import { findCredential, findJurisdiction } from '@modality/knowledge';
import { CREDENTIALS, isoFromMatchDay, JURISDICTIONS, MODALITIES, SHIFTS, type Posting, type RequirementVerdict } from '@modality/matching';

const credentialName = (code: number) => {
  const c = CREDENTIALS[code] ?? '';
  return findCredential(c)?.name ?? c;
};
const jurisdictionName = (code: number) => {
  const j = JURISDICTIONS[code] ?? '';
  return findJurisdiction(j)?.name ?? j;
};
const MODALITY_WORDS: Readonly<Record<string, string>> = {
  radiography: 'radiography', ct: 'CT', mri: 'MRI', mammography: 'mammography', sonography: 'sonography', 'nuclear-medicine': 'nuclear medicine',
  'radiation-therapy': 'radiation therapy', interventional: 'interventional radiology', 'bone-densitometry': 'bone densitometry', pet: 'PET',
};
const SHIFT_WORDS: Readonly<Record<string, string>> = { day: 'days', evening: 'evenings', night: 'nights', weekend: 'weekends', 'on-call': 'on call' };

/**
 * A hard requirement of a posting in words a recruiter reads, e.g. "the ARRT Computed Tomography
 * credential" or "a licence in Texas".
 */
export function requirementWords(posting: Posting, r: RequirementVerdict['requirement']): string {
  switch (r.kind) {
    case 'credential':
      return credentialName(r.detail);
    case 'any-of':
      return `one of ${(posting.anyOf[r.detail] ?? []).map(credentialName).join(' or ')}`;
    case 'licence':
      return `a licence in ${(posting.licences ?? []).map(jurisdictionName).join(' or ')}`;
    case 'modality':
      return posting.minYears > 0 ? `${posting.minYears} year${posting.minYears === 1 ? '' : 's'} in ${MODALITY_WORDS[MODALITIES[posting.modality] ?? ''] ?? ''}` : `experience in ${MODALITY_WORDS[MODALITIES[posting.modality] ?? ''] ?? ''}`;
    case 'shift':
      return `working ${SHIFT_WORDS[SHIFTS[r.detail] ?? ''] ?? ''}`;
    case 'start':
      return `starting by ${isoFromMatchDay(posting.startBy)}`;
    case 'work-authorisation':
      return 'the right to work in the country without a visa sponsor';
    case 'location':
      return posting.travel ? 'willingness to travel' : `living within ${posting.radiusKm ?? 0} km or moving`;
  }
}

/** What is left to meet a failed requirement, in words, when the record says ("16 credits left", "12 days late"). */
export function gapWords(v: RequirementVerdict): string | null {
  if (v.gap === null || v.gapUnit === null) return null;
  if (v.gap === 0 && v.requirement.kind !== 'location') return 'only the examination is left';
  return `${Math.round(v.gap * 10) / 10} ${v.gapUnit} left`;
}
