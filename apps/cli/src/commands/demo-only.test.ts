import { testDialects } from '@modality/testkit';
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
      cli = await openCliSandbox(dialect, 'modality-demo-only-');
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
    });

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

      // With an account in the database, even the embedded start (SQLite, no flag) loads no demo.
      const server = await startServe(cli.env);
      try {
        expect(await health(server.base)).toMatchObject({ demo: false });
        const res = await signIn(server.base, 'ops@example.org', 'a long enough password');
        expect(res.status).toBe(200);
        expect(((await res.json()) as { user: { isAdmin: boolean } }).user.isAdmin).toBe(true);
        expect((await signIn(server.base, 'admin@demo.modality.test', 'modality-demo')).status).toBe(401);
      } finally {
        await server.stop();
      }
      // `db seed --demo` refuses a database with accounts, too.
      expect(JSON.parse(cli.run('db', 'seed', '--demo', '--json').stdout)).toMatchObject({ seeded: false });
    });
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
    } finally {
      await server.stop();
    }
  });
});
