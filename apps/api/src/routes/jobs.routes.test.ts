import { FakeClock, testDialects } from '@modality/testkit';
import { Window } from 'happy-dom';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { postingBody } from '../testing/posting-fixtures.js';
import { demo, startTestServer, TEST_PUBLIC_URL, type Client, type TestServer } from '../testing/test-server.js';

const DAY = 24 * 60 * 60 * 1000;

/** The served HTML as a document, parsed the way a crawler would (no script runs). */
function parseHtml(html: string) {
  const window = new Window();
  return new window.DOMParser().parseFromString(html, 'text/html');
}

for (const dialect of testDialects()) {
  describe(`the public job board, as served [${dialect.name}]`, () => {
    let t: TestServer;
    let nina: Client;
    const clock = new FakeClock('2026-11-26T09:00:00.000Z');
    let openId = '';
    let shortId = '';
    let draftId = '';
    beforeAll(async () => {
      t = await startTestServer(dialect, { deps: { clock } });
      nina = await t.signIn(demo('nina.cole'));
      const post = async (body: Record<string, unknown>) => (await nina.request('POST', '/api/v1/postings', postingBody(body))).json<{ id: string }>().id;
      openId = await post({ title: 'CT Technologist </script><b>nights</b>', reference: 'NS-CT-7', description: 'Night CT in a trauma centre.\n\nFour 10-hour shifts.' });
      shortId = await post({ title: 'Sonographer, short', role: 'sonographer', modality: 'sonography', validThrough: '2026-11-27', place: { address: 'Dallas, TX' }, requirements: { startWindow: { from: '2026-12-01', to: '2027-01-31' }, sponsorship: true } });
      draftId = await post({ status: 'draft', title: 'Draft job' });
    });
    afterAll(() => t.close());

    it('serves a posting page whose head carries its schema.org JobPosting, with pay, place and the visa rule', async () => {
      const res = await t.app.inject({ method: 'GET', url: `/jobs/${openId}` });
      expect(res.statusCode).toBe(200);
      expect(res.headers['content-type']).toContain('text/html');
      const doc = parseHtml(res.body);
      const scripts = doc.head.querySelectorAll('script[type="application/ld+json"]');
      expect(scripts.length).toBe(1);
      const ld = JSON.parse(scripts[0]?.textContent ?? '') as Record<string, unknown>;
      expect(ld).toMatchObject({
        '@context': 'https://schema.org/',
        '@type': 'JobPosting',
        title: 'CT Technologist </script><b>nights</b>',
        datePosted: '2026-11-26',
        validThrough: '2026-12-31T23:59:59Z',
        employmentType: 'FULL_TIME',
        hiringOrganization: { '@type': 'Organization', name: 'Northstar Imaging Staffing (fictitious)' },
        jobLocation: { '@type': 'Place', address: { '@type': 'PostalAddress', streetAddress: '6565 Fannin St', addressLocality: 'Houston', addressRegion: 'TX', postalCode: '77030', addressCountry: 'US' } },
        baseSalary: { '@type': 'MonetaryAmount', currency: 'USD', value: { '@type': 'QuantitativeValue', minValue: 38, maxValue: 46, unitText: 'HOUR' } },
        identifier: { '@type': 'PropertyValue', name: 'Northstar Imaging Staffing (fictitious)', value: 'NS-CT-7' },
        url: `${TEST_PUBLIC_URL}/jobs/${openId}`,
      });
      expect(ld.directApply).toBe(true);
      expect(doc.querySelector('a.apply')?.getAttribute('href')).toBe(`/apply/${openId}`);
      expect(ld.description).toBe('<p>Night CT in a trauma centre.</p><p>Four 10-hour shifts.</p>');
      expect(ld.eligibilityToWorkRequirement).toContain('does not sponsor');
      expect(ld).not.toHaveProperty('applicantLocationRequirements');
      // The title's markup stayed text: one script, one heading, no injected <b>.
      expect(doc.querySelector('h1')?.textContent).toBe('CT Technologist </script><b>nights</b>');
      expect(doc.querySelectorAll('b').length).toBe(0);
      expect(doc.querySelector('link[rel="canonical"]')?.getAttribute('href')).toBe(`${TEST_PUBLIC_URL}/jobs/${openId}`);
    });

    it('places a job abroad by "City, Country": its page and JobPosting name the city and the country, in pounds', async () => {
      const body = postingBody({ title: 'Diagnostic Radiographer, Manchester', role: 'radiographer', modality: 'radiography', requirements: { credentials: { allOf: [], anyOf: [] }, licenceJurisdictions: ['gb'], startWindow: { from: '2026-12-01', to: '2027-03-31' }, sponsorship: true }, place: { address: 'Oxford Rd, Manchester M13 9WL, United Kingdom', radiusKm: 40 }, pay: { min: 31000, max: 38000, unit: 'year', currency: 'GBP' } });
      const created = await nina.request('POST', '/api/v1/postings', body);
      expect(created.statusCode, created.body).toBe(201);
      const posting = created.json<{ id: string; place: { city: string; region: string; country: string } }>();
      expect(posting.place).toMatchObject({ city: 'Manchester', region: 'gb-eng', country: 'GB' });
      const res = await t.app.inject({ method: 'GET', url: `/jobs/${posting.id}` });
      const doc = parseHtml(res.body);
      const ld = JSON.parse(doc.head.querySelector('script[type="application/ld+json"]')?.textContent ?? '') as { jobLocation: { address: Record<string, unknown> }; baseSalary: { currency: string }; eligibilityToWorkRequirement: string };
      expect(ld.jobLocation.address).toMatchObject({ addressLocality: 'Manchester', addressRegion: 'ENG', addressCountry: 'GB' });
      expect(ld.baseSalary.currency).toBe('GBP');
      expect(ld.eligibilityToWorkRequirement).toContain('the United Kingdom');
      expect(doc.body.textContent).toContain('Manchester, United Kingdom');
      // The board finds it near another city of the same country, and the API refuses a city it cannot place, quoting it.
      const near = (await t.app.inject({ method: 'GET', url: `/api/v1/postings?near=${encodeURIComponent('Salford, United Kingdom')}&radiusKm=20` })).json<{ items: Array<{ id: string }> }>();
      expect(near.items.map((p) => p.id)).toContain(posting.id);
      const bad = await nina.request('POST', '/api/v1/postings', { ...body, place: { address: 'Atlantis, United Kingdom' } });
      expect(bad.statusCode).toBe(400);
      expect(bad.body).toContain('Atlantis, United Kingdom');
      // Closed again, so the board and sitemap the other tests count are as they were.
      expect((await nina.request('PATCH', `/api/v1/postings/${posting.id}`, { status: 'closed' })).statusCode).toBe(200);
    });

    it('says what the job needs in words: credential and state names, never codes', async () => {
      const doc = parseHtml((await t.app.inject({ method: 'GET', url: `/jobs/${openId}` })).body);
      const text = doc.body.textContent;
      expect(text).toContain('$38–$46 an hour');
      expect(text).toContain('A licence in Texas');
      expect(text).toContain('2 years in CT');
      expect(text).toContain('Works nights');
      expect(text).not.toMatch(/arrt:|us-tx|ct-technologist|full-time/);
    });

    it('says a sponsored visa in the JobPosting', async () => {
      const ld = JSON.parse(parseHtml((await t.app.inject({ method: 'GET', url: `/jobs/${shortId}` })).body).head.querySelector('script[type="application/ld+json"]')?.textContent ?? '') as { eligibilityToWorkRequirement: string; jobLocation: { address: Record<string, unknown> } };
      expect(ld.eligibilityToWorkRequirement).toContain('sponsors a work visa');
      expect(ld.jobLocation.address).not.toHaveProperty('streetAddress');
    });

    it('searches from a plain form (no script): by modality, place and radius; a place it cannot find is said', async () => {
      const titles = async (query: string) => {
        const res = await t.app.inject({ method: 'GET', url: `/jobs?${query}` });
        return { status: res.statusCode, titles: [...parseHtml(res.body).querySelectorAll('article h2 a')].map((a) => a.textContent), body: res.body };
      };
      expect((await titles('')).titles.sort()).toEqual(['CT Technologist </script><b>nights</b>', 'Sonographer, short']);
      expect((await titles('modality=sonography&role=&near=')).titles).toEqual(['Sonographer, short']);
      expect((await titles('near=77030&radiusKm=40')).titles).toEqual(['CT Technologist </script><b>nights</b>']);
      const nowhere = await titles('near=Nowhere%20Land');
      expect(nowhere.status).toBe(400);
      expect(parseHtml(nowhere.body).querySelector('[role="alert"]')?.textContent).toContain('"Nowhere Land"');
      const form = parseHtml((await titles('modality=ct')).body).querySelector('form[action="/jobs"]');
      expect(form?.querySelector('select[name="modality"] option[selected]')?.textContent).toBe('CT');
    });

    it('lists open postings in the sitemap; a draft is not found; an expired posting answers 410 and leaves the sitemap', async () => {
      const sitemap = async () => {
        const res = await t.app.inject({ method: 'GET', url: '/jobs/sitemap.xml' });
        expect(res.headers['content-type']).toContain('application/xml');
        return [...res.body.matchAll(/<loc>([^<]+)<\/loc>/g)].map((m) => m[1]);
      };
      expect((await sitemap()).sort()).toEqual([`${TEST_PUBLIC_URL}/jobs/${openId}`, `${TEST_PUBLIC_URL}/jobs/${shortId}`].sort());
      expect((await t.app.inject({ method: 'GET', url: `/jobs/${draftId}` })).statusCode).toBe(404);
      expect((await t.app.inject({ method: 'GET', url: '/jobs/pst_nothing' })).statusCode).toBe(404);
      clock.advance(2 * DAY);
      const gone = await t.app.inject({ method: 'GET', url: `/jobs/${shortId}` });
      expect(gone.statusCode).toBe(410);
      expect(parseHtml(gone.body).querySelector('script[type="application/ld+json"]')).toBeNull();
      expect(await sitemap()).toEqual([`${TEST_PUBLIC_URL}/jobs/${openId}`]);
      await nina.request('PATCH', `/api/v1/postings/${openId}`, { status: 'filled' });
      expect((await t.app.inject({ method: 'GET', url: `/jobs/${openId}` })).statusCode).toBe(410);
      expect(await sitemap()).toEqual([]);
    });
  });
}
