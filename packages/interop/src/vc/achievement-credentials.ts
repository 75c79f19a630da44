import type { CeActivity, ClinicalEntry, EducationEntry, JsonObject, JsonValue } from '@modality/domain';
import { CREDENTIAL_CONTEXTS } from './contexts.js';
import { procedureName } from './procedure-name.js';

/** Who issues: a `did:web` and the name people read. */
export interface IssuerProfile {
  readonly did: string;
  readonly name: string;
  /** The issuer's web address (the install's public URL, or the organisation's page). */
  readonly url: string;
}

/** Where a credential's revocation bit lives (Bitstring Status List v1.0). */
export interface StatusEntry {
  readonly listUrl: string;
  readonly index: number;
}

/** What every issued credential carries besides its claim; ids and instants are made at the edge. */
export interface CredentialFrame {
  /** `urn:uuid:…` */
  readonly id: string;
  readonly issuer: IssuerProfile;
  /** The person as the credential names them (no e-mail, no internal id). */
  readonly subjectName: string;
  /** ISO instant. */
  readonly validFrom: string;
  readonly validUntil?: string;
  readonly status: StatusEntry;
}

/** The four kinds of credential Modality issues. */
export const ISSUED_KINDS = ['competency', 'program', 'ce', 'snapshot'] as const;
export type IssuedKind = (typeof ISSUED_KINDS)[number];

const slug = (s: string): string => s.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '');

function openBadge(frame: CredentialFrame, name: string, achievement: JsonObject, extraSubject: JsonObject = {}): JsonObject {
  return {
    '@context': [...CREDENTIAL_CONTEXTS],
    id: frame.id,
    type: ['VerifiableCredential', 'OpenBadgeCredential'],
    issuer: { id: frame.issuer.did, type: ['Profile'], name: frame.issuer.name, url: frame.issuer.url },
    validFrom: frame.validFrom,
    ...(frame.validUntil === undefined ? {} : { validUntil: frame.validUntil }),
    name,
    credentialSubject: {
      type: ['AchievementSubject'],
      identifier: [{ type: 'IdentityObject', identityHash: frame.subjectName, identityType: 'name', hashed: false }],
      achievement,
      ...extraSubject,
    },
    credentialStatus: {
      id: `${frame.status.listUrl}#${String(frame.status.index)}`,
      type: 'BitstringStatusListEntry',
      statusPurpose: 'revocation',
      statusListIndex: String(frame.status.index),
      statusListCredential: frame.status.listUrl,
    },
  };
}

const achievementId = (frame: CredentialFrame, kind: IssuedKind, key: string): string => `${frame.issuer.url.replace(/\/$/, '')}/achievements/${kind}/${slug(key)}`;

/**
 * A signed-off clinical competency from the clinical log, as an Open Badges 3.0 `OpenBadgeCredential`
 * (achievementType `Competency`). Unsigned: the proof is added by the signer.
 *
 * @example
 * competencyCredential(frame, { procedure: 'xr:chest', performedOn: '2026-01-20', count: 14, verifiedBy: 'O. Bennett, R.T.(R)' }).name
 * // 'Competency: Radiography: chest'
 */
export function competencyCredential(frame: CredentialFrame, entry: ClinicalEntry): JsonObject {
  const what = procedureName(entry.procedure);
  const count = entry.count ?? 1;
  const narrative = `Performed ${String(count)} time${count === 1 ? '' : 's'} on patients (not simulated) and signed off by ${entry.verifiedBy ?? 'the clinical instructor'} on ${entry.performedOn}.`;
  return openBadge(
    frame,
    `Competency: ${what}`,
    {
      id: achievementId(frame, 'competency', entry.procedure),
      type: ['Achievement'],
      achievementType: 'Competency',
      name: what,
      description: `Clinical competency in ${what.toLowerCase()}, from the clinical log kept with ${frame.issuer.name}.`,
      criteria: { narrative },
      tag: [entry.procedure],
    },
    { activityEndDate: `${entry.performedOn}T00:00:00Z` },
  );
}

