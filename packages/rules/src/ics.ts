import { addDays } from '@modality/domain';
import { findCredential } from '@modality/knowledge';
import type { DeadlineKind, Verdict } from './verdict.js';

export interface IcsOptions {
  /** The DTSTAMP of every event, a UTC instant taken at the edge: `2026-11-26T09:00:00Z` or `20261126T090000Z`. */
  readonly dtstamp: string;
  /** Domain for the UIDs (`renewal-arrt-R-2027-05-31@<uidDomain>`), e.g. `modality.example`. */
  readonly uidDomain: string;
  /** Shown in the calendar name. */
  readonly personName?: string;
  /** Reminders: one display alarm per entry, this many days before each deadline (e.g. `[30, 7]`). */
  readonly alarmDaysBefore?: readonly number[];
  /** For a subscribed feed: how often calendar apps should fetch it again, in hours. */
  readonly refreshHours?: number;
}

const LABEL: Record<DeadlineKind, string> = {
  renewal: 'renewal due',
  'probation-end': 'CE probation ends',
  cqr: 'CQR due',
  'reinstatement-online': 'last day to reinstate online',
  'cqr-reinstatement': 'last day to finish CQR and reinstate online',
};

/**
 * Escapes TEXT values (RFC 5545 §3.3.11): backslash, semicolon and comma; every line break — CRLF, a lone
 * LF or a lone CR — becomes `\n`; other control characters, which TEXT may not hold, are dropped.
 */
export const escapeText = (s: string): string =>
  s
    .replace(/\\/g, '\\\\')
    .replace(/;/g, '\\;')
    .replace(/,/g, '\\,')
    .replace(/\r\n|\r|\n/g, '\\n')
    // eslint-disable-next-line no-control-regex -- exactly the CONTROL characters RFC 5545 excludes from TEXT
    .replace(/[\x00-\x08\x0B-\x1F\x7F]/g, '');

const utf8Length = (cp: number): number => (cp < 0x80 ? 1 : cp < 0x800 ? 2 : cp < 0x10000 ? 3 : 4);

/**
 * Folds a content line at 75 octets (RFC 5545 §3.1): continuation lines start with one space. Never splits
 * a UTF-8 sequence.
 */
export function foldLine(line: string): string {
  const parts: string[] = [];
  let current = '';
  let octets = 0;
  let limit = 75;
  for (const ch of line) {
    const n = utf8Length(ch.codePointAt(0) ?? 0);
    if (octets + n > limit) {
      parts.push(current);
      current = ' ';
      octets = 1;
      limit = 75;
    }
    current += ch;
    octets += n;
  }
  parts.push(current);
  return parts.join('\r\n');
}

const compactDate = (d: string): string => d.replace(/-/g, '');

function compactStamp(stamp: string): string {
  const m = /^(\d{4})-?(\d{2})-?(\d{2})T(\d{2}):?(\d{2}):?(\d{2})(?:\.\d+)?Z$/.exec(stamp);
  if (m === null) throw new RangeError(`dtstamp must be a UTC instant like 2026-11-26T09:00:00Z, got ${stamp}`);
  return `${m[1] ?? ''}${m[2] ?? ''}${m[3] ?? ''}T${m[4] ?? ''}${m[5] ?? ''}${m[6] ?? ''}Z`;
}

/**
 * The deadlines of a verdict as an iCalendar (RFC 5545) document: one all-day VEVENT per deadline, CRLF line
 * endings, lines folded at 75 octets. Pure: the stamp comes in as an option.
 *
 * @example
 * deadlinesToIcs(verdict, { dtstamp: '2026-11-26T09:00:00Z', uidDomain: 'modality.example', personName: 'Ana Reyes' })
 * // 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\n…BEGIN:VEVENT\r\n…DTSTART;VALUE=DATE:20270531\r\n…'
 */
export function deadlinesToIcs(verdict: Verdict, options: IcsOptions): string {
  const stamp = compactStamp(options.dtstamp);
  const lines: string[] = [
    'BEGIN:VCALENDAR',
    'VERSION:2.0',
    'PRODID:-//Modality//Rules engine//EN',
    'CALSCALE:GREGORIAN',
    'METHOD:PUBLISH',
    `X-WR-CALNAME:${escapeText(options.personName === undefined ? 'Modality deadlines' : `Modality deadlines: ${options.personName}`)}`,
  ];
  if (options.refreshHours !== undefined) {
    lines.push(`REFRESH-INTERVAL;VALUE=DURATION:PT${String(options.refreshHours)}H`, `X-PUBLISHED-TTL:PT${String(options.refreshHours)}H`);
  }
  const alarms = [...new Set(options.alarmDaysBefore ?? [])].filter((n) => Number.isInteger(n) && n >= 0).sort((a, b) => b - a);
  const seen = new Set<string>();
  for (const entry of verdict.compliance) {
    const name = findCredential(entry.credential)?.name ?? entry.credential;
    for (const d of entry.deadlines) {
      const uid = `${d.kind}-${entry.credential.replace(/[^A-Za-z0-9-]/g, '-')}-${d.due}@${options.uidDomain}`;
      if (seen.has(uid)) continue;
      seen.add(uid);
      const description = [`${entry.credential}: ${LABEL[d.kind]} on ${d.due}.`, `Status on ${verdict.asOf}: ${entry.status}.`, ...entry.warnings, ...entry.sources.map((s) => `Source: ${s}`)].join('\n');
      lines.push(
        'BEGIN:VEVENT',
        `UID:${uid}`,
        `DTSTAMP:${stamp}`,
        `DTSTART;VALUE=DATE:${compactDate(d.due)}`,
        `DTEND;VALUE=DATE:${compactDate(addDays(d.due, 1))}`,
        `SUMMARY:${escapeText(`${name}: ${LABEL[d.kind]}`)}`,
        `DESCRIPTION:${escapeText(description)}`,
        'TRANSP:TRANSPARENT',
        ...alarms.flatMap((days) => [
          'BEGIN:VALARM',
          'ACTION:DISPLAY',
          `DESCRIPTION:${escapeText(`${name}: ${LABEL[d.kind]} ${days === 0 ? 'today' : `in ${String(days)} day${days === 1 ? '' : 's'}`}`)}`,
          `TRIGGER:${days === 0 ? 'PT0S' : `-P${String(days)}D`}`,
          'END:VALARM',
        ]),
        'END:VEVENT',
      );
    }
  }
  lines.push('END:VCALENDAR');
  return lines.map(foldLine).join('\r\n') + '\r\n';
}
