import { describe, expect, it } from 'vitest';
import type { VerificationReport } from '../../api/proof-queries';
import { checkLines, credentialFileName, kindWords, verdictWords } from './credential-view';

const good = (detail: string) => ({ ok: true, reason: null, detail });
const report: VerificationReport = {
  verified: false,
  reasons: ['revoked'],
  signature: good('The signature matches.'),
  issuer: { ...good('Issued by Harbor Valley College.'), did: 'did:web:x', name: 'Harbor Valley College' },
  status: { ok: false, reason: 'revoked', detail: 'The issuer has revoked this credential.', state: 'revoked' },
  validity: { ...good('Valid, with no end date.'), validFrom: '2026-01-20T00:00:00Z', validUntil: null },
  credential: null,
  checkedAt: '2026-11-26T09:00:00.000Z',
};

describe('credential view', () => {
  it('says "Verified" only when every check passed, else the reasons in words', () => {
    expect(verdictWords(report)).toEqual({ ok: false, text: 'Revoked' });
    expect(verdictWords({ ...report, verified: true, reasons: [] })).toEqual({ ok: true, text: 'Verified' });
    expect(verdictWords({ ...report, reasons: ['bad signature', 'expired'] }).text).toBe('Bad signature · Expired');
  });

  it('lists the four checks separately, a failed one with its reason first', () => {
    expect(checkLines(report)).toEqual([
      { label: 'Signature', ok: true, text: 'The signature matches.' },
      { label: 'Issuer', ok: true, text: 'Issued by Harbor Valley College.' },
      { label: 'Revocation', ok: false, text: 'Revoked. The issuer has revoked this credential.' },
      { label: 'Validity', ok: true, text: 'Valid, with no end date.' },
    ]);
  });

  it('names kinds and files in words', () => {
    expect(kindWords('Competency')).toBe('Clinical competency');
    expect(kindWords('ext:ModalityRecordSnapshot')).toBe("Record snapshot (Modality's finding)");
    expect(credentialFileName('Competency: Radiography: chest')).toBe('competency-radiography-chest.json');
  });
});
