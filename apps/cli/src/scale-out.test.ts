import { spawn, type ChildProcess } from 'node:child_process';
import { testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MODALITY_BIN, openCliSandbox, type CliSandbox } from './testing/cli-sandbox.js';
import { freePort, waitForHealth } from './testing/serve-process.js';

for (const dialect of testDialects()) {
  describe(`two API processes on one database [${dialect.name}]`, () => {
    const children: ChildProcess[] = [];
    const bases: string[] = [];
    let cli: CliSandbox;

    beforeAll(async () => {
      cli = await openCliSandbox(dialect, 'modality-scale-', { LOG_LEVEL: 'warn', HOST: '127.0.0.1' });
      // Only `db seed --demo` loads the demo outside the embedded start (PostgreSQL never gets it by itself).
      expect(cli.run('db', 'seed', '--demo').status).toBe(0);
      // The first process migrates; the second finds it done.
      for (let i = 0; i < 2; i++) {
        const port = await freePort();
        const child = spawn(process.execPath, [MODALITY_BIN, 'serve', '--port', String(port)], { env: cli.env, stdio: 'ignore' });
        children.push(child);
        bases.push(`http://127.0.0.1:${String(port)}`);
        await waitForHealth(`http://127.0.0.1:${String(port)}`, child);
      }
    }, 60_000);

    afterAll(async () => {
      for (const c of children) c.kill('SIGTERM');
      await Promise.all(children.map((c) => new Promise((r) => (c.exitCode !== null ? r(null) : c.once('exit', r)))));
      await cli.close();
    });

    it('a session opened on one node works on the other, and a write on one is read on the other', async () => {
      const [a, b] = bases as [string, string];
      const sign = await fetch(`${a}/api/v1/auth/sign-in`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ email: 'ryan.brooks@demo.modality.test', password: 'modality-demo' }) });
      expect(sign.status).toBe(200);
      const me = (await sign.json()) as { csrfToken: string; personId: string };
      const cookie = (sign.headers.get('set-cookie') ?? '').split(';')[0] ?? '';
      const onB = (await (await fetch(`${b}/api/v1/people/${me.personId}/record`, { headers: { cookie } })).json()) as { ce: Array<{ title: string }> };
      const changed = { ...onB, ce: [...onB.ce, { title: 'Written on node B', completedOn: '2026-11-01', credits: 1, category: 'A' }] };
      const put = await fetch(`${b}/api/v1/me/record`, { method: 'PUT', headers: { cookie, 'content-type': 'application/json', 'x-csrf-token': me.csrfToken }, body: JSON.stringify(changed) });
      expect(put.status).toBe(200);
      const onA = (await (await fetch(`${a}/api/v1/people/${me.personId}/record`, { headers: { cookie } })).json()) as { ce: Array<{ title: string }> };
      expect(onA.ce.map((c) => c.title)).toContain('Written on node B');
      // Demo data was seeded once, not twice.
      const people = (await (await fetch(`${a}/api/v1/people`, { headers: { cookie } })).json()) as { items: unknown[] };
      expect(people.items).toHaveLength(1);
    });
  });
}
