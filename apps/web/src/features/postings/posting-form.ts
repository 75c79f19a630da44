import type { NewPosting, Posting } from '../../api/staffing-queries';

/** A posting as the form holds it: text for every field, so that any value typed can be sent and judged by the server. */
export interface PostingDraft {
  title: string;
  description: string;
  role: string;
  modality: string;
  employmentType: string;
  allOf: string[];
  /** The "at least one of" groups: a candidate needs one credential from each. An empty group is not sent. */
  anyOf: string[][];
  licenceJurisdictions: string[];
  minYears: string;
  shifts: string[];
  startFrom: string;
  startTo: string;
  sponsorship: boolean;
  experience: string;
  distance: string;
  pay: string;
  procedures: string;
  language: string;
  address: string;
  radiusKm: string;
  payMin: string;
  payMax: string;
  payUnit: string;
  currency: string;
  validThrough: string;
}

export const EMPTY_POSTING: PostingDraft = {
  title: '',
  description: '',
  role: '',
  modality: '',
  employmentType: 'full-time',
  allOf: [],
  anyOf: [],
  licenceJurisdictions: [],
  minYears: '0',
  shifts: [],
  startFrom: '',
  startTo: '',
  sponsorship: false,
  experience: '3',
  distance: '2',
  pay: '2',
  procedures: '1',
  language: '0',
  address: '',
  radiusKm: '50',
  payMin: '',
  payMax: '',
  payUnit: 'hour',
  currency: 'USD',
  validThrough: '',
};

/** The form's fields filled from a stored posting. */
export function draftOf(p: Posting): PostingDraft {
  return {
    title: p.title,
    description: p.description,
    role: p.role,
    modality: p.modality,
    employmentType: p.employmentType,
    allOf: [...p.requirements.credentials.allOf],
    anyOf: p.requirements.credentials.anyOf.map((g) => [...g]),
    licenceJurisdictions: [...p.requirements.licenceJurisdictions],
    minYears: String(p.requirements.minYears),
    shifts: [...p.requirements.shifts],
    startFrom: p.requirements.startWindow.from,
    startTo: p.requirements.startWindow.to,
    sponsorship: p.requirements.sponsorship,
    experience: String(p.preferences.experience),
    distance: String(p.preferences.distance),
    pay: String(p.preferences.pay),
    procedures: String(p.preferences.procedures),
    language: String(p.preferences.language),
    address: p.place.address,
    radiusKm: String(p.place.radiusKm),
    payMin: String(p.pay.min),
    payMax: String(p.pay.max),
    payUnit: p.pay.unit,
    currency: p.pay.currency,
    validThrough: p.validThrough,
  };
}

/** A number typed, or the text itself when it is not one (the server refuses it, quoting it). */
const num = (text: string): number | string => (text.trim() !== '' && Number.isFinite(Number(text)) ? Number(text) : text);

/**
 * Where each group of the form is in the body sent: its index among the groups with something chosen, or
 * null for an empty group (not sent). The server's errors name the sent index; the form shows them under
 * the group they are about.
 */
export function sentGroupIndexes(groups: readonly (readonly string[])[]): Array<number | null> {
  let n = 0;
  return groups.map((g) => (g.length === 0 ? null : n++));
}

/** The body the API takes, from the form (every field; the server checks them all and names the bad ones). */
export function bodyOf(d: PostingDraft): Omit<NewPosting, 'status' | 'organisationId'> {
  const anyOf = d.anyOf.filter((g) => g.length > 0);
  // The server judges every value; the casts only let a typed value through as it was typed.
  return {
    title: d.title,
    description: d.description,
    role: d.role as NewPosting['role'],
    modality: d.modality as NewPosting['modality'],
    employmentType: d.employmentType as NewPosting['employmentType'],
    requirements: {
      credentials: { allOf: d.allOf, anyOf },
      licenceJurisdictions: d.licenceJurisdictions,
      minYears: num(d.minYears) as number,
      shifts: d.shifts as NonNullable<NewPosting['requirements']['shifts']>,
      startWindow: { from: d.startFrom, to: d.startTo },
      sponsorship: d.sponsorship,
    },
    preferences: {
      experience: num(d.experience) as number,
      distance: num(d.distance) as number,
      pay: num(d.pay) as number,
      procedures: num(d.procedures) as number,
      language: num(d.language) as number,
    },
    place: { address: d.address, radiusKm: num(d.radiusKm) as number },
    pay: { min: num(d.payMin) as number, max: num(d.payMax) as number, unit: d.payUnit as NewPosting['pay']['unit'], currency: d.currency },
    validThrough: d.validThrough,
  };
}
