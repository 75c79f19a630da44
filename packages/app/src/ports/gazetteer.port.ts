/** A place an address was resolved to: city-level names and the coordinates of its ZIP code or city. */
export interface ResolvedPlace {
  readonly city: string;
  /** ISO 3166-2 in lower case, e.g. `us-tx`. */
  readonly region: string;
  readonly postalCode: string | null;
  /** ISO 3166-1 alpha-2, e.g. `US`. */
  readonly country: string;
  readonly lat: number;
  readonly lon: number;
}

/**
 * Addresses to coordinates from bundled data (no network): a US address by its five-digit ZIP code, else by
 * "City, ST"; elsewhere by "City, Country" at city level.
 */
export interface Gazetteer {
  /** Where the data comes from, for the docs and the API. */
  readonly source: string;
  resolve(address: string): ResolvedPlace | undefined;
}
