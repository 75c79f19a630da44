import { Migrator, type Kysely, type Migration, type MigrationResultSet } from 'kysely';
import type { Dialect } from '../dialect.js';
import type { Database } from '../database.js';
import { initialMigration } from './001-initial.js';
import { programsMigration } from './002-programs.js';
import { recordDocumentMigration } from './003-record-document.js';
import { credentialsProofMigration } from './008-credentials-proof.js';
import { accountsOutboxMigration } from './009-accounts-outbox.js';
import { rateLimitsMigration } from './010-rate-limits.js';
import { recordFilesMigration } from './011-record-files.js';
import { programOutcomesMigration } from './012-program-outcomes.js';
import { staffingMigration } from './013-staffing.js';
import { clinicalMigration } from './014-clinical.js';
import { clinicalSignoffMigration } from './015-clinical-signoff.js';
import { timeRecordsMigration } from './016-time-records.js';
import { clinicalPlacementMigration } from './017-clinical-placement.js';
import { programCohortsMigration } from './018-program-cohorts.js';
import { savedSearchesMigration } from './019-saved-searches.js';
import { changeFeedMigration } from './020-change-feed.js';
import { clinicalGradesMigration } from './021-clinical-grades.js';
import { postprimaryMigration } from './022-postprimary.js';
import { programRequirementsMigration } from './023-program-requirements.js';
import { candidateFactsMigration } from './026-candidate-facts.js';
import { clinicalSimulatedMigration } from './027-clinical-simulated.js';
import { schoolGradeFormsMigration } from './029-school-grade-forms.js';
import { postprimaryLinkRecipientMigration } from './030-postprimary-link-recipient.js';
import { alertFrequencyMigration } from './031-alert-frequency.js';

/** The one list of migrations for both dialects, in order; add new ones at the end, never edit old ones. */
export function migrations(dialect: Dialect): Record<string, Migration> {
  return {
    '001-initial': initialMigration(dialect),
    '002-programs': programsMigration(dialect),
    '003-record-document': recordDocumentMigration(),
    '008-credentials-proof': credentialsProofMigration(dialect),
    '009-accounts-outbox': accountsOutboxMigration(dialect),
    '010-rate-limits': rateLimitsMigration(dialect),
    '011-record-files': recordFilesMigration(dialect),
    '012-program-outcomes': programOutcomesMigration(dialect),
    '013-staffing': staffingMigration(dialect),
    '014-clinical': clinicalMigration(dialect),
    '015-clinical-signoff': clinicalSignoffMigration(dialect),
    '016-time-records': timeRecordsMigration(dialect),
    '017-clinical-placement': clinicalPlacementMigration(),
    '018-program-cohorts': programCohortsMigration(dialect),
    '019-saved-searches': savedSearchesMigration(dialect),
    '020-change-feed': changeFeedMigration(dialect),
    '021-clinical-grades': clinicalGradesMigration(dialect),
    '022-postprimary': postprimaryMigration(dialect),
    '023-program-requirements': programRequirementsMigration(),
    '026-candidate-facts': candidateFactsMigration(dialect),
    '027-clinical-simulated': clinicalSimulatedMigration(),
    '029-school-grade-forms': schoolGradeFormsMigration(),
    '030-postprimary-link-recipient': postprimaryLinkRecipientMigration(),
    '031-alert-frequency': alertFrequencyMigration(),
  };
}

/** Brings the schema up to date; running it on an up-to-date database does nothing. */
export async function migrateToLatest(db: Kysely<Database>, dialect: Dialect): Promise<MigrationResultSet> {
  const migrator = new Migrator({ db, provider: { getMigrations: () => Promise.resolve(migrations(dialect)) } });
  const result = await migrator.migrateToLatest();
  if (result.error !== undefined) throw result.error instanceof Error ? result.error : new Error('migration failed', { cause: result.error });
  return result;
}
