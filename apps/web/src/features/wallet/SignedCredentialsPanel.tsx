import { useState } from 'react';
import { describeError } from '../../api/client';
import { useIssuable, useIssueCredential, useRevokeCredential, useWallet, type WalletItem } from '../../api/proof-queries';
import { EmptyState, ErrorAlert, Loading } from '../../components/page';
import { VerdictBadge } from './VerificationResult';

function RevokeButton({ item, onRevoke, busy }: { item: WalletItem; onRevoke: (id: string) => void; busy: boolean }) {
  const id = item.report.credential?.id;
  if (!item.revocable || id == null) return null;
  const name = item.report.credential?.name ?? 'this credential';
  return (
    <button
      type="button"
      className="btn btn-secondary"
      disabled={busy}
      aria-label={`Revoke ${name}`}
      onClick={() => {
        if (window.confirm(`Revoke "${name}"? Every verifier will see it as revoked from now on.`)) onRevoke(id);
      }}
    >
      Revoke
    </button>
  );
}

/**
 * Staff view of a person's signed credentials: each with its check and, where the viewer's organisation
 * issued it and they may revoke, "Revoke"; then the signed-off clinical entries not issued yet, each with
 * "Issue as a signed competency" for a clinical instructor or program director (the server decides both).
 */
export function SignedCredentialsPanel({ personId }: { personId: string }) {
  const wallet = useWallet(personId);
  const issuable = useIssuable(personId);
  const issue = useIssueCredential(personId);
  const revoke = useRevokeCredential(personId);
  const [chosen, setChosen] = useState<string | null>(null);
  if (wallet.isPending || issuable.isPending) return <Loading what="the signed credentials" />;
  if (wallet.isError) return <ErrorAlert>{describeError(wallet.error)}</ErrorAlert>;
  const organisations = issuable.data?.organisations ?? [];
  const organisationId = chosen ?? organisations[0]?.id ?? '';
  const entries = issuable.data?.entries ?? [];
  return (
    <div data-testid="signed-credentials">
      {wallet.data.items.length === 0 ? (
        <EmptyState>No signed credentials yet.</EmptyState>
      ) : (
        <ul className="divide-y divide-slate-200" aria-label="Signed credentials of this person">
          {wallet.data.items.map((item) => (
            <li key={item.position} className="flex flex-wrap items-center justify-between gap-2 py-2">
              <span className="break-words">{item.report.credential?.name ?? 'Credential'}</span>
              <span className="flex flex-wrap items-center gap-2">
                <VerdictBadge report={item.report} />
                <RevokeButton item={item} busy={revoke.isPending} onRevoke={(id) => revoke.mutate(id)} />
              </span>
            </li>
          ))}
        </ul>
      )}
      {revoke.isError ? <ErrorAlert>{describeError(revoke.error)}</ErrorAlert> : null}
      {organisations.length === 0 || entries.length === 0 ? null : (
        <div className="mt-4">
          <h3 className="font-semibold">Signed-off clinical entries not issued yet</h3>
          {organisations.length > 1 ? (
            <p className="mt-1">
              <label htmlFor="issuing-organisation" className="mr-2 text-sm font-medium">
                Issue in the name of
              </label>
              <select id="issuing-organisation" className="field-input max-w-full" value={organisationId} onChange={(e) => setChosen(e.target.value)}>
                {organisations.map((o) => (
                  <option key={o.id} value={o.id}>
                    {o.name}
                  </option>
                ))}
              </select>
            </p>
          ) : (
            <p className="mt-1 text-sm text-slate-700">Issued in the name of {organisations[0]?.name}.</p>
          )}
          <ul className="mt-2 divide-y divide-slate-200">
            {entries.map((e) => (
              <li key={e.entry} className="flex flex-wrap items-center justify-between gap-2 py-2">
                <span className="break-words">
                  {e.name}, <time dateTime={e.performedOn}>{e.performedOn}</time>, signed off by {e.verifiedBy}
                </span>
                <button
                  type="button"
                  className="btn"
                  disabled={issue.isPending}
                  onClick={() => issue.mutate({ kind: 'competency', organisationId, entry: e.entry })}
                >
                  Issue as a signed competency
                </button>
              </li>
            ))}
          </ul>
          {issue.isError ? <ErrorAlert>{describeError(issue.error)}</ErrorAlert> : null}
        </div>
      )}
    </div>
  );
}
