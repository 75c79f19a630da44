import type { MailDraft } from '../mail/deliver-mail.js';

/** A student's new rotation, when a placement is published: the site, the dates and the calendar link. */
export function rotationPublishedMail(
  to: { readonly email: string; readonly name: string },
  rotation: { readonly runId: string; readonly termName: string; readonly siteName: string; readonly siteAddress: string | null; readonly startsOn: string; readonly endsOn: string },
  publicUrl: string,
): MailDraft {
  return {
    kind: 'clinical-rotation-published',
    to: to.email,
    dedupeKey: `clinical-rotation-published:${rotation.runId}:${to.email}`,
    subject: `Your ${rotation.termName} rotation: ${rotation.siteName}`,
    text: [
      `Hello ${to.name},`,
      '',
      `Your program has published the clinical placement for ${rotation.termName}. You are placed at:`,
      '',
      `  ${rotation.siteName}${rotation.siteAddress === null ? '' : `, ${rotation.siteAddress}`}`,
      `  from ${rotation.startsOn} to ${rotation.endsOn}`,
      '',
      `Your rotation and why you were placed there: ${publicUrl}/my-placement`,
      `Add your rotations to your calendar (iCalendar, sign in first): ${publicUrl}/api/v1/me/rotations.ics`,
    ].join('\n'),
  };
}
