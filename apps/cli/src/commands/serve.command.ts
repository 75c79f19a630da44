import { fileURLToPath } from 'node:url';
import { buildServer, parseTrustProxy } from '@modality/api';
import { openRuntime } from '@modality/runtime';
import { Command, Option } from 'commander';
import { issueLine } from '../input/issue-lines.js';
import { processIo, type Io } from '../io.js';
import { BadInputError, commandAction, succeeded } from '../outcome.js';

/** The built web app; `MODALITY_WEB_DIR` points elsewhere (tests serve a copy that a rebuild cannot disturb). */
const WEB_DIST = process.env.MODALITY_WEB_DIR ?? fileURLToPath(new URL('../../../web/dist', import.meta.url));

/** `modality serve`: the API and the web app in one process. */
export function serveCommand(io: Io = processIo): Command {
  return new Command('serve')
    .description('Serve the API and the web app (creates and migrates the database; the demo data only on the embedded demo)')
    .addOption(new Option('-p, --port <port>', 'port to listen on').env('PORT').default('4321'))
    .addOption(new Option('--host <host>', 'address to listen on').env('HOST').default('localhost'))
    .addOption(new Option('--no-demo', 'never load the demo data (without DATABASE_URL, an empty SQLite file otherwise gets it)'))
    .addHelpText('after', '\nEnvironment: DATABASE_URL (postgres://… to use PostgreSQL), MODALITY_DATA_DIR (default ./data), MODALITY_WEB_DIR (default apps/web/dist), LOG_LEVEL (default info), MODALITY_SECURE_COOKIES=1 behind HTTPS, TRUST_PROXY (unset: no proxy is trusted and X-Forwarded-For is ignored; a hop count such as 1 behind one load balancer; or the proxies\' addresses/CIDR ranges, comma-separated), MODALITY_PUBLIC_URL (default http://localhost:PORT; names the did:web issuers), MODALITY_KEY_SECRET (32+ characters; needed to issue credentials, except on the embedded demo), MODALITY_SMTP_URL (smtp://user:pass@host:587; without it mail stays in the local mailbox: `modality mail list`), MODALITY_MAIL_FROM (the sender, default Modality <no-reply@localhost>), MODALITY_RANKING_INDEX (default: build the candidate ranking index at start; on-first-search: at the first recruiter search).')
    .action(
      commandAction(io, async (opts: { port: string; host: string; demo: boolean }) => {
        const port = Number(opts.port);
        if (!/^\d+$/.test(opts.port) || port > 65535) throw new BadInputError('invalid option', [issueLine('--port', 'must be a whole number from 0 to 65535', opts.port)]);
        const trust = parseTrustProxy(process.env.TRUST_PROXY);
        if (!trust.ok) throw new BadInputError('invalid environment', [issueLine('TRUST_PROXY', trust.issue.message, trust.issue.value)]);
        // Only the embedded demo (no DATABASE_URL, no --no-demo) loads the demo; anything else is a real install.
        const seed = opts.demo && (process.env.DATABASE_URL ?? '') === '';
        // The program directory is real data: it loads with or without the demo.
        const runtime = await openRuntime({ env: process.env, seed, directory: true });
        const app = await buildServer({
          deps: runtime.deps,
          webDir: WEB_DIST,
          version: '0.1.0',
          logger: { level: process.env.LOG_LEVEL ?? 'info' },
          secureCookies: process.env.MODALITY_SECURE_COOKIES === '1',
          demo: runtime.demo,
          trustProxy: trust.value,
        });
        const mail = runtime.startMailWorker((error) => app.log.error({ err: error }, 'mail delivery run failed'));
        const reminders = runtime.startReminderJob((error) => app.log.error({ err: error }, 'renewal reminder run failed'));
        const alerts = runtime.startJobAlertJob((error) => app.log.error({ err: error }, 'job alert run failed'));
        const close = async () => {
          await alerts.stop();
          await reminders.stop();
          await mail.stop();
          await app.close();
          await runtime.close();
        };
        process.once('SIGINT', () => void close());
        process.once('SIGTERM', () => void close());
        await app.listen({ port, host: opts.host });
        // The ranking index is built once listening (searches wait for it) and, on PostgreSQL, follows the change feed.
        if (process.env.MODALITY_RANKING_INDEX !== 'on-first-search') {
          const feed = runtime.startRankingFeed((error) => app.log.error({ err: error }, 'candidate ranking index: building or following the change feed failed'));
          feed.ready.then(({ candidates, seconds }) => app.log.info(`Candidate ranking index ready: ${String(candidates)} candidates in ${seconds.toFixed(1)} s`)).catch(() => undefined);
        }
        const where = runtime.config.kind === 'sqlite' ? runtime.config.file : 'PostgreSQL (DATABASE_URL)';
        app.log.info(`Modality is at http://localhost:${port}/ — database: ${where}${runtime.demo ? ' (the demo: fictitious data)' : ''}`);
        if (runtime.keySecret === 'demo-default') app.log.warn('Issuer keys are sealed with the published demo secret (embedded demo only); set MODALITY_KEY_SECRET for real credentials.');
        if (runtime.keySecret === 'none') app.log.warn('MODALITY_KEY_SECRET is not set: credentials can be verified but not issued or revoked.');
        return succeeded('');
      }),
    );
}
