import type { Confidence } from './rule-packs/rule.js';

/**
 * Who publishes the pages the knowledge base cites, by web host, so that a person reads "from the Texas
 * Medical Board" rather than a confidence tag. Only bodies that own their page are listed: a third-party
 * host has no publisher here, and its facts read as a secondary source.
 */
const PUBLISHERS: ReadonlyArray<readonly [host: string, publisher: string]> = [
  ['arrt.org', 'ARRT'],
  ['ardms.org', 'ARDMS'],
  ['nmtcb.org', 'NMTCB'],
  ['asrt.org', 'ASRT'],
  ['bls.gov', 'the Bureau of Labor Statistics'],
  ['onetonline.org', 'O*NET (US Department of Labor)'],
  ['onetcodeconnector.org', 'O*NET (US Department of Labor)'],
  ['nces.ed.gov', 'the National Center for Education Statistics'],
  ['tmb.state.tx.us', 'the Texas Medical Board'],
  ['regs.health.ny.gov', 'the New York State Department of Health'],
  ['kbmirt.ky.gov', 'the Kentucky Board of Medical Imaging and Radiation Therapy'],
  ['labor.alabama.gov', 'the Alabama Department of Labor'],
  ['deed.state.mn.us', 'the Minnesota Department of Employment and Economic Development'],
  ['jrcert.org', 'JRCERT'],
  ['caahep.org', 'CAAHEP'],
  ['jrcnmt.org', 'JRCNMT'],
  ['medicalradiationpracticeboard.gov.au', 'the Medical Radiation Practice Board of Australia'],
  ['labourmarketinsights.gov.au', 'Jobs and Skills Australia'],
  ['hcpc-uk.org', 'the Health and Care Professions Council'],
  ['sor.org', 'the Society of Radiographers'],
  ['rcr.ac.uk', 'the Royal College of Radiologists'],
  ['coru.ie', 'CORU'],
  ['oireachtas.ie', 'the Houses of the Oireachtas'],
  ['camrt.ca', 'CAMRT'],
  ['cmrito.org', 'CMRITO'],
  ['cmrto.org', 'CMRITO'],
  ['noc.esdc.gc.ca', 'Employment and Social Development Canada'],
  ['statcan.gc.ca', 'Statistics Canada'],
];

/** The words for a copy of a body's document found on someone else's site (no stronger source was read). */
export const THIRD_PARTY_COPY = "from a copy of the body's document on a third-party site — a secondary source, check before relying on it";

/**
 * The body that publishes a cited page, or undefined for a third-party host or an unreadable address.
 *
 * @example
 * publisherOf('http://tmb.state.tx.us/page/resources') // 'the Texas Medical Board'
 * publisherOf('https://example.com/x') // undefined
 */
export function publisherOf(url: string): string | undefined {
  // The core has no URL class (no DOM or Node types): the host is read from the address itself.
  const host = /^https?:\/\/([^/:?#]+)/i.exec(url)?.[1]?.toLowerCase();
  if (host === undefined) return undefined;
  return PUBLISHERS.find(([h]) => host === h || host.endsWith(`.${h}`))?.[1];
}

/** `ARRT's`, `the Texas Medical Board's`. */
const possessive = (publisher: string): string => (publisher.endsWith('s') ? `${publisher}'` : `${publisher}'s`);

/**
 * How sure a fact is, in words a person reads, naming the publisher when it is known.
 *
 * @example
 * confidenceWords('official', 'https://www.arrt.org/x') // 'from ARRT'
 * confidenceWords('official-copy', 'https://www.arrt.org/x') // "from a copy of ARRT's document"
 * confidenceWords('secondary', 'https://example.com') // 'secondary source — check before relying on it'
 * confidenceWords('unconfirmed', 'https://www.arrt.org/x') // "not confirmed here — see ARRT's document"
 */
export function confidenceWords(confidence: Confidence, sourceUrl: string | null): string {
  const publisher = sourceUrl === null ? undefined : publisherOf(sourceUrl);
  switch (confidence) {
    case 'official':
      return publisher === undefined ? 'from the official source' : `from ${publisher}`;
    case 'official-copy':
      // A copy on a third-party site (a document-sharing host) is only as good as that site: say so.
      if (publisher === undefined) return sourceUrl === null ? 'from a copy of the official document' : THIRD_PARTY_COPY;
      return `from a copy of ${possessive(publisher)} document`;
    case 'secondary':
      return 'secondary source — check before relying on it';
    case 'unconfirmed':
      return publisher === undefined ? 'not confirmed here' : `not confirmed here — see ${possessive(publisher)} document`;
  }
}
