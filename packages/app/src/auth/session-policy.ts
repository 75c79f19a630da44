/** Sessions last 14 days from sign-in; invitations 14 days from sending. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
