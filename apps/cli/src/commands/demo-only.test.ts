import { mailText, startTestSmtpServer, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { openCliSandbox, type CliSandbox } from '../testing/cli-sandbox.js';
import { startServe } from '../testing/serve-process.js';

const signIn = (base: string, email: string, password: string) =>
  fetch(`${base}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email, password }) });

const health = async (base: string) => (await (await fetch(`${base}/api/health`)).json()) as { demo: boolean };

for (const dialect of testDialects()) {
  describe(`demo only where asked; the first admin from the command line [${dialect.name}]`, () => {
    let cli: CliSandbox;
    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-demo-only-', { MODALITY_PUBLIC_URL: 'https://modality.example.org' });
    });
    afterAll(() => cli.close());

    it('a real start creates no demo account, and says it is not the demo', async () => {
      // PostgreSQL is always a real install; on SQLite `--no-demo` makes it one.
      const server = await startServe(cli.env, ...(dialect.name === 'sqlite' ? ['--no-demo'] : []));
      try {
        expect(await health(server.base)).toMatchObject({ demo: false });
        expect((await signIn(server.base, 'admin@demo.modality.test', 'modality-demo')).status).toBe(401);
      } finally {
        await server.stop();
      }
    }, 60_000);

    it('`admin create` reads the password from standard input, never echoes it, and refuses a second account with that address', async () => {
      const short = cli.runWithInput('hunter2\n', 'admin', 'create', '--email', 'ops@example.org');
      expect(short.status).toBe(2);
      expect(short.stderr).toContain('password (standard input): at least 10 characters');
      expect(short.stderr).not.toContain('hunter2');
      const badEmail = cli.runWithInput('a long enough password\n', 'admin', 'create', '--email', 'not-an-address');
      expect(badEmail.status).toBe(2);
      expect(badEmail.stderr).toContain('--email: expected an e-mail address (got "not-an-address")');

      const created = cli.runWithInput('a long enough password\n', 'admin', 'create', '--email', 'Ops@Example.org', '--name', 'Operations', '--json');
      expect(created.stderr).toBe('');
      expect(JSON.parse(created.stdout)).toEqual({ created: true, email: 'ops@example.org' });
      const again = cli.runWithInput('another long password\n', 'admin', 'create', '--email', 'ops@example.org');
      expect(again.status).toBe(1);
      expect(again.stderr).toContain('already exists');

      // With an account in the database, even the embedded start (SQLite, no flag) loads no demo. Its mail
      // goes to a real SMTP server, delivered by the server's own worker.
      const smtp = await startTestSmtpServer();
      const server = await startServe({ ...cli.env, MODALITY_SMTP_URL: smtp.url, MODALITY_PUBLIC_URL: 'https://modality.example.org' });
      try {
        expect(await health(server.base)).toMatchObject({ demo: false });
        const res = await signIn(server.base, 'ops@example.org', 'a long enough password');
        expect(res.status).toBe(200);
        expect(((await res.json()) as { user: { isAdmin: boolean } }).user.isAdmin).toBe(true);
        expect((await signIn(server.base, 'admin@demo.modality.test', 'modality-demo')).status).toBe(401);
        const asked = await fetch(`${server.base}/api/v1/auth/password-reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ops@example.org' }) });
        expect(asked.status).toBe(202);
        expect(mailText(await smtp.waitFor('ops@example.org'))).toContain('https://modality.example.org/reset-password?token=');
        expect((await fetch(`${server.base}/api/v1/dev/mail`)).status).toBe(404);
      } finally {
        await server.stop();
        await smtp.close();
      }
      const listed = JSON.parse(cli.run('mail', 'list', '--json').stdout) as Array<{ to: string; subject: string; status: string; transport: string }>;
      expect(listed[0]).toMatchObject({ to: 'ops@example.org', subject: 'Reset your Modality password', status: 'sent', transport: 'smtp' });
      // `db seed --demo` refuses a database with accounts, too.
      expect(JSON.parse(cli.run('db', 'seed', '--demo', '--json').stdout)).toMatchObject({ seeded: false });
    }, 180_000);

    it('`admin create --link` prints a one-time link on which the admin chooses a password', async () => {
      const made = cli.runWithInput('', 'admin', 'create', '--email', 'linked@example.org', '--link', '--json');
      expect(made.stderr).toBe('');
      const { link } = JSON.parse(made.stdout) as { link: string };
      expect(link).toMatch(/^https:\/\/modality\.example\.org\/reset-password\?token=/);
      const token = decodeURIComponent(new URL(link).searchParams.get('token') ?? '');
      const server = await startServe(cli.env);
      try {
        const confirm = (password: string) =>
          fetch(`${server.base}/api/v1/auth/password-reset/confirm`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ token, password }) });
        expect((await signIn(server.base, 'linked@example.org', 'chosen on the link')).status).toBe(401);
        expect((await confirm('chosen on the link')).status).toBe(200);
        expect((await confirm('someone else again')).status).toBe(400);
        const res = await signIn(server.base, 'linked@example.org', 'chosen on the link');
        expect(((await res.json()) as { user: { isAdmin: boolean } }).user.isAdmin).toBe(true);
      } finally {
        await server.stop();
      }
    }, 120_000);
  });
}

describe('the embedded demo [sqlite, no DATABASE_URL]', () => {
  let cli: CliSandbox;
  beforeAll(async () => {
    const [sqlite] = testDialects();
    if (sqlite === undefined || sqlite.name !== 'sqlite') throw new Error('the first test dialect is SQLite');
    cli = await openCliSandbox(sqlite, 'modality-demo-embedded-');
  });
  afterAll(() => cli.close());

  it('`serve` with no DATABASE_URL loads the demo into an empty SQLite file and says it is the demo', async () => {
    const server = await startServe(cli.env);
    try {
      expect(await health(server.base)).toMatchObject({ demo: true, database: 'sqlite' });
      expect((await signIn(server.base, 'admin@demo.modality.test', 'modality-demo')).status).toBe(200);
      // Without SMTP the demo keeps its mail: the local mailbox, on the command line and on /dev/mail.
      await fetch(`${server.base}/api/v1/auth/password-reset`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ana.reyes@demo.modality.test' }) });
      const mailbox = (await (await fetch(`${server.base}/api/v1/dev/mail`)).json()) as { mails: Array<{ to: string; text: string }> };
      expect(mailbox.mails[0]?.to).toBe('ana.reyes@demo.modality.test');
      expect(mailbox.mails[0]?.text).toMatch(/\/reset-password\?token=/);
    } finally {
      await server.stop();
    }
    const listed = cli.run('mail', 'list');
    expect(listed.stdout).toContain('to ana.reyes@demo.modality.test');
    expect(listed.stdout).toContain('Subject: Reset your Modality password');
    expect(listed.stdout).not.toContain('mail_');
    // The server ran the reminder job when it started; running it again enqueues nothing new.
    const again = JSON.parse(cli.run('mail', 'reminders', '--json').stdout) as { people: number; enqueued: number };
    expect(again.people).toBeGreaterThan(5);
    expect(again.enqueued).toBe(0);
    // The job alerts likewise: the demo has no saved search, so nothing is enqueued.
    expect(JSON.parse(cli.run('mail', 'alerts', '--json').stdout)).toEqual({ searches: 0, enqueued: 0 });
    const bad = cli.run('mail', 'list', '--limit', '0');
    expect(bad.status).toBe(2);
    expect(bad.stderr).toContain('--limit: must be a whole number from 1 to 500 (got "0")');
  }, 120_000);
});
