import { PLUGIN_KINDS, type PluginInfo } from '../plugins/pluginTypes';
import { KIND_LABELS } from './format';

interface KindSummaryProps {
  readonly plugins: readonly PluginInfo[];
}

/** Totals per kind (only kinds present) and how many plugins need attention. */
export function KindSummary({ plugins }: KindSummaryProps) {
  const failed = plugins.filter((plugin) => plugin.state === 'FAILED').length;
  const kinds = PLUGIN_KINDS.map((kind) => ({
    kind,
    count: plugins.filter((plugin) => plugin.kind === kind).length,
  })).filter(({ count }) => count > 0);

  return (
    <section className="summary" aria-label="Plugin counts">
      <p className="summary__total">
        <span data-testid="plugin-count">{plugins.length}</span> {plugins.length === 1 ? 'plugin' : 'plugins'}
        {failed > 0 && <span className="summary__failed"> · {failed} failed</span>}
      </p>
      <ul className="summary__kinds">
        {kinds.map(({ kind, count }) => (
          <li key={kind} className="kind-chip">
            {KIND_LABELS[kind]} <span className="kind-chip__count">{count}</span>
          </li>
        ))}
      </ul>
    </section>
  );
}
