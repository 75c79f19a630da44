import type { ColumnType, Generated } from 'kysely';

/**
 * Table types. Dates are `YYYY-MM-DD` text and instants ISO-8601 text in both dialects, so one query
 * works on SQLite and PostgreSQL and sorts correctly; booleans are 0/1 integers for the same reason.
 */
export interface Database {
  organisations: { id: string; name: string; kind: string; created_at: string };
  users: { id: string; email: string; name: string; password_hash: string; is_admin: number; created_at: string; email_verified_at: ColumnType<string | null, string | null | undefined, string | null> };
  memberships: { user_id: string; organisation_id: string; role: string; created_at: string };
  sessions: {
    token_hash: string;
    user_id: string;
    csrf_token: string;
    created_at: string;
    expires_at: string;
    last_seen_at: ColumnType<string | null, string | null | undefined, string | null>;
    user_agent: ColumnType<string | null, string | null | undefined, string | null>;
  };
  mail_outbox: {
    id: string;
    kind: string;
    dedupe_key: string | null;
    to_address: string;
    subject: string;
    body_text: string;
    status: string;
    attempts: number;
    next_attempt_at: string;
    locked_until: string | null;
    last_error: string | null;
    transport: string | null;
    created_at: string;
    sent_at: string | null;
  };
  account_tokens: { token_hash: string; user_id: string; purpose: string; created_at: string; expires_at: string; used_at: string | null };
  reminder_settings: { user_id: string; days: string; updated_at: string };
  saved_searches: { id: string; user_id: string; query_json: string; created_at: string; alerted_through: string; alert_frequency: string };
  invitations: {
    id: string;
    organisation_id: string;
    email: string;
    role: string;
    token_hash: string;
    invited_by: string;
    created_at: string;
    expires_at: string;
    accepted_at: string | null;
    accepted_by: string | null;
  };
  people: {
    id: string;
    owner_user_id: string | null;
    external_id: string | null;
    name: string;
    birth_date: string | null;
    country: string;
    region: string | null;
    /** Which of the record's optional lists were present, comma-separated, so export returns the same document. */
    record_sections: string;
    record_hash: string;
    /** The record document as stored (JSON); null before migration 003, then rebuilt from the rows. */
    record_json: string | null;
    created_at: string;
    updated_at: string;
  };
  education: {
    person_id: string;
    position: number;
    kind: string;
    discipline: string;
    award: string;
    country: string;
    approved_by: string | null;
    started_on: string | null;
    completed_on: string | null;
  };
  credentials: {
    person_id: string;
    position: number;
    credential: string;
    earned_on: string;
    number: string | null;
    cycle_start: string | null;
    cycle_end: string | null;
    expires_on: string | null;
    status: string | null;
  };
  ce_activities: {
    person_id: string;
    position: number;
    title: string;
    completed_on: string;
    credits: number | null;
    category: string | null;
    kind: string | null;
    semester_credits: number | null;
    quarter_credits: number | null;
    topics: string | null;
    content_category: string | null;
    for_credential: string | null;
  };
  clinical_entries: {
    person_id: string;
    position: number;
    procedure: string;
    performed_on: string;
    count: number | null;
    hours: number | null;
    verified_by: string | null;
    /** Migration 018. */
    verified_on: string | null;
    /** Migration 018. */
    role: string | null;
    simulated: number | null;
    /** Migration 029: a competency attempt's grade, as JSON. */
    grade: string | null;
  };
  exams: {
    person_id: string;
    position: number;
    exam: string;
    window_start: string | null;
    taken_on: string | null;
    result: string | null;
  };
  verifiable_credentials: {
    person_id: string;
    position: number;
    credential_id: string | null;
    issuer: string | null;
    /** The credential document exactly as received (JSON text). */
    document: string;
  };
  audit_log: {
    id: Generated<number>;
    at: string;
    actor_user_id: string | null;
    organisation_id: string | null;
    action: string;
    subject_person_id: string | null;
    details: string;
  };
  app_meta: { key: string; value: ColumnType<string, string, string> };
  /** One counter per key and fixed window (migration 010); `key` is `policy:windowSeconds:digest`. */
  rate_limits: { key: string; window_start: string; window_end: string; count: number };
}
