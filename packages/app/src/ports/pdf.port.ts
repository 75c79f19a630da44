import type { PrintDocument } from '@modality/interop';

/** Draws a printable document as a PDF file. */
export interface PdfRenderer {
  render(document: PrintDocument): Promise<Uint8Array>;
}
