// A table's header row: one <th scope="col"> per column. A column is its label, or its label and
// the class that aligns it (numbers right: "num" or "col-money"); null leaves a column out. A
// column of buttons has a label for screen readers only (hidden: true).

export interface Column {
  label: string;
  className?: string;
  hidden?: boolean;
}

/** `rowIndex`: the header row's aria-rowindex, in a table that shows only some of its rows at a time. */
export function ColumnHeads({ columns, rowIndex }: { columns: readonly (string | Column | null)[]; rowIndex?: number }) {
  return (
    <thead>
      <tr aria-rowindex={rowIndex}>
        {columns.map((column, index) =>
          column === null ? null : typeof column === 'string' ? (
            <th key={index} scope="col">
              {column}
            </th>
          ) : (
            <th key={index} scope="col" className={column.className}>
              {column.hidden ? <span className="visually-hidden">{column.label}</span> : column.label}
            </th>
          ),
        )}
      </tr>
    </thead>
  );
}
