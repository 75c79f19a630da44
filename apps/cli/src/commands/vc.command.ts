import { revokeCredentialAsOperator, verifyCredentialFile, type VerificationReport } from '@modality/app';
import { Command } from 'commander';
import { parseJsonText, readTextFile } from '../input/files.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { commandAction, failed, succeeded } from '../outcome.js';

const mark = (ok: boolean): string => (ok ? 'ok  ' : 'FAIL');
const line = (c: { reason: string | null; detail: string }): string => (c.reason === null ? c.detail : `${c.reason}: ${c.detail}`);

/** A report as a person reads it: one line per check, the failed ones with their reason. */
export function formatReport(r: VerificationReport): string {
  const c = r.credential;
  return [
    `${r.verified ? 'VERIFIED' : `NOT VERIFIED (${r.reasons.join(', ')})`}: ${c?.name ?? 'credential'}`,
    ...(c === null ? [] : [`  ${c.name ?? '(no name)'}${c.subjectName === null ? '' : `, for ${c.subjectName}`}`]),
    `  ${mark(r.signature.ok)} signature  ${line(r.signature)}`,
    `  ${mark(r.issuer.ok)} issuer     ${line(r.issuer)}`,
    `  ${mark(r.status.ok)} status     ${line(r.status)}`,
    `  ${mark(r.validity.ok)} validity   ${line(r.validity)}`,
  ].join('\n');
}

/** `modality vc verify FILE`, `modality vc revoke ID`. */
export function vcCommand(io: Io = processIo): Command {
  const vc = new Command('vc').description('Verifiable credentials (W3C VC 2.0 / Open Badges 3.0): verify, revoke');
  vc.command('verify')
    .argument('<file>', 'a credential (JSON), or a person record whose wallet to verify')
    .description('Verify signature, issuer, revocation and validity window, each with its reason')
    .option('--json', 'print the report as JSON (an array of reports for a record file)')
    .addHelpText(
      'after',
      '\nNo network: issuers and revocation lists are looked up in this install\'s database only; other issuers are "unknown issuer".\nExit codes: 0 every credential verified, 1 one did not (the reasons are printed), 2 bad input (unreadable file, not JSON, a record without credentials).',
    )
    .action(
      commandAction(io, async (file: string, opts: { json?: boolean }) => {
        const json = parseJsonText(file, await readTextFile(file));
        const { record, reports } = await withRuntime((runtime) => verifyCredentialFile(runtime.deps, json));
        const out = opts.json ? JSON.stringify(record ? reports : reports[0], null, 2) : reports.map(formatReport).join('\n\n');
        const bad = reports.filter((r) => !r.verified).length;
        return bad === 0 ? succeeded(out) : failed(out, `${String(bad)} of ${String(reports.length)} credential${reports.length === 1 ? '' : 's'} did not verify`);
      }),
    );
  vc.command('revoke')
    .argument('<id>', "the credential's id (urn:uuid:…), as issued by this install")
    .description("Revoke a credential this install issued: its bit is set on the issuer's status list, which is signed again")
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nNeeds the key-encryption key (MODALITY_KEY_SECRET) to sign the status list again.\nExit codes: 0 revoked (or already revoked), 1 this install cannot sign (no MODALITY_KEY_SECRET), 2 unknown id.')
    .action(
      commandAction(io, async (id: string, opts: { json?: boolean }) => {
        const r = await withRuntime((runtime) => revokeCredentialAsOperator(runtime.deps, id));
        return succeeded(opts.json ? JSON.stringify(r) : r.changed ? `Revoked ${r.id} at ${r.revokedAt}.` : `${r.id} was already revoked (at ${r.revokedAt}); nothing changed.`);
      }),
    );
  return vc;
}
