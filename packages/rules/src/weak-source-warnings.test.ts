import { ALL_RULES, publisherOf } from '@modality/knowledge';
import { describe, expect, it } from 'vitest';
import { confidenceWarning } from './context.js';

describe('rules read on a page that is not the body\'s own', () => {
  const thirdParty = ALL_RULES.filter((r) => r.confidence !== 'official' && r.confidence !== 'unconfirmed' && publisherOf(r.sourceUrl) === undefined);

  it('finds them: the Texas, Florida and R.R.A. CE rules, the ARDMS prerequisites on a shared copy', () => {
    const ids = thirdParty.map((r) => r.id);
    expect(ids.some((id) => id.startsWith('us-tx.'))).toBe(true);
    expect(ids.some((id) => id.startsWith('us-fl.'))).toBe(true);
    expect(thirdParty.some((r) => r.confidence === 'official-copy')).toBe(true);
  });

  it('each verdict warning says in plain words it rests on a secondary source to check before relying on it', () => {
    for (const r of thirdParty) {
      const w = confidenceWarning(r);
      expect(w, r.id).toMatch(/secondary source.*check before relying on it$/);
      expect(w, r.id).toContain(r.summary);
    }
  });
});
