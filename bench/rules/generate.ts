import { calendarDate, mulberry32, type CalendarDate, type PersonRecord } from '@modality/domain';

const CREDENTIALS = [
  ['arrt:R', 30], ['arrt:CT', 10], ['arrt:M', 6], ['arrt:MR', 5], ['arrt:S', 5], ['arrt:N', 3], ['arrt:T', 3], ['arrt:RRA', 1],
  ['ardms:RDMS', 8], ['ardms:RVT', 3], ['ardms:RDCS', 3], ['ardms:RMSKS', 1], ['nmtcb:CNMT', 4], ['nmtcb:CT', 1], ['armrit:MRIT', 1],
  ['us-ca:crt-diagnostic', 4], ['us-ca:fluoroscopy-permit', 1], ['us-tx:mrt', 4], ['us-fl:radiographer', 3], ['us-ny:radiography', 3], ['us-ky:radiography', 1],
  ['gb:hcpc-radiographer', 2], ['au:mrpba-radiographer', 2], ['ie:coru-radiographer', 1], ['ca-on:cmrito-mrt', 1],
] as const;
const TOTAL = CREDENTIALS.reduce((s, [, w]) => s + w, 0);
const TOPICS = ['sonography', 'ct', 'msk', 'vascular', 'digital-radiography', 'mammography', 'fluoroscopy-safety', 'direct', 'human-trafficking', 'hiv-aids', 'substantive', 'personal-development', 'work-based-learning', 'formal-education', 'contrast-administration', 'x-ray-physics'];
const DISCIPLINES = ['radiography', 'sonography', 'nuclear-medicine', 'radiation-therapy', 'mri'] as const;
const CATEGORIES = ['Patient Care', 'Safety', 'Image Production', 'Procedures'];

const pad = (n: number) => String(n).padStart(2, '0');

/**
 * `count` varied, valid person records (credentials from a weighted mix of every body, 0–40 CE activities of
 * every kind, education, exams, clinical entries, some with cycles, expiries, probation or lapse).
 */
export function generateRecords(count: number, seed: number): PersonRecord[] {
  const r = mulberry32(seed);
  const int = (lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
  const pick = <T>(xs: readonly T[]): T => xs[Math.floor(r() * xs.length)] as T;
  const day = (y0: number, y1: number): CalendarDate => calendarDate(`${int(y0, y1)}-${pad(int(1, 12))}-${pad(int(1, 28))}`);
  const out: PersonRecord[] = [];
  for (let i = 0; i < count; i++) {
    const credentials: Record<string, unknown>[] = [];
    const seen = new Set<string>();
    for (let k = int(0, 4); k > 0; k--) {
      let x = r() * TOTAL;
      let code: string = CREDENTIALS[0][0];
      for (const [c, w] of CREDENTIALS) {
        x -= w;
        if (x <= 0) {
          code = c;
          break;
        }
      }
      if (seen.has(code)) continue;
      seen.add(code);
      const earnedOn = day(2004, 2025);
      const c: Record<string, unknown> = { credential: code, earnedOn };
      const roll = r();
      if (roll < 0.25) {
        const y = int(2024, 2026);
        const m = int(1, 12);
        c.cycle = { start: `${y}-${pad(m)}-01`, end: `${y + 2}-${pad(m)}-01` };
      }
      if (code.startsWith('us-') || r() < 0.3) c.expiresOn = day(2026, 2029);
      if (roll > 0.95) c.status = pick(['probation', 'lapsed', 'retired']);
      credentials.push(c);
    }
    const ce: Record<string, unknown>[] = [];
    for (let k = int(0, 40); k > 0; k--) {
      const kind = pick(['activity', 'activity', 'activity', 'activity', 'academic', 'acls', 'pals', 'structured-education', 'cqr-prescribed']);
      const a: Record<string, unknown> = { title: `activity ${k}`, completedOn: day(2019, 2026), kind };
      if (kind === 'academic') a[r() < 0.5 ? 'semesterCredits' : 'quarterCredits'] = int(1, 4);
      else a.credits = int(1, 8) / (r() < 0.2 ? 2 : 1);
      if (r() < 0.8) a.category = r() < 0.85 ? 'A' : 'A+';
      if (r() < 0.6) a.topics = [pick(TOPICS), ...(r() < 0.3 ? [pick(TOPICS)] : [])].filter((t, j, xs) => xs.indexOf(t) === j);
      if (kind === 'structured-education') {
        a.forCredential = pick(['arrt:CT', 'arrt:MR', 'arrt:M']);
        a.contentCategory = pick(CATEGORIES);
      }
      ce.push(a);
    }
    const education: Record<string, unknown>[] = [];
    if (r() < 0.7) {
      education.push({ kind: 'program', discipline: pick(DISCIPLINES), award: pick(['certificate', 'associate', 'bachelor']), country: r() < 0.85 ? 'US' : pick(['PH', 'IN', 'GB', 'CA', 'AU']), approvedBy: [pick(['arrt', 'jrcert', 'caahep', 'jrcnmt', 'ched', 'camrt'])], completedOn: day(2008, 2026) });
    }
    const exams: Record<string, unknown>[] = [];
    for (let k = int(0, 2); k > 0; k--) exams.push({ exam: pick(['arrt:R', 'arrt:CT', 'ardms:SPI', 'ardms:AB', 'ardms:VT']), windowStart: day(2015, 2026), takenOn: day(2015, 2026), result: pick(['pass', 'fail', 'fail']) });
    const clinical: Record<string, unknown>[] = [];
    for (let k = int(0, 6); k > 0; k--) clinical.push({ procedure: pick(['ct:head', 'mri:brain', 'xr:chest', 'pet-ct:whole-body']), performedOn: day(2022, 2026), count: int(1, 5), hours: int(0, 200) });
    const rec: Record<string, unknown> = {
      format: 'modality/person-record@1',
      person: { name: `Person ${i}`, birthDate: day(1960, 2003), country: 'US' },
      credentials,
      ce,
    };
    if (education.length > 0) rec.education = education;
    if (exams.length > 0) rec.exams = exams;
    if (clinical.length > 0) rec.clinical = clinical;
    out.push(rec as unknown as PersonRecord);
  }
  return out;
}
