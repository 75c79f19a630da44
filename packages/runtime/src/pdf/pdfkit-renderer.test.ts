import { DEMO_USERS } from '@modality/app';
import { calendarDate as d } from '@modality/domain';
import { auditPacket, auditPacketDocument } from '@modality/interop';
import { describe, expect, it } from 'vitest';
import { pdfText } from '@modality/testkit';
import { pdfkitRenderer, toWinAnsi } from './pdfkit-renderer.js';

describe('pdfkit renderer', () => {
  it('draws a CE audit packet whose text reads back: every activity of the cycle, the totals, the sources', async () => {
    const ana = DEMO_USERS.find((u) => u.key === 'ana')?.record;
    if (ana === undefined) throw new Error('no demo record');
    const packet = auditPacket(ana, 'arrt:R', d('2026-11-26'), d('2026-11-26'));
    if (packet === undefined) throw new Error('no packet');
    const bytes = await pdfkitRenderer.render(auditPacketDocument(packet, '2026-11-26'));
    expect(Buffer.from(bytes.subarray(0, 5)).toString()).toBe('%PDF-');
    const text = (await pdfText(bytes)).join('\n');
    const activities = packet.groups.flatMap((g) => g.activities);
    expect(activities.length).toBeGreaterThan(5);
    for (const a of activities) expect(text).toContain(a.completedOn);
    for (const a of activities) expect(text.replace(/\s+/g, ' ')).toContain(a.title);
    expect(text).toContain(`Requirement: ${String(packet.required)} credits.`);
    expect(text).toContain(`Total counted: ${String(packet.earned)} of ${String(packet.required)} credits.`);
    for (const s of packet.sources) expect(text.replace(/\s+/g, '')).toContain(s);
    expect(text).toContain('Page 1 of');
  });

  it('keeps WinAnsi text and replaces what the built-in fonts cannot draw', () => {
    expect(toWinAnsi('José Núñez — “ok” €5')).toBe('José Núñez — “ok” €5');
    expect(toWinAnsi('李 🩻')).toBe('? ?');
  });
});
