import type { MailDraft } from './deliver-mail.js';

/** The password-reset mail: the link, how long it works, and what to do if the person did not ask. */
export function passwordResetMail(to: string, name: string, link: string): MailDraft {
  return {
    kind: 'password-reset',
    to,
    subject: 'Reset your Modality password',
    text: [
      `Hello ${name},`,
      '',
      'Someone (we hope you) asked to reset the password of your Modality account. To choose a new password, open this link within 30 minutes:',
      '',
      link,
      '',
      'The link works once. Choosing a new password signs you out everywhere.',
      'If you did not ask for this, you can ignore this mail: your password stays as it is.',
    ].join('\n'),
  };
}

/** The verification mail sent at sign-up (and again on request). */
export function emailVerificationMail(to: string, name: string, link: string): MailDraft {
  return {
    kind: 'verify-email',
    to,
    subject: 'Confirm your e-mail address for Modality',
    text: [
      `Hello ${name},`,
      '',
      'Please confirm that this is your e-mail address by opening this link within 7 days:',
      '',
      link,
      '',
      'Modality sends your reminders and password resets to this address.',
      'If you did not create an account, you can ignore this mail.',
    ].join('\n'),
  };
}
