import type { AddressInfo } from 'node:net';
import { SMTPServer } from 'smtp-server';

/** One message as the SMTP server received it: the envelope's recipients and the raw message. */
export interface ReceivedMail {
  readonly to: readonly string[];
  readonly raw: string;
}

/** A real SMTP server listening on a free local port, and what it has received so far. */
export interface TestSmtpServer {
  /** `smtp://127.0.0.1:PORT`, for nodemailer or `MODALITY_SMTP_URL`. */
  readonly url: string;
  readonly received: ReceivedMail[];
  /** Waits until a message to `address` has arrived (20 s at most by default) and returns the newest one. */
  waitFor(address: string, timeoutMs?: number): Promise<ReceivedMail>;
  close(): Promise<void>;
}

/**
 * Starts a real SMTP server (the `smtp-server` package) for a test: no auth, no TLS. Recipients at
 * `@refused.example` are refused at RCPT TO, as a mailbox that does not exist would be.
 *
 * @example
 * const smtp = await startTestSmtpServer();
 * const mail = await smtp.waitFor('ana@example.org'); // mail.raw contains the headers and the text
 */
export async function startTestSmtpServer(): Promise<TestSmtpServer> {
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS'],
    logger: false,
    onRcptTo(address, _session, callback) {
      callback(address.address.endsWith('@refused.example') ? new Error('mailbox unavailable') : undefined);
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (c: Buffer) => chunks.push(c));
      stream.on('end', () => {
        received.push({ to: session.envelope.rcptTo.map((r) => r.address), raw: Buffer.concat(chunks).toString('utf8') });
        callback();
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    url: `smtp://127.0.0.1:${String(port)}`,
    received,
    async waitFor(address, timeoutMs = 20_000) {
      // Long enough for a server's own worker, which delivers every few seconds, on a busy machine.
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const found = received.filter((m) => m.to.includes(address)).at(-1);
        if (found) return found;
        if (Date.now() > deadline) throw new Error(`no mail to ${address} arrived within ${String(timeoutMs)} ms`);
        await new Promise((r) => setTimeout(r, 50));
      }
    },
    close: () => new Promise((resolve) => server.close(() => resolve())),
  };
}

/**
 * The text of a received message with quoted-printable soft line breaks undone, so that a link can be
 * found in it whole.
 */
export function mailText(mail: ReceivedMail): string {
  return mail.raw.replace(/=\r?\n/g, '').replace(/=3D/g, '=');
}
