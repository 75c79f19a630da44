import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { deliverDueMail, enqueueMail } from '@modality/app';
import { KyselyStore, migrateToLatest, openDatabase } from '@modality/storage';
import { FakeClock, SequentialIds, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport.js';

// Two nodes are two connections to one database: two pools on PostgreSQL, two handles on one SQLite file.
for (const dialect of testDialects()) {
  describe(`two mail workers on one outbox [${dialect.name}]`, () => {
    let smtp: TestSmtpServer;
    let drop: () => Promise<void>;
    const nodes: KyselyStore[] = [];
    beforeAll(async () => {
      smtp = await startTestSmtpServer();
      const created = await dialect.create();
      const dir = mkdtempSync(join(tmpdir(), 'modality-outbox-'));
      const config = created.config.kind === 'sqlite' ? { kind: 'sqlite' as const, file: join(dir, 'outbox.db') } : created.config;
      drop = async () => {
        await created.drop();
        rmSync(dir, { recursive: true, force: true });
      };
      for (let i = 0; i < 2; i++) {
        const db = openDatabase(config);
        if (i === 0) await migrateToLatest(db, dialect.name);
        nodes.push(new KyselyStore(db, dialect.name));
      }
    });
    afterAll(async () => {
      for (const n of nodes) await n.db.destroy();
      await drop();
      await smtp.close();
    });

    it('deliver every mail exactly once between them', async () => {
      const clock = new FakeClock('2026-11-30T09:00:00.000Z');
      const ids = new SequentialIds();
      const [a, b] = nodes as [KyselyStore, KyselyStore];
      for (let i = 0; i < 60; i++) await a.transaction((tx) => enqueueMail({ ids, clock }, tx, { kind: 'test', to: `n${String(i)}@example.org`, subject: `Mail ${String(i)}`, text: '…' }));
      const transports = [smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' }), smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' })];
      try {
        const policy = { batch: 7, leaseMs: 60_000, baseDelayMs: 60_000, maxDelayMs: 600_000, maxAttempts: 3 };
        const drain = async (store: KyselyStore, t: (typeof transports)[number]) => {
          let sent = 0;
          for (;;) {
            const run = await deliverDueMail({ store, clock }, t, policy);
            sent += run.sent;
            if (run.sent + run.retrying + run.dead === 0) return sent;
          }
        };
        const [sentA, sentB] = await Promise.all([drain(a, transports[0] as (typeof transports)[number]), drain(b, transports[1] as (typeof transports)[number])]);
        expect(sentA + sentB).toBe(60);
        expect(sentA).toBeGreaterThan(0);
        expect(sentB).toBeGreaterThan(0);
        const recipients = smtp.received.flatMap((m) => m.to);
        expect(recipients).toHaveLength(60);
        expect(new Set(recipients).size).toBe(60);
      } finally {
        for (const t of transports) t.close();
      }
    });
  });
}
