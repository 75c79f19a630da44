import { useState } from 'react';
import { describeError } from '../../api/client';
import { myRotationsIcsUrl, useMyPlacement, useRankSites, useSiteRanking, type MyPlacement } from '../../api/placement-queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';

type TermEntry = MyPlacement['terms'][number];

/** The student's ranking of a term's sites: move sites up and down, then save. */
function RankingCard({ entry }: { entry: TermEntry }) {
  const ranking = useSiteRanking(entry.schoolId, entry.term.id);
  const save = useRankSites(entry.schoolId, entry.term.id);
  const [order, setOrder] = useState<string[] | null>(null);
  if (ranking.isPending) return <Loading what="sites" />;
  if (ranking.isError) return <ErrorAlert>{describeError(ranking.error)}</ErrorAlert>;
  const { sites } = ranking.data;
  const saved = ranking.data.ranking;
  const current = order ?? [...saved, ...sites.map((s) => s.id).filter((id) => !saved.includes(id))];
  const move = (i: number, by: -1 | 1) => {
    const next = [...current];
    const [item] = next.splice(i, 1);
    if (item === undefined) return;
    next.splice(i + by, 0, item);
    setOrder(next);
  };
  return (
    <Card className="mt-4">
      <h2 className="text-lg font-semibold">
        Rank the sites for {entry.term.name} ({entry.term.startsOn} to {entry.term.endsOn})
      </h2>
      <p className="text-slate-700">{entry.schoolName}. Your first choice at the top.</p>
      <ol className="mt-2 space-y-2" aria-label={`Your ranking for ${entry.term.name}`}>
        {current.map((id, i) => {
          const site = sites.find((s) => s.id === id);
          if (site === undefined) return null;
          return (
            <li key={id} className="rounded border border-slate-200 p-2" data-testid="ranked-site">
              <p className="font-semibold">
                {i + 1}. {site.name}
              </p>
              <p className="text-sm text-slate-700">
                {[site.address, site.city].filter((x) => x !== null && x !== '').join(', ')}
                {site.modalities.length > 0 ? ` · ${site.modalities.join(', ')}` : ''}
              </p>
              {site.preceptors.length > 0 ? <p className="text-sm">Preceptors: {site.preceptors.map((p) => `${p.name}, ${p.credentials}`).join('; ')}</p> : null}
              <div className="mt-1 flex gap-2">
                <button type="button" className="btn btn-secondary text-sm" disabled={i === 0} onClick={() => move(i, -1)}>
                  Move {site.name} up
                </button>
                <button type="button" className="btn btn-secondary text-sm" disabled={i === current.length - 1} onClick={() => move(i, 1)}>
                  Move {site.name} down
                </button>
              </div>
            </li>
          );
        })}
      </ol>
      <button type="button" className="btn mt-3" disabled={save.isPending} onClick={() => save.mutate(current, { onSuccess: () => setOrder(null) })}>
        Save my ranking
      </button>
      <span aria-live="polite" className="ml-2">
        {save.isSuccess ? 'Your ranking is saved.' : null}
      </span>
      {save.isError ? <ErrorAlert>{describeError(save.error)}</ErrorAlert> : null}
    </Card>
  );
}

/** The student's clinical rotations and their ranking of sites for each term. */
export function MyPlacementPage() {
  const mine = useMyPlacement();
  return (
    <div>
      <PageHeading title="My clinical rotations" />
      {mine.isPending ? (
        <Loading what="your rotations" />
      ) : mine.isError ? (
        <ErrorAlert>{describeError(mine.error)}</ErrorAlert>
      ) : (
        <>
          <Card className="mt-4">
            <h2 className="text-lg font-semibold">My rotations</h2>
            {mine.data.rotations.length === 0 ? (
              <p>No rotation has been published for you yet.</p>
            ) : (
              <ul className="mt-2 space-y-2">
                {mine.data.rotations.map((r) => (
                  <li key={r.id} data-testid="rotation">
                    <p className="font-semibold">{r.site.name}</p>
                    <p>
                      {r.startsOn} to {r.endsOn}
                    </p>
                    <p className="text-sm text-slate-700">{[r.site.address, r.site.city].filter((x) => x !== null && x !== '').join(', ')}</p>
                    {r.preceptors.length > 0 ? <p className="text-sm">Preceptors: {r.preceptors.map((p) => `${p.name}, ${p.credentials}`).join('; ')}</p> : null}
                  </li>
                ))}
              </ul>
            )}
            {mine.data.rotations.length > 0 ? (
              <a className="btn btn-secondary mt-3 inline-block no-underline" href={myRotationsIcsUrl()} download="rotations.ics">
                Download my calendar
              </a>
            ) : null}
          </Card>
          {mine.data.terms.length === 0 ? <EmptyState>Your school has no terms to rank sites for yet.</EmptyState> : mine.data.terms.map((t) => <RankingCard key={t.term.id} entry={t} />)}
        </>
      )}
    </div>
  );
}
