import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { cleanFileName, sniffRecordFileType } from './record-files.js';

describe('record files: type from content, safe names', () => {
  it('knows a PDF, a PNG and a JPEG by their first bytes, and nothing else', () => {
    expect(sniffRecordFileType(new TextEncoder().encode('%PDF-1.7\n…'))).toBe('application/pdf');
    expect(sniffRecordFileType(Uint8Array.of(0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0))).toBe('image/png');
    expect(sniffRecordFileType(Uint8Array.of(0xff, 0xd8, 0xff, 0xe0))).toBe('image/jpeg');
    expect(sniffRecordFileType(new TextEncoder().encode('PDF-1.7 but no percent'))).toBeUndefined();
    expect(sniffRecordFileType(new TextEncoder().encode('<svg xmlns="http://www.w3.org/2000/svg"/>'))).toBeUndefined();
    expect(sniffRecordFileType(new Uint8Array(0))).toBeUndefined();
  });

  it('cleans any name to a plain one ending in the extension of the real type', () => {
    expect(cleanFileName('C:\\Users\\ana\\CE cert (1).PDF', 'application/pdf')).toBe('CE cert (1).pdf');
    expect(cleanFileName('../../etc/passwd', 'image/png')).toBe('passwd.png');
    expect(cleanFileName('"quoted";name.jpg', 'image/jpeg')).toBe('_quoted_name.jpg');
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (name) => {
        const clean = cleanFileName(name, 'application/pdf');
        expect(clean).toMatch(/^[A-Za-z0-9 ._()-]{1,100}$/);
        expect(clean.endsWith('.pdf')).toBe(true);
        expect(clean.startsWith('.')).toBe(false);
      }),
    );
  });
});
