import { fig, unconfirmed, type SourcedFact } from './fact.js';

/**
 * US outlook and pay per occupation, from the Bureau of Labor Statistics' own tables: employment, change,
 * openings and typical entry education from Employment Projections 2024–34 (Table 1.2), pay from the
 * Occupational Employment and Wage Statistics (OEWS) national estimates for May 2025 — one wage vintage for
 * every occupation. The figures were taken from copies of the two BLS data files, so they are labelled
 * `official-copy`; BLS rounds employment and openings to hundreds (the table is in thousands).
 */
export interface UsOutlook {
  /** The occupation the figures describe (a role may share its occupation's figures). */
  readonly soc: string;
  readonly occupation: string;
  readonly employment: SourcedFact;
  readonly projectedChangePct: SourcedFact;
  readonly numericChange: SourcedFact;
  readonly annualOpenings: SourcedFact;
  readonly medianAnnualWage: SourcedFact;
  readonly medianHourlyWage: SourcedFact;
  readonly p10AnnualWage: SourcedFact;
  readonly p90AnnualWage: SourcedFact;
  readonly typicalEntryEducation: SourcedFact | { readonly text: string; readonly vintage: string; readonly sourceUrl: string; readonly confidence: 'official' | 'official-copy' | 'secondary' };
}

/** BLS Employment Projections, Table 1.2 (occupational projections and worker characteristics). */
const EP_TABLE = 'https://www.bls.gov/emp/tables/occupational-projections-and-characteristics.htm';
/** BLS Occupational Employment and Wage Statistics. */
const OEWS = 'https://www.bls.gov/oes/';
const EP = 'EP 2024–34';
const OEWS_MAY_2025 = 'OEWS May 2025, national';

/** One occupation's row of the two BLS tables (employment and openings in thousands, as published). */
function blsOutlook(
  soc: string,
  occupation: string,
  ep: { readonly employment2024k: number; readonly changeK: number; readonly changePct: number; readonly openingsK: number; readonly entryEducation: string },
  oews: { readonly median: number; readonly hourly: number; readonly p10: number; readonly p90: number },
): UsOutlook {
  // Thousands to jobs without binary fractions (64.7 × 1000 is 64700.00000000001).
  const jobs = (thousands: number) => Math.round(thousands * 1000);
  return {
    soc,
    occupation,
    employment: fig(jobs(ep.employment2024k), 'jobs', `2024 (${EP})`, EP_TABLE, 'official-copy'),
    projectedChangePct: fig(ep.changePct, 'pct', EP, EP_TABLE, 'official-copy'),
    numericChange: fig(jobs(ep.changeK), 'jobs', EP, EP_TABLE, 'official-copy'),
    annualOpenings: fig(jobs(ep.openingsK), 'openings/year', `${EP}, yearly average`, EP_TABLE, 'official-copy'),
    medianAnnualWage: fig(oews.median, 'USD', OEWS_MAY_2025, OEWS, 'official-copy'),
    medianHourlyWage: fig(oews.hourly, 'USD/hour', OEWS_MAY_2025, OEWS, 'official-copy'),
    p10AnnualWage: fig(oews.p10, 'USD', OEWS_MAY_2025, OEWS, 'official-copy'),
    p90AnnualWage: fig(oews.p90, 'USD', OEWS_MAY_2025, OEWS, 'official-copy'),
    typicalEntryEducation: { text: ep.entryEducation, vintage: EP, sourceUrl: EP_TABLE, confidence: 'official-copy' },
  };
}

/** Outlook by SOC code. */
export const US_OUTLOOK: Readonly<Record<string, UsOutlook>> = {
  '29-2034': blsOutlook('29-2034', 'Radiologic Technologists and Technicians', { employment2024k: 228, changeK: 9.8, changePct: 4.3, openingsK: 12.9, entryEducation: "Associate's degree" }, { median: 80110, hourly: 38.52, p10: 55980, p90: 118660 }),
  '29-2035': blsOutlook('29-2035', 'Magnetic Resonance Imaging Technologists', { employment2024k: 44.1, changeK: 3.1, changePct: 7.1, openingsK: 2.6, entryEducation: "Associate's degree" }, { median: 95480, hourly: 45.91, p10: 68890, p90: 127670 }),
  '29-2032': blsOutlook('29-2032', 'Diagnostic Medical Sonographers', { employment2024k: 90, changeK: 11.7, changePct: 13, openingsK: 5.8, entryEducation: "Associate's degree" }, { median: 96590, hourly: 46.44, p10: 67820, p90: 129370 }),
  '29-2031': blsOutlook('29-2031', 'Cardiovascular Technologists and Technicians', { employment2024k: 64.7, changeK: 1.9, changePct: 3, openingsK: 3.8, entryEducation: "Associate's degree" }, { median: 74310, hourly: 35.73, p10: 39000, p90: 121350 }),
  '29-2033': blsOutlook('29-2033', 'Nuclear Medicine Technologists', { employment2024k: 20, changeK: 0.6, changePct: 3, openingsK: 0.9, entryEducation: "Associate's degree" }, { median: 101370, hourly: 48.74, p10: 78080, p90: 134500 }),
  '29-1124': blsOutlook('29-1124', 'Radiation Therapists', { employment2024k: 19.2, changeK: 0.4, changePct: 1.9, openingsK: 0.9, entryEducation: "Associate's degree" }, { median: 105310, hourly: 50.63, p10: 80560, p90: 156710 }),
};

/** Radiologist assistants: no SOC code, so no BLS figures. */
export const RADIOLOGIST_ASSISTANT_PAY = {
  current: unconfirmed('BLS publishes no pay for radiologist assistants (they have no occupation code of their own), and no other survey is cited here'),
} as const;
