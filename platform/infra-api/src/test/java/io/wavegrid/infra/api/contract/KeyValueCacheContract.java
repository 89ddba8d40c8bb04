package io.wavegrid.infra.api.contract;

import static io.wavegrid.infra.api.contract.Fixtures.BTC;
import static io.wavegrid.infra.api.contract.Fixtures.dec;
import static io.wavegrid.infra.api.contract.Fixtures.eventually;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.wavegrid.infra.api.KeyValueCache;
import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.market.api.Ticker;

import org.junit.jupiter.api.Test;

/** What every {@link KeyValueCache} and {@link TickerCache} must do; each test gets an empty cache. */
public abstract class KeyValueCacheContract {

    protected abstract KeyValueCache cache();

    protected abstract TickerCache tickers();

    @Test
    void valuesAreStoredReplacedAndRemoved() {
        cache().put("analysis:BTCUSDT:1h", "{\"rsi\":41.5}", Duration.ofMinutes(1));
        cache().put("analysis:BTCUSDT:1h", "{\"rsi\":44.0}", Duration.ofMinutes(1));

        assertEquals(Optional.of("{\"rsi\":44.0}"), cache().get("analysis:BTCUSDT:1h"));
        cache().remove("analysis:BTCUSDT:1h");
        assertTrue(cache().get("analysis:BTCUSDT:1h").isEmpty());
        assertTrue(cache().get("never-set").isEmpty());
    }

    @Test
    void aValueDisappearsAfterItsTimeToLive() {
        cache().put("short", "v", Duration.ofMillis(150));
        cache().put("long", "v", Duration.ofMinutes(1));

        eventually(() -> cache().get("short").isEmpty(), 3_000, "the short-lived value to expire");
        assertEquals(Optional.of("v"), cache().get("long"));
    }

    @Test
    void aNonPositiveTimeToLiveIsRefused() {
        assertThrows(IllegalArgumentException.class, () -> cache().put("k", "v", Duration.ZERO));
        assertTrue(cache().get("k").isEmpty());
    }

    @Test
    void theLatestTickerWinsAndAnOlderOneIsIgnored() {
        Instant t = Instant.parse("2024-03-01T12:00:00.250Z");
        Ticker newer = new Ticker(BTC, dec("64000.1"), dec("64000.2"), dec("64000.15"), dec("12345.678"), t);
        Ticker older = new Ticker(BTC, dec("63000.1"), dec("63000.2"), dec("63000.15"), dec("1"), t.minusSeconds(1));

        tickers().put(newer, Duration.ofMinutes(1));
        tickers().put(older, Duration.ofMinutes(1));

        Ticker latest = tickers().latest(BTC).orElseThrow();
        assertEquals(0, newer.last().compareTo(latest.last()));
        assertEquals(0, newer.bid().compareTo(latest.bid()));
        assertEquals(0, newer.volume24h().compareTo(latest.volume24h()));
        assertEquals(t, latest.time());
        assertTrue(tickers().latest(Fixtures.ETH).isEmpty());
    }
}
