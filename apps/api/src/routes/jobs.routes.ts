import { jobSitemap, publicJobPage, searchJobBoard } from '@modality/app';
import { parseInput, postingParamsSchema, postingSearchQuerySchema } from '@modality/contracts';
import { DomainError, ValidationError } from '@modality/domain';
import type { FastifyPluginAsyncZod } from 'fastify-type-provider-zod';
import { jobBoardHtml, jobGoneHtml, jobPageHtml, JOBS_CSS, sitemapXml } from '../html/job-pages.js';
import { SESSION_COOKIE } from '../http/session-cookie.js';
import type { RouteContext } from './route-context.js';

const HTML = 'text/html; charset=utf-8';

/** A form sends empty fields for "any": they are left out rather than refused. */
function filled(query: unknown): Record<string, unknown> {
  return Object.fromEntries(Object.entries(query as Record<string, unknown>).filter(([, v]) => typeof v === 'string' && v.trim() !== ''));
}

/**
 * The public job board, server-rendered so that it works without script and so that search engines read
 * each posting's schema.org JobPosting in the HTML as served: `/jobs` (search), `/jobs/{id}` (a posting;
 * 410 once it has expired, been filled or closed), `/jobs/sitemap.xml` (the open postings).
 */
export const jobsRoutes: FastifyPluginAsyncZod<RouteContext> = async (app, ctx) => {
  app.get('/jobs/jobs.css', { schema: { hide: true } }, (_request, reply) => reply.type('text/css; charset=utf-8').header('cache-control', 'public, max-age=3600').send(JOBS_CSS));

  app.get('/jobs/sitemap.xml', { schema: { hide: true } }, async (_request, reply) => reply.type('application/xml; charset=utf-8').send(sitemapXml(await jobSitemap(ctx.deps))));

  app.get('/jobs', { schema: { hide: true } }, async (request, reply) => {
    const raw = filled(request.query);
    const parsed = parseInput(postingSearchQuerySchema, raw);
    const fallback = { radiusKm: 50, payUnit: 'year' as const, limit: 20 };
    if (!parsed.ok) {
      const refused = `Check the search: ${parsed.error.map((e) => `${e.path} — ${e.message}`).join('; ')}`;
      return reply.code(400).type(HTML).send(jobBoardHtml({ items: [], nextCursor: null, roles: (await searchJobBoard(ctx.deps, { ...fallback, limit: 1 })).roles }, { ...fallback, ...raw }, refused));
    }
    try {
      const board = await searchJobBoard(ctx.deps, parsed.value);
      void reply.type(HTML);
      // The offer to save the search goes to a browser with a session (the page it leads to signs in if
      // that session has ended); the page's words depend on the cookie, so caches must key on it.
      void reply.header('vary', 'cookie');
      return jobBoardHtml(board, parsed.value, undefined, typeof request.cookies[SESSION_COOKIE] === 'string');
    } catch (error) {
      if (!(error instanceof ValidationError)) throw error;
      const board = await searchJobBoard(ctx.deps, { ...fallback, limit: 1 });
      const refused = error.issues.map((i) => i.message).join('; ');
      return reply.code(400).type(HTML).send(jobBoardHtml({ ...board, items: [], nextCursor: null }, parsed.value, `Check the search: ${refused}`));
    }
  });

  app.get('/jobs/:id', { schema: { hide: true } }, async (request, reply) => {
    const params = parseInput(postingParamsSchema, request.params);
    if (!params.ok) return reply.code(404).type(HTML).send(jobGoneHtml(404, 'No such job'));
    try {
      const job = await publicJobPage(ctx.deps, params.value.id);
      void reply.type(HTML);
      return jobPageHtml(job);
    } catch (error) {
      if (error instanceof DomainError && (error.code === 'gone' || error.code === 'not_found')) {
        const status = error.code === 'gone' ? 410 : 404;
        return reply.code(status).type(HTML).send(jobGoneHtml(status, error.message));
      }
      throw error;
    }
  });
};
