import type { LocalRequirement, ProgramRequirementsRepository, ProgramRequirementsRow } from '@modality/app';
import type { Kysely, Transaction } from 'kysely';
import type { Executor } from './executor.js';

/** The table of migration 023-program-requirements. */
export type ProgramRequirementsTables = {
  program_requirement_settings: {
    school_organisation_id: string;
    set_id: string;
    simulation_cap: number | null;
    local_requirements: string;
    updated_by_user_id: string | null;
    updated_at: string;
  };
};
type Db = Kysely<ProgramRequirementsTables> | Transaction<ProgramRequirementsTables>;

/** A school's choice of requirement set, its cap and its local requirements. */
export class KyselyProgramRequirementsRepository implements ProgramRequirementsRepository {
  private readonly db: Db;
  constructor(db: Executor) {
    this.db = db.withTables<ProgramRequirementsTables>() as unknown as Db;
  }

  async find(schoolOrganisationId: string): Promise<ProgramRequirementsRow | undefined> {
    const r = await this.db.selectFrom('program_requirement_settings').selectAll().where('school_organisation_id', '=', schoolOrganisationId).executeTakeFirst();
    return (
      r && {
        schoolOrganisationId: r.school_organisation_id,
        setId: r.set_id,
        simulationCap: r.simulation_cap,
        // Only the use case writes this column, from the closed shapes of the port.
        localRequirements: JSON.parse(r.local_requirements) as LocalRequirement[],
        updatedByUserId: r.updated_by_user_id,
        updatedAt: r.updated_at,
      }
    );
  }

  async save(row: ProgramRequirementsRow & { readonly updatedAt: string }): Promise<void> {
    const values = {
      set_id: row.setId,
      simulation_cap: row.simulationCap,
      local_requirements: JSON.stringify(row.localRequirements),
      updated_by_user_id: row.updatedByUserId,
      updated_at: row.updatedAt,
    };
    await this.db
      .insertInto('program_requirement_settings')
      .values({ school_organisation_id: row.schoolOrganisationId, ...values })
      .onConflict((oc) => oc.column('school_organisation_id').doUpdateSet(values))
      .execute();
  }
}