const DEGREE_TYPE: Readonly<Record<EducationEntry['award'], string>> = {
  certificate: 'Certificate',
  associate: 'AssociateDegree',
  bachelor: 'BachelorDegree',
  master: 'MasterDegree',
  doctorate: 'DoctoralDegree',
};

/** A completed professional program or degree (achievementType from the award). */
export function programCredential(frame: CredentialFrame, entry: EducationEntry): JsonObject {
  const what = `${entry.discipline.replace(/-/g, ' ')} ${entry.kind === 'program' ? 'program' : 'degree'} (${entry.award})`;
  return openBadge(
    frame,
    `Completed: ${what}`,
    {
      id: achievementId(frame, 'program', `${entry.kind}-${entry.discipline}-${entry.award}`),
      type: ['Achievement'],
      achievementType: DEGREE_TYPE[entry.award],
      name: `Completed ${what}`,
      description: `Completion of the ${what} at ${frame.issuer.name}.`,
      criteria: { narrative: `Completed on ${entry.completedOn ?? 'the date the program recorded'}${entry.startedOn === undefined ? '' : `, started ${entry.startedOn}`}.` },
      ...(entry.approvedBy === undefined || entry.approvedBy.length === 0 ? {} : { tag: [...entry.approvedBy] }),
    },
    entry.completedOn === undefined ? {} : { activityEndDate: `${entry.completedOn}T00:00:00Z` },
  );
}

/** A CE activity the issuing organisation provided (achievementType `Course`, with its credits). */
export function ceCredential(frame: CredentialFrame, activity: CeActivity): JsonObject {
  const credits = activity.credits ?? activity.semesterCredits ?? activity.quarterCredits;
  const unit = activity.credits !== undefined ? 'credits' : activity.semesterCredits !== undefined ? 'semester credits' : 'quarter credits';
  const achievement: Record<string, JsonValue> = {
    id: achievementId(frame, 'ce', `${activity.title}-${activity.completedOn}`),
    type: ['Achievement'],
    achievementType: 'Course',
    name: activity.title,
    description: `Continuing education provided by ${frame.issuer.name}${activity.category === undefined ? '' : `, ARRT category ${activity.category}`}.`,
    criteria: { narrative: `Completed on ${activity.completedOn}${credits === undefined ? '' : ` for ${String(credits)} ${unit}`}.` },
  };
  if (credits !== undefined) achievement.creditsAvailable = credits;
  if (activity.topics !== undefined && activity.topics.length > 0) achievement.tag = [...activity.topics];
  return openBadge(frame, `CE: ${activity.title}`, achievement, { activityEndDate: `${activity.completedOn}T00:00:00Z` });
}

/** One credential's state as the rules engine found it, for a record snapshot. */
export interface SnapshotLine {
  readonly credential: string;
  readonly name: string;
  /** The engine's status in words, e.g. `in progress`, `compliant`. */
  readonly status: string;
  /** e.g. `CE 12 of 24 credits, 2025-05-01 to 2027-04-30` */
  readonly detail?: string;
}

/**
 * A "record snapshot": the credentials in a person's record and their status on `asOf`, as Modality's
 * rules engine found them from that record. Worded as Modality's finding: it is not a statement by any
 * registry or board, and says so in its description and criteria.
 */
export function snapshotCredential(frame: CredentialFrame, asOf: string, lines: readonly SnapshotLine[]): JsonObject {
  const findings = lines.map((l) => `${l.name}: ${l.status}${l.detail === undefined ? '' : ` (${l.detail})`}`);
  return openBadge(
    frame,
    `Record snapshot on ${asOf}: Modality's finding`,
    {
      id: achievementId(frame, 'snapshot', asOf),
      type: ['Achievement'],
      achievementType: 'ext:ModalityRecordSnapshot',
      name: `Credential status on ${asOf}, as Modality's rules engine found it`,
      description:
        `Modality read the record this person keeps and applied its rules on ${asOf}. This is Modality's finding from that record; ` +
        'it is not a statement by any registry, board or licensing body. Check with the body itself for its own word.',
      criteria: { narrative: findings.length === 0 ? 'The record names no credentials.' : findings.join('\n') },
    },
    { activityEndDate: `${asOf}T00:00:00Z` },
  );
}
