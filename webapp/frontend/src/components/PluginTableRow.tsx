import type { PluginRow } from '../plugins/pluginRows';
import { formatCount, formatCandleTime, formatWeight, KIND_LABELS, STATE_LABELS } from './format';

interface PluginTableRowProps {
  readonly row: PluginRow;
}

export function PluginTableRow({ row }: PluginTableRowProps) {
  const { plugin, phase } = row;
  return (
    <tr className={`plugin-row plugin-row--${phase}`} data-phase={phase} data-plugin={plugin.name}>
      <td className="plugin-row__kind">{KIND_LABELS[plugin.kind]}</td>
      <th scope="row" className="plugin-row__name">
        {plugin.name}
        {phase === 'added' && <span className="row-tag row-tag--added">new</span>}
        {phase === 'removed' && <span className="row-tag row-tag--removed">removed</span>}
      </th>
      <td className="plugin-row__bundle">
        <code>{plugin.bundle}</code> <span className="plugin-row__version">{plugin.version}</span>
      </td>
      <td>
        {plugin.category ?? <span className="muted">—</span>}
        {plugin.weight !== null && <span className="muted"> · {formatWeight(plugin.weight)}</span>}
      </td>
      <td>
        <span className={`state state--${plugin.state.toLowerCase()}`}>{STATE_LABELS[plugin.state]}</span>
      </td>
      <td className="plugin-row__time">
        {plugin.lastCandleTime === 0 ? <span className="muted">none yet</span> : formatCandleTime(plugin.lastCandleTime)}
      </td>
      <td className="numeric">{formatCount(plugin.candlesProcessed)}</td>
      <td className="numeric">
        <span className={plugin.errorCount > 0 ? 'error-count' : 'muted'}>{formatCount(plugin.errorCount)}</span>
        {plugin.lastError !== null && (
          <span className="last-error" title={plugin.lastError}>
            {plugin.lastError}
          </span>
        )}
      </td>
    </tr>
  );
}
