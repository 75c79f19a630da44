import { lazy, Suspense, type ReactNode } from 'react';
import type { SourcedFact, SourcedText } from '@modality/contracts';
import { confidenceLabel, factView, NOT_CONFIRMED } from './career-view';

/** A source as a link that names its host (the full address is printed beside it). */
export function SourceLink({ url, children }: { url: string; children?: ReactNode }) {
  let host = url;
  try {
    host = new URL(url).host;
  } catch {
    // not a URL: show it as it is
  }
  return (
    <a href={url} target="_blank" rel="noreferrer" className="break-all">
      {children ?? host}
      {children === url ? null : <span className="print-only"> ({url})</span>}
    </a>
  );
}

/**
 * One fact: the number, "secondary source" when it rests on one, the vintage and the source — or
 * "not confirmed" with the warning, never a number.
 */
export function Fact({ fact }: { fact: SourcedFact }) {
  const view = factView(fact);
  if (!view.confirmed) {
    return (
      <span>
        <strong className="text-amber-800">{NOT_CONFIRMED}</strong>
        <span className="block text-sm text-slate-700">⚠ {view.note}</span>
      </span>
    );
  }
  return (
    <span>
      <strong data-testid="figure">{view.text}</strong>
      {view.label === null || !view.caution ? null : (
        <span className="ml-2 rounded bg-amber-100 px-1.5 py-0.5 text-xs font-semibold text-amber-900">
          {view.label}
        </span>
      )}
      <span className="block text-sm text-slate-700">
        {view.vintage}
        {view.label === null || view.caution ? '' : ` · ${view.label}`} · source:{' '}
        {view.sourceUrl === null ? 'none' : <SourceLink url={view.sourceUrl} />}
      </span>
      {view.note === null ? null : <span className="block text-xs text-slate-600">{view.note}</span>}
    </span>
  );
}

/** A sourced sentence (the work, entry education): the text, its vintage, its label and its source. */
export function SourcedTextView({ text }: { text: SourcedText }) {
  const label = confidenceLabel(text.confidence, text.sourceUrl);
  return (
    <p className="mt-1">
      {text.text}
      <span className="block text-sm text-slate-700">
        {text.vintage}
        {label === null ? '' : ` · ${label}`} · source: <SourceLink url={text.sourceUrl} />
      </span>
    </p>
  );
}

/** Recharts is loaded with the first chart, not with the app. */
const BarChartView = lazy(() => import('./BarChartView'));

export interface ChartSeries {
  readonly key: string;
  readonly name: string;
  readonly color: string;
}

/**
 * A bar chart with its numbers: the chart is a picture for sighted readers (hidden from assistive
 * technology); the caption and the table beside it carry every number, and "not confirmed" for the rest.
 */
export function FigureChart({
  caption,
  rows,
  series,
  label,
  format,
}: {
  caption: string;
  rows: readonly Record<string, string | number | null>[];
  series: readonly ChartSeries[];
  /** The key of the category (row) name. */
  label: string;
  format: (value: number, key: string) => string;
}) {
  return (
    <figure className="mt-3">
      <div aria-hidden="true" className="no-print h-64 w-full">
        <Suspense fallback={null}>
          <BarChartView rows={rows} series={series} label={label} />
        </Suspense>
      </div>
      <figcaption className="text-sm text-slate-700">{caption}</figcaption>
      {/* A table ignores a 1 px width (it grows to its content), so the box around it hides it. */}
      <div className="sr-only">
        <table>
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{label}</th>
              {series.map((s) => (
                <th scope="col" key={s.key}>
                  {s.name}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <tr key={i}>
                <th scope="row">{String(row[label] ?? '')}</th>
                {series.map((s) => {
                  const v = row[s.key];
                  return <td key={s.key}>{typeof v === 'number' ? format(v, s.key) : NOT_CONFIRMED}</td>;
                })}
              </tr>
            ))}
          </tbody>
        </table>
      </div>
    </figure>
  );
}
