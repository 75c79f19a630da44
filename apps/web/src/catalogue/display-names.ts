import type { Catalogue, CatalogueJurisdiction } from '@modality/contracts';

/**
 * Codes in words, read from the API's catalogue (`GET /api/v1/catalogue`) — the one place the web turns
 * a credential, issuer or jurisdiction code into a name. A code the catalogue does not know (or any code
 * while the catalogue loads) is shown as itself, never guessed.
 */
export interface DisplayNames {
  /** `ARRT Radiography`; with `abbreviation`, `ARRT Radiography — R.T.(R)` where the body defines letters. */
  readonly credential: (code: string, options?: { readonly abbreviation?: boolean }) => string;
  /** `R.T.(R)`, or `undefined` where the body defines none. */
  readonly abbreviation: (code: string) => string | undefined;
  /** `Texas` for `us-tx`. */
  readonly jurisdiction: (code: string) => string;
  /** The jurisdictions for a choice, grouped: US states, countries, Canadian provinces and territories. */
  readonly jurisdictionGroups: readonly JurisdictionGroup[];
  /** Credentials a person can hold (not examinations), for an "activity for" choice. */
  readonly holdableCredentials: readonly { readonly code: string; readonly name: string }[];
}

export interface JurisdictionGroup {
  readonly label: string;
  readonly items: readonly CatalogueJurisdiction[];
}

const GROUPS: readonly { kind: CatalogueJurisdiction['kind']; label: string }[] = [
  { kind: 'us-state', label: 'United States' },
  { kind: 'country', label: 'Countries' },
  { kind: 'ca-province', label: 'Canada' },
];

/**
 * The display names of a catalogue (`undefined`: not loaded yet, so every code stands for itself).
 *
 * @example
 * displayNames(catalogue).credential('arrt:R', { abbreviation: true }) // 'ARRT Radiography — R.T.(R)'
 * displayNames(undefined).credential('arrt:R') // 'arrt:R'
 */
export function displayNames(
  catalogue: Pick<Catalogue, 'credentials' | 'jurisdictions'> | undefined,
): DisplayNames {
  const credentials = new Map((catalogue?.credentials ?? []).map((c) => [c.code, c]));
  const jurisdictions = new Map((catalogue?.jurisdictions ?? []).map((j) => [j.code, j]));
  return {
    credential: (code, options) => {
      const entry = credentials.get(code);
      if (entry === undefined) return code;
      return options?.abbreviation === true && entry.abbreviation !== null
        ? `${entry.name} — ${entry.abbreviation}`
        : entry.name;
    },
    abbreviation: (code) => credentials.get(code)?.abbreviation ?? undefined,
    jurisdiction: (code) => jurisdictions.get(code)?.name ?? code,
    jurisdictionGroups: GROUPS.map((g) => ({
      label: g.label,
      items: [...jurisdictions.values()].filter((j) => j.kind === g.kind),
    })).filter((g) => g.items.length > 0),
    holdableCredentials: [...credentials.values()]
      .filter((c) => c.holdable)
      .map((c) => ({ code: c.code, name: c.name })),
  };
}
