import type { PollFailure } from '../plugins/pluginPoll';
import { POLL_INTERVAL_MS } from '../plugins/usePluginPolling';
import { formatClock } from './format';

const HEADLINES: Record<PollFailure['kind'], string> = {
  unreachable: 'Engine API unreachable',
  'http-status': 'Engine API error',
  malformed: 'Engine API returned malformed data',
};

interface ErrorBannerProps {
  readonly failure: PollFailure;
  readonly lastGoodAt: number | null;
}

export function ErrorBanner({ failure, lastGoodAt }: ErrorBannerProps) {
  return (
    <div className="error-banner" role="alert" data-failure={failure.kind}>
      <strong className="error-banner__headline">{HEADLINES[failure.kind]}</strong>
      <span className="error-banner__detail">{failure.message}</span>
      <span className="error-banner__hint">
        {lastGoodAt === null
          ? 'No plugin list received yet.'
          : `Showing the last good list, from ${formatClock(lastGoodAt)}.`}{' '}
        Retrying every {POLL_INTERVAL_MS / 1000} s.
      </span>
    </div>
  );
}
