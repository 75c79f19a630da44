import type { JobBoard, JobPage, PostingView } from '@modality/app';
import { EMPLOYMENT_TYPES, IMAGING_MODALITIES, PAY_UNITS, placeWords } from '@modality/domain';
import { h, jsonForScript } from './escape.js';
import { dateWords, EMPLOYMENT_WORDS, MODALITY_WORDS, PAY_UNIT_WORDS, payWords, SHIFT_WORDS } from './words.js';

/** The stylesheet of the job pages (served at /jobs/jobs.css, so no inline style is needed). */
export const JOBS_CSS = `
*{box-sizing:border-box}body{margin:0;font:16px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#1b1f24;background:#f6f7f9}
header,main,footer{max-width:52rem;margin:0 auto;padding:1rem}header a{color:inherit;text-decoration:none;font-weight:600}
h1{font-size:1.6rem;line-height:1.25;margin:.5rem 0}h2{font-size:1.15rem;margin:1.5rem 0 .5rem}
.card{background:#fff;border:1px solid #dde1e6;border-radius:.5rem;padding:1rem;margin:0 0 1rem}
.meta{color:#4b5563;margin:.25rem 0}.pay{font-weight:600}ul{padding-left:1.2rem}
form{display:grid;gap:.75rem;grid-template-columns:repeat(auto-fit,minmax(10rem,1fr));align-items:end}
label{display:flex;flex-direction:column;font-size:.9rem;gap:.25rem}input,select,button{font:inherit;padding:.45rem;border:1px solid #9aa3ad;border-radius:.35rem;width:100%;min-width:0}
button,.apply{background:#1d4ed8;color:#fff;border:1px solid #1d4ed8;border-radius:.35rem;cursor:pointer}.apply{display:inline-block;padding:.5rem .9rem;text-decoration:none}a{color:#1d4ed8;overflow-wrap:anywhere}
.note{font-size:.9rem;color:#4b5563}`;

interface Shell {
  readonly title: string;
  readonly description: string;
  readonly canonical?: string;
  readonly jsonLd?: Record<string, unknown>;
  readonly body: string;
}

/** A whole page: the head (title, description, canonical address, JobPosting data) and the body, as served. */
function page(s: Shell): string {
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(s.title)}</title>
<meta name="description" content="${h(s.description)}">
${s.canonical === undefined ? '' : `<link rel="canonical" href="${h(s.canonical)}">\n`}<link rel="stylesheet" href="/jobs/jobs.css">
${s.jsonLd === undefined ? '' : `<script type="application/ld+json">${jsonForScript(s.jsonLd)}</script>\n`}</head>
<body>
<header><a href="/">Modality</a> · <a href="/jobs">Imaging jobs</a></header>
<main>
${s.body}
</main>
<footer class="note">Pay is shown on every posting. Nobody is put forward for a job without saying yes first.</footer>
</body>
</html>
`;
}

const place = (p: PostingView) => placeWords(p.place);

/** The page of one open posting, with its schema.org JobPosting in the head. */
export function jobPageHtml(job: JobPage): string {
  const p = job.posting;
  const r = p.requirements;
  const credential = (c: string) => h(job.credentialNames[c] ?? c);
  const needs: string[] = [
    ...r.credentials.allOf.map((c) => credential(c)),
    ...r.credentials.anyOf.map((g) => g.map(credential).join(' or ')),
  ];
  if (r.licenceJurisdictions.length > 0) needs.push(`A licence in ${r.licenceJurisdictions.map((j) => h(job.jurisdictionNames[j] ?? j)).join(' or ')}`);
  if (r.minYears > 0) needs.push(`${r.minYears} year${r.minYears === 1 ? '' : 's'} in ${h(MODALITY_WORDS[p.modality])}`);
  if (r.shifts.length > 0) needs.push(`Works ${r.shifts.map((s) => SHIFT_WORDS[s]).join(', ')}`);
  needs.push(`Can start between ${dateWords(r.startWindow.from)} and ${dateWords(r.startWindow.to)}`);
  const visa = typeof job.jsonLd.eligibilityToWorkRequirement === 'string' ? job.jsonLd.eligibilityToWorkRequirement : '';
  const body = `<article class="card">
<h1>${h(p.title)}</h1>
<p class="meta">${h(p.organisation.name)} · ${h(place(p))}</p>
<p class="pay">${h(payWords(p.pay))}</p>
<p class="meta">${h(EMPLOYMENT_WORDS[p.employmentType])} · ${h(p.roleName)} · ${h(MODALITY_WORDS[p.modality])}</p>
<p class="meta">Open until ${dateWords(p.validThrough)}</p>
<h2>About the job</h2>
${p.description
  .split(/\n{2,}/)
  .map((para) => `<p>${h(para.trim())}</p>`)
  .join('\n')}
