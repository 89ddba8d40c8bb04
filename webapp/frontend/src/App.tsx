import { ErrorBanner } from './components/ErrorBanner';
import { KindSummary } from './components/KindSummary';
import { PluginTable } from './components/PluginTable';
import { formatClock } from './components/format';
import { PLUGINS_URL } from './plugins/fetchPlugins';
import { usePluginPolling } from './plugins/usePluginPolling';

export function App() {
  const { rows, updatedAt, failure, announcement } = usePluginPolling(PLUGINS_URL);
  const plugins = rows.filter((row) => row.phase !== 'removed').map((row) => row.plugin);

  return (
    <div className="page">
      <header className="page-header">
        <h1>
          <span className="brand">Wavegrid</span> <span className="title-separator">—</span> plugins
        </h1>
        <p className={`feed-status ${failure === null ? 'feed-status--live' : 'feed-status--stale'}`}>
          <span className="feed-status__dot" aria-hidden="true" />
          {failure === null ? 'Live' : 'Stale'}
          {updatedAt !== null && <> · updated {formatClock(updatedAt)}</>}
        </p>
      </header>
      <main>
        {failure !== null && <ErrorBanner failure={failure} lastGoodAt={updatedAt} />}
        {updatedAt === null ? (
          failure === null && <p className="placeholder">Loading plugins…</p>
        ) : (
          <>
            <KindSummary plugins={plugins} />
            <PluginTable rows={rows} />
          </>
        )}
        <p className="visually-hidden" aria-live="polite">
          {announcement}
        </p>
      </main>
    </div>
  );
}
