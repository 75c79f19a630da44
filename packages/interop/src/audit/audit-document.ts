import type { PrintBlock, PrintDocument } from '../print/print-document.js';
import type { AuditPacket } from './audit-packet.js';

const STATUS_WORDS: Readonly<Record<AuditPacket['status'], string>> = {
  compliant: 'met',
  'in-progress': 'in progress',
  'at-risk': 'at risk',
  noncompliant: 'not met',
  'not-applicable': 'no rule applies',
};

const num = (x: number): string => String(Math.round(x * 1000) / 1000);

/**
 * The audit packet as a printable document: the cycle, a table per category, the totals against the
 * requirement, the certificate list, the warnings and the sources. Pure.
 */
export function auditPacketDocument(p: AuditPacket, printedOn: string): PrintDocument {
  const blocks: PrintBlock[] = [
    { kind: 'heading', text: `${p.credentialName} (${p.credential})`, level: 1 },
    { kind: 'paragraph', text: `${p.personName} — CE cycle ${p.start} to ${p.end}` },
    {
      kind: 'paragraph',
      text: `Requirement: ${num(p.required)} ${p.unit}. Counted by Modality's rules engine on ${p.asOf}: ${num(p.earned)} ${p.unit}; remaining ${num(p.remaining)} ${p.unit}. Status: ${STATUS_WORDS[p.status]}.`,
    },
  ];
  for (const m of p.minimums) {
    blocks.push({ kind: 'paragraph', text: `Minimum for ${m.topic.replace(/-/g, ' ')}: ${num(m.required)} required, ${num(m.earned)} counted, ${num(m.remaining)} remaining.` });
  }
  blocks.push({ kind: 'heading', text: 'Activities by category', level: 2 });
  if (p.groups.length === 0) blocks.push({ kind: 'paragraph', text: 'No CE activity recorded in this cycle.', tone: 'muted' });
  for (const g of p.groups) {
    blocks.push({ kind: 'heading', text: g.label, level: 2 });
    blocks.push({
      kind: 'table',
      columns: [
        { header: 'Completed', width: 0.16 },
        { header: 'Activity', width: 0.5 },
        { header: 'Recorded', width: 0.18 },
        { header: 'Counted', width: 0.16, align: 'right' },
      ],
      rows: g.activities.map((a) => [a.completedOn, a.title, a.recorded, a.accepted ? num(a.counted) : 'not accepted']),
      total: ['', `Subtotal, ${g.label}`, '', num(g.counted)],
    });
  }
  blocks.push({ kind: 'paragraph', text: `Total counted: ${num(p.earned)} of ${num(p.required)} ${p.unit}.` });
  blocks.push({ kind: 'heading', text: 'Certificates', level: 2 });
  blocks.push({
    kind: 'table',
    columns: [
      { header: 'Completed', width: 0.16 },
      { header: 'Activity', width: 0.46 },
      { header: 'Evidence', width: 0.38 },
    ],
    rows: p.certificates.map((c) => [c.completedOn, c.title, c.evidence]),
  });
  if (p.warnings.length > 0) {
    blocks.push({ kind: 'heading', text: 'Please note', level: 2 });
    blocks.push({ kind: 'list', items: p.warnings });
  }
  blocks.push({ kind: 'heading', text: 'Sources of the rules', level: 2 });
  blocks.push({ kind: 'list', items: p.sources.length === 0 ? ['(none)'] : p.sources });
  return {
    title: `CE audit packet: ${p.credentialName}, ${p.start} to ${p.end}`,
    subject: `Continuing education of ${p.personName} for ${p.credentialName}`,
    blocks,
    footer: `Prepared with Modality on ${printedOn} from the record the person keeps. Totals are Modality's reading of the body's rules, not the body's own word.`,
  };
}
