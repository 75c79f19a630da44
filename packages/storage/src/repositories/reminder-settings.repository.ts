import type { PageRequest, ReminderRecipient, ReminderSettingsRepository } from '@modality/app';
import type { Executor } from './executor.js';

const parseDays = (text: string): number[] => (text === '' ? [] : text.split(',').map(Number));

/** Which renewal reminders each person wants (migration 009-accounts-outbox), and whom the job mails. */
export class KyselyReminderSettingsRepository implements ReminderSettingsRepository {
  private readonly db: Executor;
  constructor(db: Executor) {
    this.db = db;
  }

  async get(userId: string): Promise<readonly number[] | undefined> {
    const r = await this.db.selectFrom('reminder_settings').select('days').where('user_id', '=', userId).executeTakeFirst();
    return r && parseDays(r.days);
  }

  async set(userId: string, days: readonly number[], at: string): Promise<void> {
    const text = days.join(',');
    await this.db
      .insertInto('reminder_settings')
      .values({ user_id: userId, days: text, updated_at: at })
      .onConflict((oc) => oc.column('user_id').doUpdateSet({ days: text, updated_at: at }))
      .execute();
  }

  async listRecipients(page: PageRequest): Promise<ReminderRecipient[]> {
    let q = this.db
      .selectFrom('people as p')
      .innerJoin('users as u', 'u.id', 'p.owner_user_id')
      .leftJoin('reminder_settings as r', 'r.user_id', 'u.id')
      .select(['p.id as person_id', 'u.id as user_id', 'u.email', 'u.name', 'r.days'])
      .orderBy('p.id')
      .limit(page.limit);
    if (page.after !== undefined) q = q.where('p.id', '>', page.after);
    const rows = await q.execute();
    return rows.map((r) => ({ personId: r.person_id, userId: r.user_id, email: r.email, name: r.name, days: r.days === null ? undefined : parseDays(r.days) }));
  }
}
