import type { MailDraft } from '../mail/deliver-mail.js';
import type { ClinicalEntryView } from './clinical-log.js';

const ROLE_WORDS = { observed: 'observed', assisted: 'assisted with', performed: 'performed' } as const;

/**
 * The mail that carries a one-time sign-off link to a technologist: whose entry, what it says, the link and
 * how long it works, and to sign only what they were present for.
 */
export function signRequestMail(to: string, studentName: string, entry: ClinicalEntryView, link: string, hours: number): MailDraft {
  return {
    kind: 'clinical-sign-request',
    to,
    subject: `${studentName} asks you to sign a clinical log entry`,
    text: [
      'Hello,',
      '',
      `${studentName}, a radiography student, asks you to sign one entry of their clinical log:`,
      '',
      `  ${entry.procedureName}, ${ROLE_WORDS[entry.role]} on ${entry.performedOn} at ${entry.site.name}${entry.repeat ? ' (a repeat)' : ''}, under ${entry.supervision} supervision.`,
      '',
      `To sign it, open this link within ${hours} hours (no account is needed):`,
      '',
      link,
      '',
      'The link works once. Sign only a procedure you were physically present for.',
      'If you do not know this student or were not there, you can ignore this mail.',
    ].join('\n'),
  };
}
