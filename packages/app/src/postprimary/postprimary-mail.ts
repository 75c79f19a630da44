import type { MailDraft } from '../mail/deliver-mail.js';
import type { PostprimaryStep } from '../ports/index.js';
import type { PostprimaryEntryView } from './postprimary-log.js';

/**
 * The mail carrying a one-time link to the verifier (confirm the procedure was done in person) or to the
 * clinical supervisor at the facility (review the documentation): whose entry, what it says, the link.
 */
export function postprimaryLinkMail(to: string, technologistName: string, step: PostprimaryStep, entry: PostprimaryEntryView, link: string, hours: number): MailDraft {
  const ask =
    step === 'verify'
      ? [`${technologistName} asks you to verify one procedure of their postprimary clinical experience log:`]
      : [`${technologistName} asks you, as clinical supervisor at ${entry.facility}, to review one verified procedure of their postprimary clinical experience log:`];
  const duty =
    step === 'verify'
      ? 'Verify only a procedure you know they performed in person; ARRT does not accept remote scanning.'
      : 'Review only if you can check their employment or authorisation there, the date worked and that the facility has the equipment.';
  return {
    kind: `postprimary-${step}-request`,
    to,
    subject: step === 'verify' ? `${technologistName} asks you to verify a clinical procedure` : `${technologistName} asks you to review a clinical procedure`,
    text: [
      'Hello,',
      '',
      ...ask,
      '',
      `  ${entry.procedureName} on ${entry.performedOn} at ${entry.facility}${entry.verifiedBy === null ? '' : `, verified by ${entry.verifiedBy.name}`}.`,
      '',
      `To answer, open this link within ${String(hours)} hours (no account is needed):`,
      '',
      link,
      '',
      `The link works once. ${duty}`,
      'If you do not know this technologist, you can ignore this mail.',
    ].join('\n'),
  };
}
