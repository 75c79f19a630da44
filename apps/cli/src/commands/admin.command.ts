import { createPlatformAdmin, createPlatformAdminWithLink } from '@modality/app';
import { adminCreateInputSchema, parseInput } from '@modality/contracts';
import { Command } from 'commander';
import { issueLine } from '../input/issue-lines.js';
import { readStdin } from '../input/stdin.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

/** Each refused field as a line; the password is never echoed back. */
function adminIssueLines(issues: readonly { path: string; message: string }[], values: { email: string; name: string }): string[] {
  return issues.map((i) =>
    i.path === 'password' ? issueLine('password (standard input)', i.message) : issueLine(`--${i.path}`, i.message, i.path === 'email' ? values.email : values.name),
  );
}

/** `modality admin create --email E`: the first platform admin of a real install. */
export function adminCommand(io: Io = processIo): Command {
  const admin = new Command('admin').description('Platform administrators');
  admin
    .command('create')
    .description('Create a platform admin; the password is read from standard input (e.g. `modality admin create --email you@example.org < password.txt`), or with --link the admin chooses it on a one-time link')
    .requiredOption('--email <email>', "the admin's e-mail address")
    .option('--name <name>', 'the name shown for the admin', 'Platform admin')
    .option('--link', 'read no password: print a one-time link (24 hours) on which the admin chooses one')
    .option('--json', 'print the result as JSON')
    .addHelpText('after', '\nThe password (10 to 200 characters) is the first line of standard input; it is never printed.\nWith --link the link is printed once, to standard output; it is stored only as a digest. The links use MODALITY_PUBLIC_URL.\nExit codes: 0 created, 1 an account with that e-mail address exists, 2 bad input.')
    .action(
      commandAction(io, async (opts: { email: string; name: string; link?: boolean; json?: boolean }) => {
        if (opts.link === true) {
          const parsed = parseInput(adminCreateInputSchema.omit({ password: true }), { email: opts.email, name: opts.name });
          if (!parsed.ok) throw new BadInputError('invalid input', adminIssueLines(parsed.error, opts));
          const made = await withRuntime((runtime) => createPlatformAdminWithLink(runtime.deps, parsed.value));
          return succeeded(
            opts.json
              ? JSON.stringify({ created: true, email: parsed.value.email, link: made.link, expiresAt: made.expiresAt })
              : `Platform admin ${parsed.value.email} created. Send them this link, once; it works until ${made.expiresAt} for choosing a password:\n${made.link}`,
          );
        }
        const password = (await readStdin()).split(/\r?\n/)[0] ?? '';
        const parsed = parseInput(adminCreateInputSchema, { email: opts.email, name: opts.name, password });
        if (!parsed.ok) throw new BadInputError(`invalid input`, adminIssueLines(parsed.error, opts));
        await withRuntime((runtime) => createPlatformAdmin(runtime.deps, parsed.value));
        return succeeded(opts.json ? JSON.stringify({ created: true, email: parsed.value.email }) : `Platform admin ${parsed.value.email} created; sign in with that address and the password given.`, '');
      }),
    );
  return admin;
}
