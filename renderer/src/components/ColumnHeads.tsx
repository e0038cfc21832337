// A table's header row: one <th scope="col"> per column. A column is its label, or its label and
// the class that aligns it (numbers right: "num" or "col-money"); null leaves a column out. A
// column of buttons has a label for screen readers only (hidden: true).

export interface Column {
  label: string;
  className?: string;
  hidden?: boolean;
}

export function ColumnHeads({ columns }: { columns: readonly (string | Column | null)[] }) {
  return (
    <thead>
      <tr>
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
