import { useDisplayNames } from '../../catalogue/use-display-names';
import { shortSource } from './verdict-view';

/** A credential's name as a heading, its letters after it in lighter type. */
export function CredentialHeading({ id, code, level }: { id: string; code: string; level: 'h3' }) {
  const Tag = level;
  const names = useDisplayNames();
  const abbreviation = names.abbreviation(code);
  return (
    <Tag id={id} className="text-lg font-semibold">
      {names.credential(code)}
      {abbreviation === undefined ? null : (
        <span className="font-normal text-slate-700"> — {abbreviation}</span>
      )}
    </Tag>
  );
}

/** Rule-engine warnings, prominent: a verdict resting on a rule below "official" says so here. */
export function Warnings({ warnings }: { warnings: readonly string[] }) {
  if (warnings.length === 0) return null;
  return (
    <div
      className="warning-box mt-3 rounded-md border-2 border-amber-700 bg-amber-50 p-3 text-amber-950"
      data-testid="warnings"
    >
      <p className="font-semibold">
        <span aria-hidden="true">⚠ </span>
        {warnings.length === 1
          ? 'Check this before relying on it'
          : `Check these ${warnings.length} points before relying on them`}
      </p>
      <ul className="mt-1 list-disc pl-6">
        {warnings.map((w) => (
          <li key={w}>{w}</li>
        ))}
      </ul>
    </div>
  );
}

/** The sources of a card: short addresses on screen, the full ones in print. */
export function Sources({ sources, headingLevel }: { sources: readonly string[]; headingLevel: 'h4' }) {
  const Tag = headingLevel;
  return (
    <div className="mt-3">
      <Tag className="font-semibold">Sources</Tag>
      {sources.length === 0 ? (
        <p className="text-sm text-slate-700">No source given.</p>
      ) : (
        <ul className="sources mt-1 list-disc pl-6 text-sm" aria-label="Sources">
          {sources.map((url) => (
            <li key={url}>
              <a
                href={url}
                rel="noreferrer"
                target="_blank"
                className="no-print inline-block min-h-6 py-0.5 break-all"
              >
                {shortSource(url)}
                <span className="sr-only"> (opens in a new tab)</span>
              </a>
              <span className="print-only break-all">{url}</span>
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
