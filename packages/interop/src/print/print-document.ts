/**
 * A printable document as plain data: what a page says, not how it is drawn. Pure code builds it; a
 * renderer behind the app's PDF port draws it.
 */
export interface PrintColumn {
  readonly header: string;
  /** Share of the page width, 0–1; the shares of a table add up to 1. */
  readonly width: number;
  readonly align?: 'left' | 'right';
}

export type PrintBlock =
  | { readonly kind: 'heading'; readonly text: string; readonly level: 1 | 2 }
  | { readonly kind: 'paragraph'; readonly text: string; readonly tone?: 'normal' | 'muted' | 'warning' }
  | { readonly kind: 'table'; readonly columns: readonly PrintColumn[]; readonly rows: readonly (readonly string[])[]; readonly total?: readonly string[] }
  | { readonly kind: 'list'; readonly items: readonly string[] };

export interface PrintDocument {
  readonly title: string;
  /** Document metadata: who it is about and what it is (the PDF's Subject). */
  readonly subject: string;
  readonly blocks: readonly PrintBlock[];
  /** Printed at the foot of every page. */
  readonly footer: string;
}
