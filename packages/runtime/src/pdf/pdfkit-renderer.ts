import type { PdfRenderer } from '@modality/app';
import type { PrintBlock, PrintColumn, PrintDocument } from '@modality/interop';
import PDFDocument from 'pdfkit';

const MARGIN = 54;
const FOOTER_SPACE = 36;
/** Characters outside Latin-1 that the built-in fonts' WinAnsi encoding still has. */
const WIN_ANSI_EXTRA = new Set('€‚ƒ„…†‡ˆ‰Š‹ŒŽ‘’“”•–—˜™š›œžŸ');

/**
 * The built-in PDF fonts (Helvetica) draw WinAnsi only: other characters become `?` rather than garbage.
 * Names in other scripts need an embedded font; none ships with the project yet.
 */
export function toWinAnsi(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += (ch.codePointAt(0) ?? 0) <= 0xff || WIN_ANSI_EXTRA.has(ch) ? ch : '?';
  return out;
}

type Doc = InstanceType<typeof PDFDocument>;

function ensureRoom(doc: Doc, height: number): void {
  if (doc.y + height > doc.page.height - MARGIN - FOOTER_SPACE) doc.addPage();
}

function drawRow(doc: Doc, columns: readonly PrintColumn[], cells: readonly string[], bold: boolean): void {
  const width = doc.page.width - 2 * MARGIN;
  doc.font(bold ? 'Helvetica-Bold' : 'Helvetica').fontSize(9);
  const heights = columns.map((c, i) => doc.heightOfString(toWinAnsi(cells[i] ?? ''), { width: c.width * width - 6 }));
  const height = Math.max(...heights, 10) + 4;
  ensureRoom(doc, height);
  const top = doc.y;
  let x = MARGIN;
  columns.forEach((c, i) => {
    doc.text(toWinAnsi(cells[i] ?? ''), x, top, { width: c.width * width - 6, align: c.align ?? 'left' });
    x += c.width * width;
  });
  doc.x = MARGIN;
  doc.y = top + height;
}

function drawBlock(doc: Doc, block: PrintBlock): void {
  const width = doc.page.width - 2 * MARGIN;
  switch (block.kind) {
    case 'heading':
      ensureRoom(doc, 40);
      doc.moveDown(block.level === 1 ? 0.2 : 0.6);
      doc.font('Helvetica-Bold').fontSize(block.level === 1 ? 15 : 12).fillColor('#000000').text(toWinAnsi(block.text), MARGIN, doc.y, { width });
      doc.moveDown(0.3);
      return;
    case 'paragraph':
      ensureRoom(doc, 24);
      doc
        .font('Helvetica')
        .fontSize(10)
        .fillColor(block.tone === 'muted' ? '#555555' : block.tone === 'warning' ? '#8a4b00' : '#000000')
        .text(toWinAnsi(block.text), MARGIN, doc.y, { width });
      doc.fillColor('#000000').moveDown(0.4);
      return;
    case 'list':
      for (const item of block.items) {
        ensureRoom(doc, 14);
        doc.font('Helvetica').fontSize(9).text(`•  ${toWinAnsi(item)}`, MARGIN + 8, doc.y, { width: width - 8 });
      }
      doc.moveDown(0.4);
      return;
    case 'table':
      drawRow(doc, block.columns, block.columns.map((c) => c.header), true);
      for (const row of block.rows) drawRow(doc, block.columns, row, false);
      if (block.total !== undefined) drawRow(doc, block.columns, block.total, true);
      doc.moveDown(0.5);
      return;
  }
}

/**
 * A {@link PdfRenderer} on pdfkit: US Letter, Helvetica, tables that break across pages, and the footer
 * with page numbers on every page. Text stays text (searchable, and readable by a text extractor).
 */
export const pdfkitRenderer: PdfRenderer = {
  render(document: PrintDocument): Promise<Uint8Array> {
    return new Promise((resolve, reject) => {
      const doc = new PDFDocument({
        size: 'LETTER',
        margin: MARGIN,
        bufferPages: true,
        info: { Title: toWinAnsi(document.title), Subject: toWinAnsi(document.subject), Creator: 'Modality', Producer: 'Modality (pdfkit)' },
      });
      const chunks: Buffer[] = [];
      doc.on('data', (c: Buffer) => chunks.push(c));
      doc.on('end', () => resolve(new Uint8Array(Buffer.concat(chunks))));
      doc.on('error', reject);
      doc.font('Helvetica-Bold').fontSize(17).text(toWinAnsi(document.title), { width: doc.page.width - 2 * MARGIN });
      doc.moveDown(0.5);
      for (const block of document.blocks) drawBlock(doc, block);
      const range = doc.bufferedPageRange();
      for (let i = range.start; i < range.start + range.count; i++) {
        doc.switchToPage(i);
        const bottom = doc.page.height - MARGIN;
        // Writing below the bottom margin would make pdfkit add a page; lift the margin while drawing the footer.
        doc.page.margins.bottom = 0;
        doc.font('Helvetica').fontSize(7.5).fillColor('#444444');
        doc.text(`${toWinAnsi(document.footer)}  Page ${String(i - range.start + 1)} of ${String(range.count)}.`, MARGIN, bottom - 10, { width: doc.page.width - 2 * MARGIN });
        doc.page.margins.bottom = MARGIN;
      }
      doc.end();
    });
  },
};
