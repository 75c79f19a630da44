import { useId, useState, type DragEvent } from 'react';
import { describeError } from '../../api/client';
import { useVerifyCredential } from '../../api/proof-queries';
import { Card, ErrorAlert, PageHeading } from '../../components/page';
import { CheckList, CredentialFacts, VerdictBadge } from '../wallet/VerificationResult';

/** Reads a dropped or chosen file as JSON, or says why it cannot. */
async function readCredentialFile(file: File): Promise<{ ok: true; json: unknown } | { ok: false; message: string }> {
  if (file.size > 5 * 1024 * 1024) return { ok: false, message: `${file.name} is larger than 5 MB; a credential file is a few kilobytes.` };
  const text = await file.text();
  try {
    return { ok: true, json: JSON.parse(text) as unknown };
  } catch {
    return { ok: false, message: `${file.name} is not a JSON file, so it cannot be a credential.` };
  }
}

/**
 * The public verify page: an employer drops a credential file (or pastes it) and sees four separate checks
 * — signature, issuer, revocation, validity — with the reason for any that fails. Nothing is stored.
 */
export function VerifyPage() {
  const id = useId();
  const verify = useVerifyCredential();
  const [fileError, setFileError] = useState<string | null>(null);
  const [dragging, setDragging] = useState(false);
  const [fileName, setFileName] = useState<string | null>(null);

  const check = async (file: File | undefined) => {
    if (file === undefined) return;
    setFileName(file.name);
    const read = await readCredentialFile(file);
    if (!read.ok) {
      setFileError(read.message);
      verify.reset();
      return;
    }
    setFileError(null);
    verify.mutate(read.json);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setDragging(false);
    void check(event.dataTransfer.files[0]);
  };

  return (
    <>
      <PageHeading title="Verify a credential" />
      <p className="mt-2 max-w-3xl text-slate-800">
        Drop a credential file (a W3C Verifiable Credential or an Open Badges 3.0 badge, as JSON) to check it. Nothing
        is stored. Modality checks credentials issued through this site; others show as from an unknown issuer.
      </p>
      <div
        className={`mt-4 rounded-lg border-2 border-dashed p-6 text-center ${dragging ? 'border-brand-700 bg-brand-50' : 'border-slate-400 bg-white'}`}
        onDragOver={(e) => {
          e.preventDefault();
          setDragging(true);
        }}
        onDragLeave={() => setDragging(false)}
        onDrop={onDrop}
        data-testid="drop-zone"
      >
        <p className="font-medium">Drop the file here, or</p>
        <label htmlFor={`${id}-file`} className="btn btn-secondary mt-2 inline-block cursor-pointer">
          Choose a credential file
        </label>
        <input
          id={`${id}-file`}
          type="file"
          accept=".json,.jsonld,application/json,application/ld+json"
          className="sr-only"
          onChange={(e) => void check(e.target.files?.[0])}
        />
        {fileName === null ? null : <p className="mt-2 text-sm text-slate-700 break-words">File: {fileName}</p>}
      </div>
      <div aria-live="polite" className="mt-4">
        {fileError === null ? null : <ErrorAlert>{fileError}</ErrorAlert>}
        {verify.isPending ? <p role="status">Checking…</p> : null}
        {verify.isError ? <ErrorAlert>The credential could not be checked. {describeError(verify.error)}</ErrorAlert> : null}
        {verify.data === undefined ? null : (
          <Card>
            <section aria-labelledby={`${id}-result`} data-testid="verify-result">
              <div className="flex flex-wrap items-start justify-between gap-2">
                <h2 id={`${id}-result`} className="text-lg font-semibold break-words">
                  {verify.data.credential?.name ?? 'The file'}
                </h2>
                <VerdictBadge report={verify.data} />
              </div>
              <CheckList report={verify.data} />
              <CredentialFacts report={verify.data} />
            </section>
          </Card>
        )}
      </div>
    </>
  );
}
