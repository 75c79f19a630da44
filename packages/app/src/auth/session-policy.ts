/** Sessions last 14 days from sign-in; invitations 14 days from sending. */
export const SESSION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
export const INVITATION_TTL_MS = 14 * 24 * 60 * 60 * 1000;
/** A session's "last seen" is written at most this often (not on every request). */
export const SESSION_TOUCH_MS = 5 * 60 * 1000;
/** A password-reset link works once, for 30 minutes; a verification link for 7 days. */
export const PASSWORD_RESET_TTL_MS = 30 * 60 * 1000;
export const EMAIL_VERIFICATION_TTL_MS = 7 * 24 * 60 * 60 * 1000;
/** The one-time link of `modality admin create --link` works for 24 hours. */
export const ADMIN_LINK_TTL_MS = 24 * 60 * 60 * 1000;
