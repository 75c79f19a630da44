import { deliverDueMail, enqueueJobAlerts, enqueueRenewalReminders, listMailbox, type OutboxMail } from '@modality/app';
import { Command } from 'commander';
import { issueLine } from '../input/issue-lines.js';
import { processIo, type Io } from '../io.js';
import { withRuntime } from '../open.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

const STATUS_WORDS: Readonly<Record<string, string>> = { pending: 'waiting to be sent', sent: 'sent', dead: 'given up' };

/** One mail as a person reads it: when, to whom, what, and where it stands, then its text. */
function formatMail(m: OutboxMail): string {
  const where = m.status === 'sent' ? (m.transport === 'mailbox' ? 'in the local mailbox' : 'sent') : (STATUS_WORDS[m.status] ?? m.status);
  const failure = m.lastError === null || m.status === 'sent' ? '' : ` — last attempt failed: ${m.lastError}`;
  return [`${m.createdAt}  to ${m.to}  (${where}${failure})`, `Subject: ${m.subject}`, '', m.text].join('\n');
}

/** `modality mail list`, `modality mail deliver`, `modality mail reminders`, `modality mail alerts`. */
export function mailCommand(io: Io = processIo): Command {
  const mail = new Command('mail').description('The outbox: every mail the install sends, and the local mailbox of an install without SMTP');
  mail
    .command('list')
    .description('Show the newest mails, with their text (without MODALITY_SMTP_URL they stay here, in the local mailbox)')
    .option('--limit <n>', 'how many (1 to 500)', '20')
    .option('--json', 'print them as JSON')
    .action(
      commandAction(io, async (opts: { limit: string; json?: boolean }) => {
        const limit = Number(opts.limit);
        if (!/^\d+$/.test(opts.limit) || limit < 1 || limit > 500) throw new BadInputError('invalid option', [issueLine('--limit', 'must be a whole number from 1 to 500', opts.limit)]);
        const mails = await withRuntime((runtime) => listMailbox(runtime.deps, limit));
        if (opts.json) return succeeded(JSON.stringify(mails.map(({ id: _id, kind: _kind, ...shown }) => shown), null, 2));
        return succeeded(mails.length === 0 ? 'No mail yet.' : mails.map(formatMail).join('\n\n---\n\n'));
      }),
    );
  mail
    .command('deliver')
    .description('Deliver the mails that are due now, once (modality serve does this every few seconds)')
    .option('--json', 'print the counts as JSON')
    .action(
      commandAction(io, async (opts: { json?: boolean }) => {
        const run = await withRuntime((runtime) => deliverDueMail(runtime.deps, runtime.mailTransport));
        return succeeded(opts.json ? JSON.stringify(run) : `${String(run.sent)} sent, ${String(run.retrying)} to be tried again, ${String(run.dead)} given up.`);
      }),
    );
  mail
    .command('reminders')
    .description('Put the renewal reminders due today (90, 30, 7 days before each deadline, as each person chose) into the outbox, once each (modality serve does this every hour)')
    .option('--json', 'print the counts as JSON')
    .action(
      commandAction(io, async (opts: { json?: boolean }) => {
        const run = await withRuntime((runtime) => enqueueRenewalReminders(runtime.deps));
        return succeeded(opts.json ? JSON.stringify(run) : `${String(run.enqueued)} reminders put in the outbox (${String(run.people)} people looked at).`);
      }),
    );
  mail
    .command('alerts')
    .description(
      'Put one job alert per saved search that is due into the outbox, listing the postings opened since its last alert (hourly searches at every run; daily and weekly digests at the first run after midnight UTC, or Monday midnight UTC; once each; none when nothing is new; none to residents of countries on the WHO safeguards list); modality serve does this every hour',
    )
    .option('--json', 'print the counts as JSON')
    .action(
      commandAction(io, async (opts: { json?: boolean }) => {
        const run = await withRuntime((runtime) => enqueueJobAlerts(runtime.deps));
        return succeeded(opts.json ? JSON.stringify(run) : `${String(run.enqueued)} job alerts put in the outbox (${String(run.searches)} saved searches looked at).`);
      }),
    );
  return mail;
}
