import { Link } from '@tanstack/react-router';
import { describeError } from '../../api/client';
import { useWallet, type WalletItem } from '../../api/proof-queries';
import { useMe } from '../../api/queries';
import { Card, EmptyState, ErrorAlert, Loading, PageHeading } from '../../components/page';
import { credentialFileName } from './credential-view';
import { CheckList, CredentialFacts, VerdictBadge } from './VerificationResult';

/** A download of the credential exactly as received (what an employer's verifier takes). */
function DownloadLink({ item }: { item: WalletItem }) {
  const href = `data:application/json;charset=utf-8,${encodeURIComponent(JSON.stringify(item.credential, null, 2))}`;
  return (
    <a href={href} download={credentialFileName(item.report.credential?.name ?? null)} className="no-print">
      Download the credential file
    </a>
  );
}

function WalletList({ personId }: { personId: string }) {
  const wallet = useWallet(personId);
  if (wallet.isPending) return <Loading what="your credentials" />;
  if (wallet.isError) return <ErrorAlert>Your credentials could not be loaded. {describeError(wallet.error)}</ErrorAlert>;
  if (wallet.data.items.length === 0) {
    return (
      <EmptyState>
        No signed credentials yet. When your school or employer issues you one (a signed clinical competency, a
        completed program, a CE activity), it appears here.
      </EmptyState>
    );
  }
  return (
    <ul className="mt-4 grid gap-4 lg:grid-cols-2" aria-label="Signed credentials">
      {wallet.data.items.map((item) => {
        const headingId = `vc-${String(item.position)}`;
        return (
          <li key={item.position}>
            <Card>
              <article aria-labelledby={headingId} data-testid="wallet-item">
                <div className="flex flex-wrap items-start justify-between gap-2">
                  <h2 id={headingId} className="text-lg font-semibold break-words">
                    {item.report.credential?.name ?? 'Credential'}
                  </h2>
                  <VerdictBadge report={item.report} />
                </div>
                <CredentialFacts report={item.report} />
                <details className="mt-2">
                  <summary className="cursor-pointer text-sm font-medium">What was checked</summary>
                  <CheckList report={item.report} />
                </details>
                <p className="mt-3 text-sm">
                  <DownloadLink item={item} />
                </p>
              </article>
            </Card>
          </li>
        );
      })}
    </ul>
  );
}

/**
 * "My wallet": the signed credentials the person received (W3C Verifiable Credentials / Open Badges 3.0),
 * each checked now, each downloadable as the file an employer can verify.
 */
export function WalletPage() {
  const me = useMe();
  return (
    <>
      <PageHeading title="My wallet" />
      <p className="mt-2 max-w-3xl text-slate-800">
        Signed credentials you received. Each one is checked now: its signature, who issued it, whether it was
        revoked, and its dates. Download a credential to hand it to an employer; they can check it on the{' '}
        <Link to="/verify">verify page</Link>.
      </p>
      {me.personId === null ? (
        <div className="mt-4">
          <EmptyState>
            You have no record yet. <Link to="/import">Import your person record</Link> first.
          </EmptyState>
        </div>
      ) : (
        <WalletList personId={me.personId} />
      )}
    </>
  );
}
