import type { Confidence } from '../rule-packs/rule.js';

/** One country on a recruitment list, with how sure we are that it is there. */
export interface ListedCountry {
  /** ISO 3166-1 alpha-2. */
  readonly country: string;
  readonly name: string;
  readonly confidence: Confidence;
  /** Said to people when the listing is not read straight from the list's own text. */
  readonly note?: string;
}

/** A versioned, sourced list of countries whose health workers must not be actively recruited. */
export interface RecruitmentList {
  readonly id: 'who-ssl-2023' | 'uk-code-red' | 'uk-code-amber';
  /** The rule as people read it in a refusal. */
  readonly name: string;
  readonly version: string;
  readonly effectiveFrom: string;
  readonly sourceUrl: string;
  /** Destinations the list governs: `*` for every country (the WHO Code is global), else ISO codes. */
  readonly appliesTo: readonly string[];
  readonly countries: readonly ListedCountry[];
}

const NHS_EMPLOYERS_LIST = 'http://www.nhsemployers.org/your-workforce/recruit/employer-led-recruitment/international-recruitment/uk-code-of-practice-for-international-recruitment/list-of-developing-countries';
const UK_CODE = 'https://www.gov.uk/government/publications/code-of-practice-for-the-international-recruitment-of-health-and-social-care-personnel/code-of-practice-for-the-international-recruitment-of-health-and-social-care-personnel-in-england';
const NEPAL_MOU = 'https://www.gov.uk/government/publications/memorandum-of-understanding-between-the-uk-and-nepal-on-the-recruitment-of-healthcare-workers';

/**
 * The 54 countries of the UK red list (NHS Employers, 23 March 2023, "based upon the WHO SSL 2023"). With
 * Nepal, which the UK places on its amber list, they are the WHO's 55.
 */
const RED: ReadonlyArray<readonly [string, string]> = [
  ['AF', 'Afghanistan'], ['AO', 'Angola'], ['BD', 'Bangladesh'], ['BJ', 'Benin'], ['BF', 'Burkina Faso'], ['BI', 'Burundi'], ['CM', 'Cameroon'],
  ['CF', 'Central African Republic'], ['TD', 'Chad'], ['KM', 'Comoros'], ['CG', 'Congo'], ['CD', 'Congo (Democratic Republic)'], ['CI', "Côte d'Ivoire"],
  ['DJ', 'Djibouti'], ['GQ', 'Equatorial Guinea'], ['ER', 'Eritrea'], ['ET', 'Ethiopia'], ['GA', 'Gabon'], ['GM', 'Gambia'], ['GH', 'Ghana'], ['GN', 'Guinea'],
  ['GW', 'Guinea-Bissau'], ['HT', 'Haiti'], ['KI', 'Kiribati'], ['LA', 'Laos'], ['LS', 'Lesotho'], ['LR', 'Liberia'], ['MG', 'Madagascar'], ['MW', 'Malawi'],
  ['ML', 'Mali'], ['MR', 'Mauritania'], ['FM', 'Micronesia (Federated States of)'], ['MZ', 'Mozambique'], ['NE', 'Niger'], ['NG', 'Nigeria'], ['PK', 'Pakistan'],
  ['PG', 'Papua New Guinea'], ['RW', 'Rwanda'], ['WS', 'Samoa'], ['SN', 'Senegal'], ['SL', 'Sierra Leone'], ['SB', 'Solomon Islands'], ['SO', 'Somalia'],
  ['SS', 'South Sudan'], ['SD', 'Sudan'], ['TL', 'Timor-Leste'], ['TG', 'Togo'], ['TV', 'Tuvalu'], ['TZ', 'Tanzania'], ['UG', 'Uganda'], ['VU', 'Vanuatu'],
  ['YE', 'Yemen'], ['ZM', 'Zambia'], ['ZW', 'Zimbabwe'],
];

const NEPAL_NOTE =
  "Nepal's place on the 2023 list is not read from the list itself: the UK's agreement with Nepal cites the 2020 list, and the 2023 list's three South-East Asian countries are taken to be Bangladesh, Nepal and Timor-Leste.";

/** WHO Health Workforce Support and Safeguards List 2023: 55 countries; the WHO Code of Practice is global and voluntary. */
export const WHO_SSL_2023: RecruitmentList = {
  id: 'who-ssl-2023',
  name: 'WHO Health Workforce Support and Safeguards List 2023',
  version: '2023',
  effectiveFrom: '2023-03-09',
  sourceUrl: 'https://polity.org.za/article/who-health-workforce-support-and-safeguards-list-2023-03-09',
  appliesTo: ['*'],
  countries: [
    ...RED.map(([country, name]) => ({ country, name, confidence: 'official-copy' as const })),
    { country: 'NP', name: 'Nepal', confidence: 'secondary', note: NEPAL_NOTE },
  ],
};

/** UK Code of Practice (England), red list: no active recruitment. */
export const UK_RED_LIST: RecruitmentList = {
  id: 'uk-code-red',
  name: 'UK Code of Practice for international recruitment: red list',
  version: '23 March 2023',
  effectiveFrom: '2023-03-23',
  sourceUrl: NHS_EMPLOYERS_LIST,
  appliesTo: ['GB'],
  countries: RED.map(([country, name]) => ({ country, name, confidence: 'official' as const })),
};

/** UK Code of Practice (England), amber list: recruitment only on the terms of a government-to-government agreement. */
export const UK_AMBER_LIST: RecruitmentList = {
  id: 'uk-code-amber',
  name: 'UK Code of Practice for international recruitment: amber list (only on the terms of a government agreement)',
  version: '27 March 2025',
  effectiveFrom: '2021-11-11',
  sourceUrl: UK_CODE,
  appliesTo: ['GB'],
  countries: [
    { country: 'KE', name: 'Kenya', confidence: 'official', note: 'On the amber list since 11 November 2021; not on the WHO list.' },
    { country: 'NP', name: 'Nepal', confidence: 'official', note: `Agreement of 22 August 2022 (${NEPAL_MOU}): a pilot limited to one NHS trust.` },
  ],
};

/** Every recruitment list, the global one first. */
export const RECRUITMENT_LISTS: readonly RecruitmentList[] = [WHO_SSL_2023, UK_RED_LIST, UK_AMBER_LIST];

/**
 * The lists that stop active recruitment of a resident of `residence` for a job in `destination`
 * (both ISO 3166-1 alpha-2); empty when nothing stops it.
 *
 * @example
 * restrictingLists('NG', 'US').map((l) => l.id) // ['who-ssl-2023']
 * restrictingLists('KE', 'GB').map((l) => l.id) // ['uk-code-amber']
 */
export function restrictingLists(residence: string, destination: string): RecruitmentList[] {
  return RECRUITMENT_LISTS.filter((l) => (l.appliesTo.includes('*') || l.appliesTo.includes(destination)) && l.countries.some((c) => c.country === residence));
}
