import type { Store } from '@modality/app';
import type { Kysely } from 'kysely';
import type { Database } from './database.js';
import type { Dialect } from './dialect.js';
import { KyselyAccountTokenRepository } from './repositories/account-token.repository.js';
import { AuditGroupCommit } from './repositories/audit-group-commit.js';
import { KyselyAuditLog } from './repositories/audit.repository.js';
import { KyselyClinicalRepository } from './repositories/clinical.repository.js';
import { KyselyCohortRepository } from './repositories/cohort.repository.js';
import { KyselyClinicalPlacementRepository } from './repositories/clinical-placement.repository.js';
import { KyselySavedSearchRepository } from './repositories/saved-search.repository.js';
import { KyselyPostprimaryRepository } from './repositories/postprimary.repository.js';
import { KyselyTimeRecordRepository } from './repositories/time-record.repository.js';
import { KyselyProgramRequirementsRepository } from './repositories/program-requirements.repository.js';
import { KyselyGradeFormRepository } from './repositories/grade-form.repository.js';
import { KyselyCalendarFeedRepository } from './repositories/calendar-feed.repository.js';
import { KyselyIssuedCredentialRepository } from './repositories/issued-credential.repository.js';
import { KyselyIssuerRepository } from './repositories/issuer.repository.js';
import { KyselyStatusListRepository } from './repositories/status-list.repository.js';
import type { Executor } from './repositories/executor.js';
import { KyselyInvitationRepository } from './repositories/invitation.repository.js';
import { KyselyMailOutbox } from './repositories/mail-outbox.repository.js';
import { KyselyMembershipRepository } from './repositories/membership.repository.js';
import { KyselyOrganisationRepository } from './repositories/organisation.repository.js';
import { KyselyPersonRepository } from './repositories/person.repository.js';
import { KyselyCandidateProfileRepository } from './repositories/candidate-profile.repository.js';
import { KyselyPostingRepository } from './repositories/posting.repository.js';
import { KyselyRecordFileRepository } from './repositories/record-file.repository.js';
import { KyselyStaffingRequestRepository } from './repositories/staffing-request.repository.js';
import { KyselyProgramRepository } from './repositories/program.repository.js';
import { KyselyRateLimitRepository } from './repositories/rate-limit.repository.js';
import { KyselyReminderSettingsRepository } from './repositories/reminder-settings.repository.js';
import { KyselySessionRepository } from './repositories/session.repository.js';
import { KyselyUserRepository } from './repositories/user.repository.js';

/**
 * The {@link Store} port over Kysely, on either dialect. Inside `transaction` every repository is bound to
 * the transaction; a nested `transaction` call joins the outer one.
 */
export class KyselyStore implements Store {
  readonly users;
  readonly organisations;
  readonly memberships;
  readonly sessions;
  readonly invitations;
  readonly people;
  readonly audit;
  readonly programs;
  readonly issuers;
  readonly statusLists;
  readonly issuedCredentials;
  readonly calendarFeeds;
  readonly mailOutbox;
  readonly rateLimits;
  readonly postings;
  readonly profiles;
  readonly accountTokens;
  readonly reminderSettings;
  readonly recordFiles;
  readonly staffingRequests;
  readonly clinical;
  readonly cohorts;
  readonly clinicalPlacement;
  readonly savedSearches;
  readonly timeRecords;
  readonly programRequirements;
  readonly gradeForms;
  readonly postprimary;

  readonly db: Kysely<Database>;
  readonly dialect: Dialect;
  readonly #inTransaction: boolean;

  constructor(db: Kysely<Database>, dialect: Dialect, executor: Executor = db, inTransaction = false) {
    this.db = db;
    this.dialect = dialect;
    this.#inTransaction = inTransaction;
    this.users = new KyselyUserRepository(executor);
    this.organisations = new KyselyOrganisationRepository(executor);
    this.memberships = new KyselyMembershipRepository(executor);
    this.sessions = new KyselySessionRepository(executor);
    this.invitations = new KyselyInvitationRepository(executor);
    this.people = new KyselyPersonRepository(executor);
    this.audit = new KyselyAuditLog(executor, inTransaction ? undefined : new AuditGroupCommit(db));
    this.programs = new KyselyProgramRepository(executor);
    this.issuers = new KyselyIssuerRepository(executor);
    this.statusLists = new KyselyStatusListRepository(executor);
    this.issuedCredentials = new KyselyIssuedCredentialRepository(executor);
    this.calendarFeeds = new KyselyCalendarFeedRepository(executor);
    this.mailOutbox = new KyselyMailOutbox(executor, dialect);
    this.rateLimits = new KyselyRateLimitRepository(executor);
    this.postings = new KyselyPostingRepository(executor);
    this.profiles = new KyselyCandidateProfileRepository(executor, dialect);
    this.accountTokens = new KyselyAccountTokenRepository(executor);
    this.reminderSettings = new KyselyReminderSettingsRepository(executor);
    this.recordFiles = new KyselyRecordFileRepository(executor);
    this.staffingRequests = new KyselyStaffingRequestRepository(executor);
    this.clinical = new KyselyClinicalRepository(executor);
    this.cohorts = new KyselyCohortRepository(executor);
    this.clinicalPlacement = new KyselyClinicalPlacementRepository(executor);
    this.savedSearches = new KyselySavedSearchRepository(executor);
    this.timeRecords = new KyselyTimeRecordRepository(executor);
    this.programRequirements = new KyselyProgramRequirementsRepository(executor);
    this.gradeForms = new KyselyGradeFormRepository(executor);
    this.postprimary = new KyselyPostprimaryRepository(executor);
  }

  transaction<T>(work: (tx: Store) => Promise<T>): Promise<T> {
    if (this.#inTransaction) return work(this);
    return this.db.transaction().execute((trx) => work(new KyselyStore(this.db, this.dialect, trx, true)));
  }
}
