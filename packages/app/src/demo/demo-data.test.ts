import { parsePersonRecord } from '@modality/contracts';
import { describe, expect, it } from 'vitest';
import { DEMO_EMAIL_DOMAIN, DEMO_ORGANISATIONS, DEMO_USERS } from './demo-data.js';

describe('demo data', () => {
  it('every demo record is a valid person record v1', () => {
    for (const u of DEMO_USERS) {
      if (!u.record) continue;
      const r = parsePersonRecord(JSON.parse(JSON.stringify(u.record)));
      expect(r.ok ? [] : r.error, u.email).toEqual([]);
    }
  });

  it('is marked fictitious: reserved e-mail domain, "(fictitious)" organisations, DEMO- numbers', () => {
    expect(DEMO_ORGANISATIONS.every((o) => o.name.endsWith('(fictitious)'))).toBe(true);
    expect(DEMO_USERS.every((u) => u.email.endsWith(`@${DEMO_EMAIL_DOMAIN}`))).toBe(true);
    const numbers = DEMO_USERS.flatMap((u) => u.record?.credentials ?? []).map((c) => c.number);
    expect(numbers.length).toBeGreaterThan(0);
    expect(numbers.every((n) => n?.startsWith('DEMO-'))).toBe(true);
  });

  it('has a user for every role, and the people the foundation issue asks for', () => {
    const roles = new Set(DEMO_USERS.flatMap((u) => u.memberships.map((m) => m.role)));
    expect([...roles].sort()).toEqual(['instructor', 'org_admin', 'professional', 'program_director', 'recruiter', 'student']);
    expect(DEMO_USERS.some((u) => u.isAdmin)).toBe(true);
    const holds = (code: string) => DEMO_USERS.some((u) => u.record?.credentials?.some((c) => c.credential === code));
    for (const code of ['arrt:CT', 'arrt:MR', 'ardms:RDMS', 'nmtcb:CNMT', 'arrt:T']) expect(holds(code), code).toBe(true);
    expect(DEMO_USERS.filter((u) => u.memberships.some((m) => m.role === 'student') && u.record).length).toBeGreaterThanOrEqual(2);
    const international = DEMO_USERS.find((u) => u.record?.education?.some((e) => e.country !== 'US'));
    expect(international?.record?.person.country).not.toBe('US');
    const kinds = new Set(DEMO_ORGANISATIONS.map((o) => o.kind));
    expect([...kinds].sort()).toEqual(['hospital', 'imaging-centre', 'school', 'staffing-agency']);
  });

  it('is internally consistent: nothing earned before the person was 16, no exam after the record it led to, programs before credentials', () => {
    for (const u of DEMO_USERS) {
      const r = u.record;
      if (!r) continue;
      const born = r.person.birthDate;
      const sixteen = `${String(Number(born.slice(0, 4)) + 16)}${born.slice(4)}`;
      for (const c of r.credentials ?? []) {
        expect(c.earnedOn > sixteen, `${u.email} ${c.credential}`).toBe(true);
        const program = (r.education ?? []).find((e) => e.kind === 'program');
        if (program?.completedOn && (c.credential.startsWith('arrt:') || c.credential.startsWith('nmtcb:') || c.credential.startsWith('ardms:'))) {
          expect(c.earnedOn >= program.completedOn, `${u.email} ${c.credential} before program completion`).toBe(true);
        }
        if (c.expiresOn) expect(c.expiresOn > c.earnedOn).toBe(true);
      }
      for (const e of r.education ?? []) if (e.startedOn && e.completedOn) expect(e.completedOn > e.startedOn).toBe(true);
    }
  });
});

describe('demo CE generation', () => {
  it('is deterministic and stays inside its window', async () => {
    const { demoCe } = await import('./demo-ce.js');
    const a = demoCe(7, '2025-01-01', 365, 12);
    expect(demoCe(7, '2025-01-01', 365, 12)).toEqual(a);
    expect(demoCe(8, '2025-01-01', 365, 12)).not.toEqual(a);
    expect(a.every((x) => x.completedOn >= '2025-01-01' && x.completedOn <= '2026-01-01')).toBe(true);
    expect(a.every((x) => x.credits !== undefined && x.credits >= 1 && x.credits <= 3)).toBe(true);
  });
});
