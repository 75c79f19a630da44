import { payWords } from '@modality/domain';
import type { MailDraft } from '../mail/deliver-mail.js';
import type { PayRange } from '../ports/index.js';

/** What a request mail says about the posting: words only (ids appear only inside links). */
export interface RequestMailPosting {
  readonly title: string;
  readonly place: string;
  readonly pay: PayRange;
}

/**
 * The mail a candidate gets when a recruiter asks to represent them for one posting: which job, which
 * organisation, the pay, and the link to answer in the app (signed in).
 */
export function representRequestMail(to: string, name: string, organisation: string, posting: RequestMailPosting, link: string): MailDraft {
  return {
    kind: 'staffing-request',
    to,
    subject: `${organisation} asks to represent you for "${posting.title}"`,
    text: [
      `Hello ${name},`,
      '',
      `${organisation} asks for your consent to represent you for one job: "${posting.title}" in ${posting.place}, paying ${payWords(posting.pay)}.`,
      '',
      'They know you only by your handle, your city and your credentials. If you accept, they see your name and e-mail address for this job, and you see each time they read them.',
      '',
      `To accept or decline, sign in and open: ${link}`,
      '',
      'If you do nothing, nobody puts you forward for this job. You get this mail because you let recruiters find you in "My job search"; you can turn that off there.',
    ].join('\n'),
  };
}

const ANSWER_WORDS: Readonly<Record<'accept' | 'decline' | 'withdraw', string>> = {
  accept: 'accepted your request to represent them',
  decline: 'declined your request to represent them',
  withdraw: 'withdrew their consent to be represented',
};

/** The mail the recruiter who asked gets when the candidate accepts, declines or withdraws. */
export function requestAnsweredMail(to: string, name: string, handle: string, answer: 'accept' | 'decline' | 'withdraw', posting: RequestMailPosting, link: string): MailDraft {
  const next =
    answer === 'accept'
      ? 'Their name and e-mail address are now shown with the request on your Candidates page.'
      : answer === 'decline'
        ? 'Nobody may represent them for this job unless they agree; the job is free for another request or their own application.'
        : 'You may no longer put them forward for this job.';
  return {
    kind: 'staffing-request-answered',
    to,
    subject: `${handle} ${answer === 'accept' ? 'accepted' : answer === 'decline' ? 'declined' : 'withdrew'}: "${posting.title}"`,
    text: [`Hello ${name},`, '', `The candidate ${handle} ${ANSWER_WORDS[answer]} for "${posting.title}" in ${posting.place} (${payWords(posting.pay)}).`, '', next, '', `See the job's requests: ${link}`].join('\n'),
  };
}

/**
 * The mail the posting's own organisation (its recruiters and organisation admins) gets when a candidate
 * is put forward to it: by a staffing agency whose request the candidate accepted (`by` names the agency),
 * or by the candidate's own application (`by` null). The candidate is named by handle only; the name and
 * e-mail are on the Candidates page, where each reading is logged for the candidate to see.
 */
export function submissionMail(to: string, name: string, by: string | null, handle: string, posting: RequestMailPosting, link: string): MailDraft {
  const who = by === null ? `The candidate ${handle} applied` : `${by} put forward the candidate ${handle}, who agreed,`;
  return {
    kind: 'staffing-submission',
    to,
    subject: by === null ? `A new application: "${posting.title}"` : `${by} put a candidate forward: "${posting.title}"`,
    text: [`Hello ${name},`, '', `${who} for your job "${posting.title}" in ${posting.place} (${payWords(posting.pay)}).`, '', 'Their name and e-mail address are shown with the submission on your Candidates page.', '', `See the job's requests and applications: ${link}`].join('\n'),
  };
}
