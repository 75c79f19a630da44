/**
 * The catalogue the web's unit tests use (`src/catalogue/test-catalogue.ts`) says what the server says:
 * every entry equals the server's own (`readCatalogue`, the use case behind `GET /api/v1/catalogue`) on
 * the same day, so a test cannot pass on names or units the server would never send.
 */
import { readCatalogue } from '@modality/app';
import { calendarDate } from '@modality/domain';
import { describe, expect, it } from 'vitest';
import { TEST_CATALOGUE } from '../src/catalogue/test-catalogue.js';

const server = readCatalogue(
  { clock: { now: () => new Date(`${TEST_CATALOGUE.asOf}T12:00:00Z`) } },
  { asOf: calendarDate(TEST_CATALOGUE.asOf) },
);

describe('the web tests’ catalogue', () => {
  it('names credentials and jurisdictions as the server does', () => {
    for (const c of TEST_CATALOGUE.credentials) {
      expect(
        server.credentials.find((s) => s.code === c.code),
        c.code,
      ).toEqual(c);
    }
    for (const j of TEST_CATALOGUE.jurisdictions) {
      expect(
        server.jurisdictions.find((s) => s.code === j.code),
        j.code,
      ).toEqual(j);
    }
  });

  it('gives each CE rule the server’s unit, summary and credentials', () => {
    for (const r of TEST_CATALOGUE.ceCycles) {
      const s = server.ceCycles.find((x) => x.rule === r.rule);
      expect(s, r.rule).toMatchObject({ unit: r.unit, summary: r.summary, confidence: r.confidence });
      expect(s?.credentials, r.rule).toEqual(expect.arrayContaining(r.credentials));
    }
    for (const r of TEST_CATALOGUE.topicMinimums) {
      expect(
        server.topicMinimums.find((x) => x.rule === r.rule),
        r.rule,
      ).toEqual(r);
    }
  });
});
