import { revokeCredentialAsOperator, verifyCredentialFile, type VerificationReport } from '@modality/app';
import { Command } from 'commander';
import { EXIT_DOMAIN_FAILURE, EXIT_OK, processIo, type Io } from '../cli-error.js';
import { openForCommand } from '../open.js';
import { readJsonFile } from '../read-json-file.js';

const mark = (ok: boolean): string => (ok ? 'ok  ' : 'FAIL');

/** A report as a person reads it: one line per check, the failed ones with their reason. */
export function formatReport(r: VerificationReport, label?: string): string {
  const c = r.credential;
  const lines = [
    `${r.verified ? 'VERIFIED' : `NOT VERIFIED (${r.reasons.join(', ')})`}: ${label ?? c?.name ?? 'credential'}`,
    ...(c === null ? [] : [`  ${c.name ?? '(no name)'}${c.subjectName === null ? '' : `, for ${c.subjectName}`}`]),
    `  ${mark(r.signature.ok)} signature  ${r.signature.reason === null ? r.signature.detail : `${r.signature.reason}: ${r.signature.detail}`}`,
    `  ${mark(r.issuer.ok)} issuer     ${r.issuer.reason === null ? r.issuer.detail : `${r.issuer.reason}: ${r.issuer.detail}`}`,
    `  ${mark(r.status.ok)} status     ${r.status.reason === null ? r.status.detail : `${r.status.reason}: ${r.status.detail}`}`,
    `  ${mark(r.validity.ok)} validity   ${r.validity.reason === null ? r.validity.detail : `${r.validity.reason}: ${r.validity.detail}`}`,
  ];
  return lines.join('\n');
}

/** `modality vc verify FILE`, `modality vc revoke ID`. */
export function vcCommand(io: Io = processIo): Command {
  const vc = new Command('vc').description('Verifiable credentials (W3C VC 2.0 / Open Badges 3.0): verify, revoke');
  vc.command('verify')
    .argument('<file>', 'a credential (JSON), or a person record whose wallet to verify')
    .description('Verify signature, issuer, revocation and validity window, each with its reason')
    .option('--json', 'print the reports as JSON')
    .addHelpText(
      'after',
      '\nNo network: issuers and revocation lists are looked up in this install\'s database only; other issuers are "unknown issuer".\nExit codes: 0 every credential verified, 1 one did not (the reasons are printed), 2 bad input (unreadable file, not JSON, a record without credentials).',
    )
    .action(async (file: string, opts: { json?: boolean }) => {
      const json = await readJsonFile(file);
      const runtime = await openForCommand();
      try {
        const { record, reports } = await verifyCredentialFile(runtime.deps, json);
        io.out(opts.json ? JSON.stringify(record ? reports : reports[0], null, 2) : reports.map((r) => formatReport(r)).join('\n\n'));
        process.exitCode = reports.every((r) => r.verified) ? EXIT_OK : EXIT_DOMAIN_FAILURE;
      } finally {
        await runtime.close();
      }
    });
  vc.command('revoke')
    .argument('<id>', "the credential's id (urn:uuid:…), as issued by this install")
    .description('Revoke a credential this install issued: its bit is set on the issuer\'s status list, which is signed again')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nNeeds the key-encryption key (MODALITY_KEY_SECRET) to sign the status list again.\nExit codes: 0 revoked (or already revoked), 1 this install cannot sign (no MODALITY_KEY_SECRET), 2 unknown id.')
    .action(async (id: string, opts: { json?: boolean }) => {
      const runtime = await openForCommand();
      try {
        const r = await revokeCredentialAsOperator(runtime.deps, id);
        io.out(opts.json ? JSON.stringify(r) : r.changed ? `Revoked ${r.id} at ${r.revokedAt}.` : `${r.id} was already revoked (at ${r.revokedAt}); nothing changed.`);
      } finally {
        await runtime.close();
      }
    });
  return vc;
}
