import { addDays, calendarDate } from '@modality/domain';
import { escapeText, foldLine } from '@modality/rules';
import type { Principal } from '../auth/principal.js';
import type { Deps } from '../deps.js';
import type { ClinicalRotationRow } from '../ports/index.js';
import { siteViews } from './clinical-site-admin.js';
import { termView, type TermView } from './clinical-terms.js';
import { PLACEMENT_MANAGER_ROLES, requireSchoolRole, requireTerm } from './school-access.js';

/** A published rotation as people read it. */
export interface RotationView {
  readonly id: string;
  readonly schoolName: string;
  readonly studentName: string;
  readonly site: { readonly name: string; readonly address: string | null; readonly city: string | null; readonly modalities: string[] };
  readonly preceptors: Array<{ readonly name: string; readonly credentials: string }>;
  readonly startsOn: string;
  readonly endsOn: string;
}

/** What the student's placement page shows: the terms they rank sites for, and their published rotations. */
export interface MyPlacementView {
  readonly terms: Array<{ readonly schoolId: string; readonly schoolName: string; readonly term: TermView }>;
  readonly rotations: RotationView[];
}

async function rotationViews(deps: Deps, rows: readonly ClinicalRotationRow[]): Promise<RotationView[]> {
  if (rows.length === 0) return [];
  const schoolIds = [...new Set(rows.map((r) => r.schoolOrganisationId))];
  const [schools, sites] = await Promise.all([deps.store.organisations.listByIds(schoolIds), deps.store.clinical.listSitesForSchools(schoolIds)]);
  const views = (await Promise.all(schoolIds.map((id) => siteViews(deps, id, sites.filter((s) => s.schoolOrganisationId === id))))).flat();
  const names = new Map<string, string>();
  for (const personId of new Set(rows.map((r) => r.personId))) names.set(personId, (await deps.store.people.findById(personId))?.name ?? 'A student');
  return rows.map((r) => {
    const site = views.find((s) => s.id === r.siteId);
    return {
      id: r.id,
      schoolName: schools.find((s) => s.id === r.schoolOrganisationId)?.name ?? 'Your school',
      studentName: names.get(r.personId) ?? 'A student',
      site: { name: site?.name ?? 'Unknown site', address: site?.address ?? null, city: site?.city ?? null, modalities: site?.modalities ?? [] },
      preceptors: (site?.preceptors ?? []).map((p) => ({ name: p.name, credentials: p.credentials })),
      startsOn: r.startsOn,
      endsOn: r.endsOn,
    };
  });
}

/** The signed-in student's terms (in every school where they are a student) and published rotations. */
export async function myPlacement(deps: Deps, principal: Principal): Promise<MyPlacementView> {
  const schoolIds = [...new Set(principal.memberships.filter((m) => m.role === 'student').map((m) => m.organisationId))];
  const terms = (
    await Promise.all(
      schoolIds.map(async (id) => {
        const name = principal.memberships.find((m) => m.organisationId === id)?.organisationName ?? 'Your school';
        return (await deps.store.clinicalPlacement.listTerms(id)).map((t) => ({ schoolId: id, schoolName: name, term: termView(t) }));
      }),
    )
  ).flat();
  const rows = principal.personId === null ? [] : await deps.store.clinicalPlacement.listRotationsForPerson(principal.personId);
  return { terms, rotations: await rotationViews(deps, rows) };
}

const csvCell = (v: string): string => (/[",\r\n]/.test(v) || /^[=+\-@\t]/.test(v) ? `"${(/^[=+\-@\t]/.test(v) ? `'${v}` : v).replace(/"/g, '""')}"` : v);

/**
 * The published rotation schedule of a term as CSV (RFC 4180, CRLF): one row per student. Cells that a
 * spreadsheet would run as a formula are quoted and prefixed with an apostrophe.
 */
export async function rotationScheduleCsv(deps: Deps, principal: Principal, schoolId: string, termId: string): Promise<{ csv: string; filename: string }> {
  await requireSchoolRole(deps, principal, schoolId, PLACEMENT_MANAGER_ROLES);
  const term = await requireTerm(deps, schoolId, termId);
  const rows = await rotationViews(deps, await deps.store.clinicalPlacement.listRotationsForSchool(schoolId, term.startsOn, term.endsOn));
  const header = ['Student', 'Site', 'Address', 'City', 'Modalities', 'Preceptors', 'Starts', 'Ends'];
  const lines = [...rows]
    .sort((a, b) => a.studentName.localeCompare(b.studentName))
    .map((r) => [r.studentName, r.site.name, r.site.address ?? '', r.site.city ?? '', r.site.modalities.join('; '), r.preceptors.map((p) => `${p.name}, ${p.credentials}`).join('; '), r.startsOn, r.endsOn]);
  const csv = [header, ...lines].map((cells) => cells.map(csvCell).join(',')).join('\r\n') + '\r\n';
  const slug = term.name.toLowerCase().replace(/[^a-z0-9]+/g, '-').replace(/^-|-$/g, '') || 'term';
  return { csv, filename: `rotations-${slug}.csv` };
}

/**
 * The signed-in student's rotations as iCalendar (RFC 5545): one all-day event per rotation, from its first
 * day to the day after its last (DTEND is exclusive), at the site's address. Lines are escaped and folded
 * by the same code as the deadlines calendar.
 */
export async function myRotationsIcs(deps: Deps & { readonly publicUrl?: string }, principal: Principal): Promise<string> {
  const { rotations } = await myPlacement(deps, principal);
  const stamp = deps.clock.now().toISOString().replace(/[-:]/g, '').replace(/\.\d+Z$/, 'Z');
  const host = deps.publicUrl === undefined ? 'modality.invalid' : new URL(deps.publicUrl).host;
  const lines = ['BEGIN:VCALENDAR', 'VERSION:2.0', 'PRODID:-//Modality//Clinical rotations//EN', 'CALSCALE:GREGORIAN', 'METHOD:PUBLISH', `X-WR-CALNAME:${escapeText('Clinical rotations')}`];
  for (const r of rotations) {
    const where = [r.site.name, r.site.address, r.site.city].filter((x): x is string => x !== null && x !== '').join(', ');
    const description = [`${r.schoolName}: clinical rotation at ${r.site.name}.`, ...(r.preceptors.length > 0 ? [`Preceptors: ${r.preceptors.map((p) => `${p.name}, ${p.credentials}`).join('; ')}`] : [])].join('\n');
    lines.push(
      'BEGIN:VEVENT',
      `UID:rotation-${r.id}@${host}`,
      `DTSTAMP:${stamp}`,
      `DTSTART;VALUE=DATE:${r.startsOn.replace(/-/g, '')}`,
      `DTEND;VALUE=DATE:${addDays(calendarDate(r.endsOn), 1).replace(/-/g, '')}`,
      `SUMMARY:${escapeText(`Clinical rotation: ${r.site.name}`)}`,
      `LOCATION:${escapeText(where)}`,
      `DESCRIPTION:${escapeText(description)}`,
      'TRANSP:OPAQUE',
      'END:VEVENT',
    );
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
