package io.wavegrid.marketdata.internal.download;

import java.io.IOException;
import java.io.InterruptedIOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.CandleHistorySource;
import io.wavegrid.market.api.CandleStore;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.TimeRange;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.marketdata.DownloadProgress;
import io.wavegrid.marketdata.DownloadResult;
import io.wavegrid.marketdata.HistoryDownload;
import io.wavegrid.marketdata.internal.validate.CandleValidator;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Pages history from an exchange's {@link CandleHistorySource} into the store. It asks the store which
 * spans are missing and requests only those, storing each validated page at once: rerunning an interrupted
 * download therefore resumes at the first missing bar, and nothing is fetched twice.
 */
@Component(service = HistoryDownload.class)
public final class HistoryDownloader implements HistoryDownload {

    private static final Logger LOG = LoggerFactory.getLogger(HistoryDownloader.class);

    private final CandleStore store;
    private final Map<String, CandleHistorySource> sources = new ConcurrentHashMap<>();

    @Activate
    public HistoryDownloader(@Reference CandleStore store) {
        this.store = store;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void addSource(CandleHistorySource source, Map<String, Object> properties) {
        sources.put(exchangeOf(properties), source);
    }

    public void removeSource(CandleHistorySource source, Map<String, Object> properties) {
        sources.remove(exchangeOf(properties), source);
    }

    @Override
    public Set<String> exchanges() {
        return new TreeSet<>(sources.keySet());
    }

    @Override
    public DownloadResult download(String exchange, Symbol symbol, Timeframe timeframe, long from, long to,
                                   DownloadProgress progress) throws IOException {
        CandleHistorySource source = sources.get(exchange);
        if (source == null) {
            throw new IllegalArgumentException("no history source for exchange '" + exchange + "'; running: " + exchanges());
        }
        long start = timeframe.align(from);
        if (to <= start) {
            throw new IllegalArgumentException("empty range: " + from + " .. " + to);
        }
        long total = to - start;
        List<TimeRange> missing = store.gaps(symbol, timeframe, start, to);
        long missingMillis = missing.stream().mapToLong(r -> Math.min(r.to(), to) - r.from()).sum();
        long alreadyHad = Math.max(0, (total - missingMillis) / timeframe.millis());
        PageLoop loop = new PageLoop(source, symbol, timeframe, progress, total, total - missingMillis);
        for (TimeRange gap : missing) {
            loop.fill(gap.from(), Math.min(gap.to(), to));
        }
        int missingAfter = store.gaps(symbol, timeframe, start, to).size();
        LOG.info("downloaded {} {} {} candles from {} ({} rejected, {} already stored, {} gaps left)", loop.stored,
                symbol, timeframe.code(), exchange, loop.rejected, alreadyHad, missingAfter);
        return new DownloadResult(loop.stored, loop.rejected, alreadyHad, missingAfter);
    }

    private static String exchangeOf(Map<String, Object> properties) {
        Object name = properties.get(CandleHistorySource.EXCHANGE);
        return name == null ? "" : name.toString();
    }

    /** Walks one download's gaps page by page. */
    private final class PageLoop {

        private final CandleHistorySource source;
        private final Symbol symbol;
        private final Timeframe timeframe;
        private final DownloadProgress progress;
        private final long total;
        private final int pageSize;
        private long covered;
        private int stored;
        private int rejected;

        PageLoop(CandleHistorySource source, Symbol symbol, Timeframe timeframe, DownloadProgress progress,
                 long total, long covered) {
            this.source = source;
            this.symbol = symbol;
            this.timeframe = timeframe;
            this.progress = progress == null ? (d, t, s) -> { } : progress;
            this.total = total;
            this.covered = covered;
            this.pageSize = Math.max(1, source.maxPageSize());
        }

        void fill(long from, long to) throws IOException {
            long cursor = from;
            while (cursor < to) {
                if (Thread.currentThread().isInterrupted()) {
                    throw new InterruptedIOException("download of " + symbol + " " + timeframe.code()
                            + " interrupted; run it again to resume");
                }
                List<Candle> page = source.candles(symbol, timeframe, cursor, to, pageSize);
                if (page.isEmpty()) {
                    break;
                }
                long next = page.get(page.size() - 1).openTime() + timeframe.millis();
                if (next <= cursor) {
                    throw new IOException("exchange answered bars before the requested start " + cursor
                            + " for " + symbol + " " + timeframe.code() + ": refusing to loop");
                }
                CandleValidator validator = new CandleValidator(symbol, timeframe, cursor, to);
                List<Candle> accepted = validator.filter(page);
                if (validator.rejections().total() > 0) {
                    rejected += validator.rejections().total();
                    LOG.warn("{} {} page from {}: {}", symbol, timeframe.code(), cursor, validator.rejections().summary());
                }
                stored += accepted.isEmpty() ? 0 : store.upsert(accepted);
                covered += Math.min(next, to) - cursor;
                cursor = next;
                progress.onProgress(covered, total, stored);
            }
            covered += to - cursor > 0 ? to - cursor : 0;
        }
    }
}
