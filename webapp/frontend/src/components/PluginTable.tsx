import { useState } from 'react';
import type { PluginRow } from '../plugins/pluginRows';
import { DEFAULT_SORT, groupByKind, sortRows, toggleSort, type SortOrder } from '../plugins/pluginSort';
import { KIND_LABELS } from './format';
import { PluginTableRow } from './PluginTableRow';
import { SortableHeader } from './SortableHeader';

const COLUMN_COUNT = 8;

interface PluginTableProps {
  readonly rows: readonly PluginRow[];
}

/** Sorted by kind, the table shows one labelled row group per kind; other sorts give one flat list. */
export function PluginTable({ rows }: PluginTableProps) {
  const [order, setOrder] = useState<SortOrder>(DEFAULT_SORT);
  const sorted = sortRows(rows, order);
  const groups = order.column === 'kind' ? groupByKind(sorted) : [{ kind: null, rows: sorted }];
  const header = (column: SortOrder['column'], label: string, numeric = false) => (
    <SortableHeader
      column={column}
      label={label}
      order={order}
      numeric={numeric}
      onSort={(clicked) => setOrder(toggleSort(order, clicked))}
    />
  );

  return (
    <div className="table-frame">
      <table className="plugin-table">
        <caption className="visually-hidden">
          Engine plugins, sorted by {order.column} {order.direction}
        </caption>
        <thead>
          <tr>
            {header('kind', 'Kind')}
            {header('name', 'Name')}
            <th scope="col">Bundle</th>
            <th scope="col">Category · weight</th>
            {header('state', 'State')}
            {header('lastCandleTime', 'Last candle (UTC)')}
            {header('candlesProcessed', 'Candles', true)}
            {header('errorCount', 'Errors', true)}
          </tr>
        </thead>
        {rows.length === 0 && (
          <tbody>
            <tr>
              <td colSpan={COLUMN_COUNT} className="plugin-table__empty">
                The engine reports no plugins.
              </td>
            </tr>
          </tbody>
        )}
        {groups.map((group) => (
          <tbody key={group.kind ?? 'all'} className="plugin-group">
            {group.kind !== null && (
              <tr className="plugin-group__header">
                <th scope="rowgroup" colSpan={COLUMN_COUNT}>
                  {KIND_LABELS[group.kind]}{' '}
                  <span className="plugin-group__count">
                    {group.rows.filter((row) => row.phase !== 'removed').length}
                  </span>
                </th>
              </tr>
            )}
            {group.rows.map((row) => (
              <PluginTableRow key={row.key} row={row} />
            ))}
          </tbody>
        ))}
      </table>
    </div>
  );
}
