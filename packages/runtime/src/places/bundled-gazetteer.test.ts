import { describe, expect, it } from 'vitest';
import { bundledGazetteer, resolveAddress } from './bundled-gazetteer.js';
import { countryNamed, resolveWorldAddress } from './world-cities-gazetteer.js';

describe('the bundled gazetteer: US addresses by ZIP code, the rest of the world by "City, Country"', () => {
  it('places a US address by its ZIP code or "City, ST", as before', () => {
    expect(resolveAddress('6565 Fannin St, Houston, TX 77030')).toMatchObject({ city: 'Houston', region: 'us-tx', postalCode: '77030', country: 'US' });
    expect(resolveAddress('Austin, TX')).toMatchObject({ city: 'Austin', region: 'us-tx', country: 'US' });
  });

  it('places a city abroad by the country its address ends with, in the province or nation where that licenses', () => {
    expect(resolveAddress('Oxford Rd, Manchester M13 9WL, United Kingdom')).toMatchObject({ city: 'Manchester', region: 'gb-eng', country: 'GB', postalCode: null });
    expect(resolveAddress('Glasgow, Scotland')).toMatchObject({ city: 'Glasgow', region: 'gb-sct', country: 'GB' });
    expect(resolveAddress('Toronto, ON, Canada')).toMatchObject({ city: 'Toronto', region: 'ca-on', country: 'CA' });
    expect(resolveAddress('Sydney, Australia')).toMatchObject({ city: 'Sydney', region: 'au-nsw', country: 'AU' });
    expect(resolveAddress('Dublin, Ireland')).toMatchObject({ city: 'Dublin', region: 'ie', country: 'IE' });
    const manila = resolveAddress('Manila, Philippines');
    expect(manila).toMatchObject({ city: 'Manila', region: 'ph', country: 'PH' });
    expect(manila?.lat).toBeCloseTo(14.6, 1);
    expect(manila?.lon).toBeCloseTo(121.0, 1);
  });

  it('never reads a five-digit postcode abroad as a US ZIP code', () => {
    expect(resolveAddress('Invalidenstr. 1, 10115 Berlin, Germany')).toMatchObject({ city: 'Berlin', country: 'DE' });
  });

  it('of two cities of one name in one country, takes the larger; a city the country does not have is not placed', () => {
    expect(resolveWorldAddress('Sydney, Canada')).toMatchObject({ city: 'Sydney', region: 'ca-ns' });
    expect(resolveAddress('Atlantis, United Kingdom')).toBeUndefined();
    expect(resolveAddress('Atlantis, ZZ')).toBeUndefined();
    expect(resolveAddress('Nowhere')).toBeUndefined();
  });

  it('knows countries by their English names and common aliases, not by two-letter codes that are also US states', () => {
    expect(countryNamed('united kingdom')).toBe('GB');
    expect(countryNamed('UK')).toBe('GB');
    expect(countryNamed('Philippines')).toBe('PH');
    expect(countryNamed('TX')).toBeUndefined();
    expect(countryNamed('CA')).toBeUndefined();
    expect(bundledGazetteer.source).toContain('GeoNames');
  });
});
