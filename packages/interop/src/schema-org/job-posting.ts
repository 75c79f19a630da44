import { countryWords, type EmploymentType, type PayUnit } from '@modality/domain';

/** What a schema.org JobPosting is made from: a posting in plain values (no storage shapes). */
export interface JobPostingSource {
  /** The posting's page, absolute. */
  readonly url: string;
  /** The organisation's own reference, else the posting's id: the JobPosting's `identifier`. */
  readonly identifier: string;
  readonly title: string;
  readonly description: string;
  /** Instant the posting was first opened. */
  readonly datePosted: string;
  /** Last day, `YYYY-MM-DD`. */
  readonly validThrough: string;
  readonly organisationName: string;
  readonly employmentType: EmploymentType;
  readonly place: {
    readonly streetAddress: string | null;
    readonly city: string;
    /** Region code as `us-tx`: `addressRegion` gets the part after the country. */
    readonly region: string;
    readonly postalCode: string | null;
    readonly country: string;
    readonly lat: number;
    readonly lon: number;
  };
  readonly pay: { readonly min: number; readonly max: number; readonly unit: PayUnit; readonly currency: string };
  /** Whether the employer sponsors a work visa (said as `eligibilityToWorkRequirement`). */
  readonly sponsorship: boolean;
  readonly minYears: number;
  /** The credentials asked for, by name, for `qualifications`. */
  readonly qualifications: readonly string[];
  /** The SOC code of the role, when it has one. */
  readonly occupationalCategory: string | null;
  /** Candidates apply on the page itself (no third-party hop). */
  readonly directApply: boolean;
}

const EMPLOYMENT: Readonly<Record<EmploymentType, readonly string[]>> = {
  'full-time': ['FULL_TIME'],
  'part-time': ['PART_TIME'],
  'per-diem': ['PER_DIEM'],
  'travel-contract': ['CONTRACTOR', 'TEMPORARY'],
};

const UNIT: Readonly<Record<PayUnit, string>> = { hour: 'HOUR', week: 'WEEK', month: 'MONTH', year: 'YEAR' };

/** Country names for the visa sentence (the countries postings can be placed in). */
const COUNTRY_NAME: Readonly<Record<string, string>> = { US: 'the United States', GB: 'the United Kingdom', PH: 'the Philippines', NL: 'the Netherlands', AE: 'the United Arab Emirates' };

/**
 * The schema.org `JobPosting` of a posting, with the properties search engines require and recommend:
 * title, description, datePosted, validThrough, hiringOrganization, jobLocation, employmentType,
 * baseSalary, identifier and directApply. Whether a visa is sponsored is said in
 * `eligibilityToWorkRequirement`; `applicantLocationRequirements` is never used, since it is meant for
 * remote jobs and would read as "only residents of …".
 *
 * @example
 * jobPostingJsonLd(source)['@type'] // 'JobPosting'
 */
export function jobPostingJsonLd(s: JobPostingSource): Record<string, unknown> {
  const types = EMPLOYMENT[s.employmentType];
  // A region below the country (us-tx, ca-on, gb-eng) is `addressRegion`; a country-wide one (ie) is none.
  const region = s.place.region.includes('-') ? s.place.region.slice(s.place.region.indexOf('-') + 1).toUpperCase() : null;
  const country = COUNTRY_NAME[s.place.country] ?? countryWords(s.place.country);
  return {
    '@context': 'https://schema.org/',
    '@type': 'JobPosting',
    title: s.title,
    description: s.description
      .split(/\n{2,}/)
      .map((p) => `<p>${escapeHtml(p.trim())}</p>`)
      .join(''),
    identifier: { '@type': 'PropertyValue', name: s.organisationName, value: s.identifier },
    datePosted: s.datePosted.slice(0, 10),
    validThrough: `${s.validThrough}T23:59:59Z`,
    employmentType: types.length === 1 ? types[0] : [...types],
    hiringOrganization: { '@type': 'Organization', name: s.organisationName },
    jobLocation: {
      '@type': 'Place',
      address: {
        '@type': 'PostalAddress',
        ...(s.place.streetAddress === null ? {} : { streetAddress: s.place.streetAddress }),
        addressLocality: s.place.city,
        ...(region === null ? {} : { addressRegion: region }),
        ...(s.place.postalCode === null ? {} : { postalCode: s.place.postalCode }),
        addressCountry: s.place.country,
      },
      geo: { '@type': 'GeoCoordinates', latitude: s.place.lat, longitude: s.place.lon },
    },
    baseSalary: {
      '@type': 'MonetaryAmount',
      currency: s.pay.currency,
      value: { '@type': 'QuantitativeValue', minValue: s.pay.min, maxValue: s.pay.max, unitText: UNIT[s.pay.unit] },
    },
    directApply: s.directApply,
    eligibilityToWorkRequirement: s.sponsorship
      ? `The employer sponsors a work visa for ${country}.`
      : `You must already be allowed to work in ${country}: the employer does not sponsor a work visa.`,
    ...(s.minYears > 0 ? { experienceRequirements: { '@type': 'OccupationalExperienceRequirements', monthsOfExperience: s.minYears * 12 } } : {}),
    ...(s.qualifications.length > 0 ? { qualifications: s.qualifications.join('; ') } : {}),
    ...(s.occupationalCategory === null ? {} : { occupationalCategory: s.occupationalCategory }),
    url: s.url,
  };
}

/** Escapes text for HTML element content and attribute values. */
export function escapeHtml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&#39;');
}
