import { spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { openRuntime } from '@modality/runtime';
import { DEMO_EMAIL_DOMAIN } from '@modality/app';
import { fhirSchemaErrors, pdfText, testDialects } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';

const BIN = fileURLToPath(new URL('../../bin/modality.js', import.meta.url));

interface Json {
  [key: string]: unknown;
}

for (const dialect of testDialects()) {
  describe(`modality vc / export fhir / import fhir / audit-packet, as a real process [${dialect.name}]`, () => {
    let dir: string;
    let env: NodeJS.ProcessEnv;
    let drop: () => Promise<void>;
    const people = new Map<string, string>();
    const run = (...args: string[]) => spawnSync(process.execPath, [BIN, ...args], { env, encoding: 'utf8', timeout: 60_000 });

    beforeAll(async () => {
      dir = mkdtempSync(join(tmpdir(), 'modality-proof-'));
      const created = await dialect.create();
      drop = created.drop;
      // SQLite: the embedded demo, signing with the published demo key; PostgreSQL: a real install's own secret.
      env = {
        ...process.env,
        MODALITY_DATA_DIR: join(dir, 'data'),
        DATABASE_URL: created.config.kind === 'postgres' ? created.config.url : '',
        MODALITY_KEY_SECRET: created.config.kind === 'postgres' ? 'a-real-install-secret-of-at-least-32-characters' : '',
        MODALITY_PUBLIC_URL: 'https://modality.example.org',
      };
      const seeded = run('db', 'seed', '--demo', '--json');
      expect(seeded.stderr).toBe('');
      expect(JSON.parse(seeded.stdout)).toEqual({ seeded: true, credentials: 9, programs: 1725 });
      const runtime = await openRuntime({ env, seed: false });
      try {
        for (const local of ['sam.patel', 'ana.reyes', 'lena.morales']) {
          const user = await runtime.deps.store.users.findByEmail(`${local}@${DEMO_EMAIL_DOMAIN}`);
          const person = user === undefined ? undefined : await runtime.deps.store.people.findByOwner(user.id);
          if (person !== undefined) people.set(local, person.id);
        }
      } finally {
        await runtime.close();
      }
    });
    afterAll(async () => {
      await drop();
      rmSync(dir, { recursive: true, force: true });
    });

    it("verifies a demo student's record export, one credential from it, fails a changed byte with 'bad signature', and 'revoked' once revoked", () => {
      const exported = run('export', 'record', people.get('sam.patel') ?? '');
      expect(exported.status).toBe(0);
      writeFileSync(join(dir, 'sam.json'), exported.stdout);
      const all = run('vc', 'verify', join(dir, 'sam.json'));
      expect(all.status).toBe(0);
      expect(all.stdout.match(/^VERIFIED/gm)).toHaveLength(6);
      const record = JSON.parse(exported.stdout) as { verifiableCredentials: Json[] };
      const credential = record.verifiableCredentials[0] as Json;
      expect(String((credential.issuer as Json).id)).toMatch(/^did:web:modality\.example\.org:issuers:/);
      writeFileSync(join(dir, 'one.json'), JSON.stringify(credential, null, 2));
      const one = run('vc', 'verify', join(dir, 'one.json'), '--json');
      expect(one.status).toBe(0);
      expect(JSON.parse(one.stdout)).toMatchObject({ verified: true, reasons: [] });

      const text = readFileSync(join(dir, 'one.json'), 'utf8');
      const at = text.indexOf('Sam Patel');
      writeFileSync(join(dir, 'changed.json'), `${text.slice(0, at)}Sam Patek${text.slice(at + 9)}`);
      const changed = run('vc', 'verify', join(dir, 'changed.json'));
      expect(changed.status).toBe(1);
      expect(changed.stdout).toContain('NOT VERIFIED (bad signature)');

      const revoke = run('vc', 'revoke', String(credential.id));
      expect(revoke.stderr).toBe('');
      expect(revoke.stdout).toContain('Revoked');
      const revoked = run('vc', 'verify', join(dir, 'one.json'), '--json');
      expect(revoked.status).toBe(1);
      expect(JSON.parse(revoked.stdout)).toMatchObject({ verified: false, reasons: ['revoked'], signature: { ok: true } });
      expect(run('vc', 'revoke', String(credential.id)).stdout).toContain('already revoked');
      expect(run('vc', 'revoke', 'urn:uuid:nope').status).toBe(2);
      expect(run('vc', 'verify', join(dir, 'missing.json')).status).toBe(2);
    }, 180_000);

    it('exports a demo person as a FHIR R4 Practitioner that the official schema accepts, and imports it back, listing what it could not map', () => {
      const out = run('export', 'fhir', people.get('ana.reyes') ?? '');
      expect(out.status).toBe(0);
      const practitioner = JSON.parse(out.stdout) as { resourceType: string; telecom?: unknown };
      expect(fhirSchemaErrors(practitioner)).toEqual([]);
      writeFileSync(join(dir, 'ana.fhir.json'), JSON.stringify({ ...practitioner, telecom: [{ system: 'phone', value: '555-0100' }] }));
      const imported = run('import', 'fhir', join(dir, 'ana.fhir.json'), '--person', people.get('ana.reyes') ?? '', '--json');
      expect(imported.stderr).toBe('');
      expect(JSON.parse(imported.stdout)).toMatchObject({ personId: people.get('ana.reyes'), changed: false, unmapped: ['telecom: not part of a person record'] });
      writeFileSync(join(dir, 'patient.json'), JSON.stringify({ resourceType: 'Patient' }));
      const bad = run('import', 'fhir', join(dir, 'patient.json'));
      expect(bad.status).toBe(2);
      expect(bad.stderr).toContain('resourceType: expected "Practitioner"');
    }, 120_000);

    it('writes the CE audit packet of a record file as a PDF whose text lists every activity of the cycle and the totals', async () => {
      const exported = run('export', 'record', people.get('ana.reyes') ?? '');
      writeFileSync(join(dir, 'ana.json'), exported.stdout);
      const res = run('audit-packet', join(dir, 'ana.json'), '--credential', 'arrt:R', '--cycle', '2026-01-01', '--out', join(dir, 'ana.pdf'), '--json');
      expect(res.stderr).toBe('');
      expect(res.status).toBe(0);
      const packet = JSON.parse(res.stdout) as { start: string; end: string; required: number; earned: number; groups: Array<{ activities: Array<{ title: string; completedOn: string }> }> };
      expect(packet.start).toBe('2025-05-01');
      const record = JSON.parse(exported.stdout) as { ce: Array<{ title: string; completedOn: string }> };
      const inCycle = record.ce.filter((a) => a.completedOn >= packet.start && a.completedOn <= packet.end);
      expect(packet.groups.flatMap((g) => g.activities)).toHaveLength(inCycle.length);
      const text = (await pdfText(new Uint8Array(readFileSync(join(dir, 'ana.pdf'))))).join('\n').replace(/\s+/g, ' ');
      for (const a of inCycle) expect(text).toContain(`${a.completedOn} ${a.title}`);
      expect(text).toContain(`Total counted: ${String(packet.earned)} of ${String(packet.required)} credits.`);
      const none = run('audit-packet', join(dir, 'ana.json'), '--credential', 'arrt:MR', '--out', join(dir, 'x.pdf'));
      expect(none.status).toBe(2);
      expect(none.stderr).toContain('--credential: arrt:MR is not held');
      expect(run('audit-packet', join(dir, 'ana.json'), '--credential', 'arrt:ZZ', '--cycle', '2026-02-30', '--out', join(dir, 'x.pdf')).stderr).toContain('--cycle');
    }, 120_000);
  });
}
