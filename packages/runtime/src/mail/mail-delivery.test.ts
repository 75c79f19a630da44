import { deliverDueMail, enqueueMail, retryDelayMs, type MailDeliveryPolicy } from '@modality/app';
import { FakeClock, SequentialIds, openTestStore, startTestSmtpServer, testDialects, type TestSmtpServer } from '@modality/testkit';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { smtpTransport } from './smtp-transport.js';

const policy: MailDeliveryPolicy = { batch: 10, leaseMs: 60_000, baseDelayMs: 60_000, maxDelayMs: 10 * 60_000, maxAttempts: 3 };

for (const dialect of testDialects()) {
  describe(`mail delivery over a real SMTP server [${dialect.name}]`, () => {
    let smtp: TestSmtpServer;
    let store: Awaited<ReturnType<typeof openTestStore>>['store'];
    let closeStore: () => Promise<void>;
    const clock = new FakeClock('2026-11-30T09:00:00.000Z');
    const ids = new SequentialIds();
    beforeAll(async () => {
      smtp = await startTestSmtpServer();
      ({ store, close: closeStore } = await openTestStore(dialect));
    });
    afterAll(async () => {
      await closeStore();
      await smtp.close();
    });

    it('delivers each mail once, with a Message-ID made from its outbox row', async () => {
      const transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
      try {
        await store.transaction((tx) => enqueueMail({ ids, clock }, tx, { kind: 'test', to: 'ana@example.org', subject: 'Your reset link', text: 'Open https://modality.test/reset' }));
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 1, retrying: 0, dead: 0 });
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 0, dead: 0 });
        expect(smtp.received).toHaveLength(1);
        const [got] = smtp.received;
        expect(got?.to).toEqual(['ana@example.org']);
        expect(got?.raw).toContain('Subject: Your reset link');
        expect(got?.raw).toMatch(/Message-ID: <mail_\d+@modality\.test>/i);
        expect(got?.raw).toContain('https://modality.test/reset');
        expect((await store.mailOutbox.listRecent(1))[0]).toMatchObject({ status: 'sent', transport: 'smtp', attempts: 1 });
      } finally {
        transport.close();
      }
    });

    it('retries a refused mail with growing waits, then gives up and keeps it as a dead letter', async () => {
      const transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
      try {
        await store.transaction((tx) => enqueueMail({ ids, clock }, tx, { kind: 'test', to: 'nobody@refused.example', subject: 'Never arrives', text: '…' }));
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 1, dead: 0 });
        // Not due again before the back-off has passed.
        clock.advance(retryDelayMs(1, policy) - 1000);
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 0, dead: 0 });
        clock.advance(1000);
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 1, dead: 0 });
        expect(retryDelayMs(2, policy)).toBe(2 * retryDelayMs(1, policy));
        clock.advance(retryDelayMs(2, policy));
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 0, dead: 1 });
        clock.advance(24 * 60 * 60_000);
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 0, dead: 0 });
        const dead = (await store.mailOutbox.listRecent(5)).find((m) => m.to === 'nobody@refused.example');
        expect(dead).toMatchObject({ status: 'dead', attempts: 3 });
        expect(dead?.lastError).toContain('mailbox unavailable');
        expect(smtp.received.some((r) => r.to.includes('nobody@refused.example'))).toBe(false);
      } finally {
        transport.close();
      }
    });

    it('a mail left leased by a worker that died is delivered after the lease ends', async () => {
      const transport = smtpTransport({ url: smtp.url, from: 'Modality <no-reply@modality.test>' });
      try {
        await store.transaction((tx) => enqueueMail({ ids, clock }, tx, { kind: 'test', to: 'lease@example.org', subject: 'Leased', text: '…' }));
        const now = clock.now();
        await store.mailOutbox.claim(now.toISOString(), new Date(now.getTime() + policy.leaseMs).toISOString(), 10); // the dying worker
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 0, retrying: 0, dead: 0 });
        clock.advance(policy.leaseMs);
        expect(await deliverDueMail({ store, clock }, transport, policy)).toEqual({ sent: 1, retrying: 0, dead: 0 });
        expect(smtp.received.filter((r) => r.to.includes('lease@example.org'))).toHaveLength(1);
      } finally {
        transport.close();
      }
    });
  });
}
