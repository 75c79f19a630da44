import { confidenceWords } from '../publishers.js';
import type { Confidence } from '../rule-packs/rule.js';

/**
 * A sourced figure: the number, its unit, what it describes and when (vintage), where it was read and how
 * sure we are. Figures are never computed, interpolated or rounded from the reference notes; a value the
 * notes mark UNCONFIRMED is an {@link UnconfirmedFact} with no number at all.
 */
export interface SourcedFigure {
  readonly value: number;
  readonly unit: FigureUnit;
  /** What the figure describes and when: `OEWS May 2024`, `EP 2024–34`, `2023 survey`, `2022 cost list`. */
  readonly vintage: string;
  readonly sourceUrl: string;
  readonly confidence: Exclude<Confidence, 'unconfirmed'>;
  /** Caveats (vintage unverified, one programme not an average, quoted as "64.7k" …). */
  readonly note?: string;
}

/** A fact the reference notes could not confirm: shown as "not confirmed", never as a number. */
export interface UnconfirmedFact {
  readonly value: null;
  readonly confidence: 'unconfirmed';
  /** One line for people: what is missing and where to get it. */
  readonly warning: string;
}

export type SourcedFact = SourcedFigure | UnconfirmedFact;

export const FIGURE_UNITS = ['USD', 'USD/hour', 'GBP', 'AUD', 'CAD', 'EUR', 'pct', 'persons', 'jobs', 'openings/year', 'months', 'weeks', 'count'] as const;
export type FigureUnit = (typeof FIGURE_UNITS)[number];

/** A sourced text statement (a typical entry education, a licensure sentence …). */
export interface SourcedText {
  readonly text: string;
  readonly vintage: string;
  readonly sourceUrl: string;
  readonly confidence: Confidence;
  readonly note?: string;
}

/** Builds a figure (keeps the data files short). */
export const fig = (
  value: number,
  unit: FigureUnit,
  vintage: string,
  sourceUrl: string,
  confidence: Exclude<Confidence, 'unconfirmed'>,
  note?: string,
): SourcedFigure => ({ value, unit, vintage, sourceUrl, confidence, ...(note === undefined ? {} : { note }) });

/** Builds an unconfirmed fact. */
export const unconfirmed = (warning: string): UnconfirmedFact => ({ value: null, confidence: 'unconfirmed', warning });

/** Builds a sourced statement. */
export const said = (text: string, vintage: string, sourceUrl: string, confidence: Confidence, note?: string): SourcedText => ({
  text,
  vintage,
  sourceUrl,
  confidence,
  ...(note === undefined ? {} : { note }),
});

/**
 * How a fact is labelled for people: secondary figures say so, unconfirmed ones are not numbers.
 *
 * @example
 * factLabel(fig(77660, 'USD', 'OEWS May 2024', 'https://…', 'secondary')) // 'USD 77,660 (OEWS May 2024; secondary source — check before relying on it)'
 * factLabel(unconfirmed('not found')) // 'not confirmed: not found'
 */
export function factLabel(f: SourcedFact): string {
  if (f.value === null) return `not confirmed: ${f.warning}`;
  const tag = confidenceWords(f.confidence, f.sourceUrl);
  const unit = f.unit === 'pct' ? '' : `${f.unit} `;
  const value = `${unit}${f.value.toLocaleString('en-US', { maximumFractionDigits: 2 })}${f.unit === 'pct' ? ' %' : ''}`;
  return `${value} (${f.vintage}; ${tag})`;
}
