import type { ComponentProps, Key, ReactNode } from 'react';

/** One column of a {@link DataTable}. */
export interface Column<Row> {
  /** The column heading; on a narrow screen it also labels each cell of the column. */
  readonly header: string;
  readonly cell: (row: Row, index: number) => ReactNode;
  /** Right-aligned, with figures of equal width. */
  readonly numeric?: boolean;
  /** Classes of the column's body cells. */
  readonly className?: string;
}

export interface DataTableProps<Row> extends Omit<ComponentProps<'table'>, 'children'> {
  readonly columns: readonly Column<Row>[];
  readonly rows: readonly Row[];
  readonly rowKey: (row: Row, index: number) => Key;
  /** The table's name, shown above it (or name it with `aria-labelledby`). */
  readonly caption?: ReactNode;
}

/**
 * A data table: column headings, and the first column as each row's header. On a phone-sized screen
 * (below 640 px) every row becomes a card, its header on top and each cell under its column's heading
 * (`data-label`), so nothing scrolls sideways; printed and on wider screens it is a plain table.
 *
 * The roles are stated because some browsers drop a table's semantics once its parts are displayed as
 * blocks.
 *
 * @example
 * <DataTable
 *   caption="Deadlines"
 *   rows={rows}
 *   rowKey={(r) => r.id}
 *   columns={[{ header: 'Due', cell: (r) => r.due }, { header: 'What', cell: (r) => r.label }]}
 * />
 */
export function DataTable<Row>({ columns, rows, rowKey, caption, className, ...table }: DataTableProps<Row>) {
  return (
    <table
      {...table}
      role="table"
      className={className === undefined ? 'data-table' : `data-table ${className}`}
    >
      {caption === undefined ? null : <caption>{caption}</caption>}
      <thead role="rowgroup">
        <tr role="row">
          {columns.map((c) => (
            <th
              key={c.header}
              scope="col"
              role="columnheader"
              className={c.numeric === true ? 'num' : undefined}
            >
              {c.header}
            </th>
          ))}
        </tr>
      </thead>
      <tbody role="rowgroup">
        {rows.map((row, i) => (
          <tr key={rowKey(row, i)} role="row">
            {columns.map((c, j) => {
              const className =
                [c.numeric === true ? 'num' : '', c.className ?? ''].join(' ').trim() || undefined;
              return j === 0 ? (
                <th key={c.header} scope="row" role="rowheader" className={className}>
                  {c.cell(row, i)}
                </th>
              ) : (
                <td key={c.header} role="cell" data-label={c.header} className={className}>
                  {c.cell(row, i)}
                </td>
              );
            })}
          </tr>
        ))}
      </tbody>
    </table>
  );
}
