import { describe, expect, it } from 'vitest';
import { countryWords, placeWords } from './place-words.js';

describe('placeWords', () => {
  it('writes a US place with its state, a Canadian or Australian one with its province or state and country, others with the country', () => {
    expect(placeWords({ city: 'Houston', region: 'us-tx', country: 'US' })).toBe('Houston, TX');
    expect(placeWords({ city: 'Toronto', region: 'ca-on', country: 'CA' })).toBe('Toronto, ON, Canada');
    expect(placeWords({ city: 'Sydney', region: 'au-nsw', country: 'AU' })).toBe('Sydney, NSW, Australia');
    expect(placeWords({ city: 'Manchester', region: 'gb-eng', country: 'GB' })).toBe('Manchester, United Kingdom');
    expect(placeWords({ city: 'Manila', region: 'ph', country: 'PH' })).toBe('Manila, Philippines');
    expect(placeWords({ city: 'Dublin', region: 'ie', country: 'IE' })).toBe('Dublin, Ireland');
  });
  it('names countries in English', () => {
    expect(countryWords('GB')).toBe('United Kingdom');
    expect(countryWords('ng')).toBe('Nigeria');
  });
});
