import { ValidationError } from '@modality/domain';
import { findCredential } from '@modality/knowledge';

/** Refuses a target that names no credential of the catalogue (the contracts refuse it first; this guards other callers). */
export function requireKnownTarget(target: string | undefined): void {
  if (target !== undefined && findCredential(target) === undefined) {
    throw new ValidationError([{ path: 'target', message: `unknown credential code ${JSON.stringify(target)} (see the credential catalogue)` }]);
  }
}
