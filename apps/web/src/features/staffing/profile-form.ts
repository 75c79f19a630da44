import type { PayUnit, WorkShift } from '@modality/domain';
import type { Profile, ProfileChange } from '../../api/staffing-queries';

/** One place the candidate would work, as typed: the place and how far around it (km, as text). */
export interface PlaceDraft {
  readonly near: string;
  readonly radiusKm: string;
}

/** The profile form's state: what the candidate typed, before it becomes a `PUT /api/v1/me/profile` body. */
export interface ProfileDraft {
  readonly enabled: boolean;
  readonly visibility: Profile['visibility'];
  readonly places: readonly PlaceDraft[];
  readonly relocate: boolean;
  readonly travel: boolean;
  readonly shifts: readonly WorkShift[];
  /** The lowest pay they would take, as typed; empty for none. */
  readonly payAmount: string;
  readonly payUnit: PayUnit;
  /** YYYY-MM-DD, or empty for "any time". */
  readonly startDate: string;
  /** ISO 3166-1 alpha-2 codes of the countries where they may work without a sponsor. */
  readonly workAuthorisation: readonly string[];
}

/** The most places a profile holds (as the API allows). */
export const MAX_PLACES = 10;

/** The form's starting state from the stored profile. */
export function draftOfProfile(profile: Profile): ProfileDraft {
  const p = profile.preferences;
  return {
    enabled: profile.enabled,
    visibility: profile.visibility,
    places: p.places.map((place) => ({ near: place.label, radiusKm: String(place.radiusKm) })),
    relocate: p.relocate,
    travel: p.travel,
    shifts: [...p.shifts],
    payAmount: p.payFloor === null ? '' : String(p.payFloor.amount),
    payUnit: p.payFloor?.unit ?? 'hour',
    startDate: p.startDate ?? '',
    workAuthorisation: [...p.workAuthorisation],
  };
}

/**
 * The body the form sends. Every preference is sent, so what the form shows is what is stored; a place
 * left empty is dropped, an empty pay means no floor. Numbers typed as text go as numbers (`Number`), so a
 * value the server refuses comes back at its field quoting what was sent.
 *
 * @example
 * bodyOfProfile({ ...draft, payAmount: '' }).preferences?.payFloor // null
 */
export function bodyOfProfile(d: ProfileDraft): ProfileChange {
  const places = d.places
    .filter((p) => p.near.trim() !== '')
    .map((p) => ({ near: p.near.trim(), radiusKm: p.radiusKm.trim() === '' ? 50 : Number(p.radiusKm) }));
  return {
    enabled: d.enabled,
    visibility: d.visibility,
    preferences: {
      places,
      relocate: d.relocate,
      travel: d.travel,
      shifts: [...d.shifts],
      payFloor: d.payAmount.trim() === '' ? null : { amount: Number(d.payAmount), unit: d.payUnit },
      startDate: d.startDate === '' ? null : d.startDate,
      workAuthorisation: [...d.workAuthorisation],
    },
  };
}

/**
 * The index in the form's place list of the place at position `sent` of the body: empty rows are not
 * sent, so a refusal of `preferences.places[1]` may be about the third row.
 */
export function placeRowOf(d: ProfileDraft, sent: number): number | undefined {
  let seen = -1;
  for (const [i, p] of d.places.entries()) {
    if (p.near.trim() === '') continue;
    seen += 1;
    if (seen === sent) return i;
  }
  return undefined;
}
