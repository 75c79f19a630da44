import { DomainError } from '@modality/domain';

/** The install has no key-encryption key (`MODALITY_KEY_SECRET`), so it cannot make or use issuer keys. */
export class IssuingUnavailableError extends DomainError {
  constructor() {
    super('issuing_unavailable', 'This install cannot issue credentials: set MODALITY_KEY_SECRET (see the README) and restart');
  }
}
