import type { MailTransport, OutboxMail } from '@modality/app';
import nodemailer from 'nodemailer';

/** Where mail goes: an SMTP server (`smtp://user:pass@host:587`, `smtps://…:465`) and the sender address. */
export interface SmtpSettings {
  readonly url: string;
  readonly from: string;
}

/**
 * Delivers over SMTP with nodemailer. Each mail carries a Message-ID made from its outbox id, so a mail
 * sent twice (a worker died before recording it) is recognisably the same message.
 */
export function smtpTransport(settings: SmtpSettings): MailTransport & { close(): void } {
  const transporter = nodemailer.createTransport(settings.url);
  const domain = settings.from.match(/@([^>\s]+)/)?.[1] ?? 'modality.invalid';
  return {
    name: 'smtp',
    async send(mail: OutboxMail) {
      await transporter.sendMail({ from: settings.from, to: mail.to, subject: mail.subject, text: mail.text, messageId: `<${mail.id}@${domain}>` });
    },
    close: () => transporter.close(),
  };
}

/**
 * An install without SMTP (the demo) keeps its mail: the outbox row, marked delivered to the local
 * mailbox, is the mail (`modality mail list`, the demo's mail page).
 */
export const mailboxTransport: MailTransport = { name: 'mailbox', send: () => Promise.resolve() };

/**
 * The transport from the environment: `MODALITY_SMTP_URL` (and `MODALITY_MAIL_FROM`, default
 * `Modality <no-reply@localhost>`), or the local mailbox when no SMTP server is set.
 */
export function mailTransportFromEnv(env: Readonly<Record<string, string | undefined>>): MailTransport & { close(): void } {
  const url = env.MODALITY_SMTP_URL ?? '';
  if (url === '') return { ...mailboxTransport, close: () => undefined };
  return smtpTransport({ url, from: env.MODALITY_MAIL_FROM ?? 'Modality <no-reply@localhost>' });
}
