import type { SortColumn, SortOrder } from '../plugins/pluginSort';

interface SortableHeaderProps {
  readonly column: SortColumn;
  readonly label: string;
  readonly order: SortOrder;
  readonly numeric: boolean;
  readonly onSort: (column: SortColumn) => void;
}

/** A column header whose button sorts the table; `aria-sort` tells assistive technology the order. */
export function SortableHeader({ column, label, order, numeric, onSort }: SortableHeaderProps) {
  const active = order.column === column;
  return (
    <th scope="col" aria-sort={active ? order.direction : 'none'} className={numeric ? 'numeric' : undefined}>
      <button type="button" className="sort-button" onClick={() => onSort(column)}>
        {label}
        <span className="sort-button__arrow" aria-hidden="true">
          {active ? (order.direction === 'ascending' ? '▲' : '▼') : '↕'}
        </span>
      </button>
    </th>
  );
}
