import { describe, expect, it } from 'vitest';
import { resolveUsAddress } from './zipcodes-gazetteer.js';

describe('the bundled US gazetteer', () => {
  it('places an address by its last ZIP code (ZIP+4 too)', () => {
    expect(resolveUsAddress('6565 Fannin St, Houston, TX 77030')).toMatchObject({ city: 'Houston', region: 'us-tx', postalCode: '77030', country: 'US' });
    expect(resolveUsAddress('PO Box 12345, Austin, TX 78701-1234')?.postalCode).toBe('78701');
    const p = resolveUsAddress('90210');
    expect(p?.region).toBe('us-ca');
    expect(p?.lat).toBeCloseTo(34.09, 1);
    expect(p?.lon).toBeCloseTo(-118.41, 1);
  });

  it('places "City, ST" at the mean of the city\'s ZIP codes, whatever the case', () => {
    const dallas = resolveUsAddress('dallas, tx');
    expect(dallas).toMatchObject({ city: 'Dallas', region: 'us-tx', postalCode: null });
    expect(dallas?.lat).toBeGreaterThan(32.6);
    expect(dallas?.lat).toBeLessThan(33.1);
    expect(resolveUsAddress('123 Main St, Springfield, IL')?.region).toBe('us-il');
  });

  it('places nothing it does not know', () => {
    expect(resolveUsAddress('00000')).toBeUndefined();
    expect(resolveUsAddress('Gotham City, ZZ')).toBeUndefined();
    expect(resolveUsAddress('somewhere nice')).toBeUndefined();
  });
});