<h2>What you need</h2>
<ul>${needs.map((n) => `<li>${n}</li>`).join('')}</ul>
<p>${h(visa)}</p>
<p class="meta">Where: ${h(p.place.address)}</p>
<p><a class="apply" href="/apply/${encodeURIComponent(p.id)}">Apply to this job yourself</a></p>
<p class="note">Applying sends your name and e-mail to ${h(p.organisation.name)} for this job only; no agency stands between you.</p>
</article>`;
  return page({ title: `${p.title} — ${p.organisation.name}, ${place(p)}`, description: `${p.title} in ${place(p)}: ${payWords(p.pay)}. ${EMPLOYMENT_WORDS[p.employmentType]}.`, canonical: job.url, jsonLd: job.jsonLd, body });
}

/** The search as the page was asked for it, to fill the form again and to page on. */
export interface BoardQuery {
  readonly role?: string | undefined;
  readonly modality?: string | undefined;
  readonly employmentType?: string | undefined;
  readonly near?: string | undefined;
  readonly radiusKm: number;
  readonly minPay?: number | undefined;
  readonly payUnit: string;
}

const option = (value: string, label: string, selected: string | undefined) => `<option value="${h(value)}"${value === selected ? ' selected' : ''}>${h(label)}</option>`;

/**
 * The board: a search form that works without script, and the matching open postings, a page at a time.
 * A signed-in visitor is offered to save the search (on "My job search", which mails new matches).
 */
export function jobBoardHtml(board: JobBoard, q: BoardQuery, refused?: string, signedIn = false): string {
  const form = `<form method="get" action="/jobs" class="card">
<label>Role<select name="role"><option value="">Any role</option>${board.roles.map((r) => option(r.code, r.name, q.role)).join('')}</select></label>
<label>Modality<select name="modality"><option value="">Any modality</option>${IMAGING_MODALITIES.map((m) => option(m, MODALITY_WORDS[m], q.modality)).join('')}</select></label>
<label>Near (ZIP, City, ST, or City, Country)<input name="near" value="${h(q.near ?? '')}" placeholder="77030, Houston, TX, or Manchester, UK"></label>
<label>Within (km)<input name="radiusKm" type="number" min="1" max="1000" value="${q.radiusKm}"></label>
<label>Pay at least<input name="minPay" type="number" min="1" step="any" value="${q.minPay ?? ''}"></label>
<label>Per<select name="payUnit">${PAY_UNITS.map((u) => option(u, PAY_UNIT_WORDS[u].replace(/^an? /, ''), q.payUnit)).join('')}</select></label>
<label>Type<select name="employmentType"><option value="">Any type</option>${EMPLOYMENT_TYPES.map((e) => option(e, EMPLOYMENT_WORDS[e], q.employmentType)).join('')}</select></label>
<button type="submit">Search</button>
</form>`;
  const items = board.items.map(
    (p) => `<article class="card">
<h2><a href="/jobs/${encodeURIComponent(p.id)}">${h(p.title)}</a></h2>
<p class="meta">${h(p.organisation.name)} · ${h(place(p))}</p>
<p class="pay">${h(payWords(p.pay))} · ${h(EMPLOYMENT_WORDS[p.employmentType])}</p>
</article>`,
  );
  const params = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) if (v !== undefined && v !== '') params.set(k, String(v));
  const saveParams = new URLSearchParams(params);
  saveParams.delete('limit');
  saveParams.delete('cursor');
  saveParams.set('save', '1');
  const save = signedIn && refused === undefined ? `<p><a href="/job-search?${h(saveParams.toString())}">Save this search and get new jobs by mail</a></p>` : '';
  if (board.nextCursor !== null) params.set('cursor', board.nextCursor);
  const more = board.nextCursor === null ? '' : `<p><a rel="next" href="/jobs?${h(params.toString())}">More jobs</a></p>`;
  const found = refused !== undefined ? `<p class="card" role="alert">${h(refused)}</p>` : items.length === 0 ? '<p class="card">No open jobs match this search.</p>' : items.join('\n');
  return page({
    title: 'Imaging jobs — Modality',
    description: 'Open jobs in medical imaging, each with its pay: radiography, CT, MRI, sonography, nuclear medicine, radiation therapy and more.',
    body: `<h1>Imaging jobs</h1>\n${form}\n${save}\n${found}\n${more}`,
  });
}

/** The page a gone or missing posting answers with. */
export function jobGoneHtml(status: 404 | 410, detail: string): string {
  return page({
    title: status === 410 ? 'This job is no longer open — Modality' : 'No such job — Modality',
    description: detail,
    body: `<h1>${status === 410 ? 'This job is no longer open' : 'No such job'}</h1><p class="card">${h(status === 410 ? detail : 'There is no open job at this address.')}</p><p><a href="/jobs">See the open jobs</a></p>`,
  });
}

/** The sitemap of the open postings' pages. */
export function sitemapXml(entries: ReadonlyArray<{ readonly url: string; readonly lastmod: string }>): string {
  const x = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;');
  return `<?xml version="1.0" encoding="UTF-8"?>
<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">
${entries.map((e) => `<url><loc>${x(e.url)}</loc><lastmod>${e.lastmod}</lastmod></url>`).join('\n')}
</urlset>
`;
}
