package io.wavegrid.cache.redis.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import io.lettuce.core.ScriptOutputType;
import io.wavegrid.infra.api.TickerCache;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Ticker;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

/**
 * Latest tickers in Redis as {@code <time>|bid|ask|last|volume}, the time a zero-padded count of epoch
 * nanoseconds so that a Lua string comparison keeps an older ticker from replacing a newer one atomically.
 */
@Component(service = TickerCache.class, property = "infra.backend=redis")
public class RedisTickerCache implements TickerCache {

    private static final String PUT_IF_NEWER = """
            local current = redis.call('GET', KEYS[1])
            if current and string.sub(current, 1, 20) > string.sub(ARGV[1], 1, 20) then return 0 end
            redis.call('SET', KEYS[1], ARGV[1], 'PX', ARGV[2])
            return 1""";

    private final RedisGateway redis;
    private final TickerCache fallback;

    @Activate
    public RedisTickerCache(@Reference RedisGateway redis, @Reference(target = "(infra.backend=memory)") TickerCache fallback) {
        this.redis = redis;
        this.fallback = fallback;
    }

    @Override
    public void put(Ticker ticker, Duration ttl) {
        if (ttl == null || ttl.toMillis() <= 0) {
            throw new IllegalArgumentException("ticker time-to-live must be at least 1 ms, got " + ttl);
        }
        String key = redis.key("ticker:" + ticker.symbol().code());
        redis.call("ticker " + ticker.symbol(), r -> r.eval(PUT_IF_NEWER, ScriptOutputType.INTEGER, new String[] {key},
                encode(ticker), Long.toString(ttl.toMillis())), () -> {
                    fallback.put(ticker, ttl);
                    return 0L;
                });
    }

    @Override
    public Optional<Ticker> latest(Symbol symbol) {
        return redis.call("ticker " + symbol, r -> Optional.ofNullable(r.get(redis.key("ticker:" + symbol.code()))).map(v -> decode(symbol, v)),
                () -> fallback.latest(symbol));
    }

    static String encode(Ticker t) {
        long nanos = Math.addExact(Math.multiplyExact(t.time().getEpochSecond(), 1_000_000_000L), t.time().getNano());
        return String.format("%020d", nanos) + '|' + text(t.bid()) + '|' + text(t.ask()) + '|' + text(t.last()) + '|' + text(t.volume24h());
    }

    static Ticker decode(Symbol symbol, String value) {
        String[] f = value.split("\\|", -1);
        if (f.length != 5) {
            throw new IllegalStateException("corrupt ticker for " + symbol + " in Redis: '" + value + "'");
        }
        long nanos = Long.parseLong(f[0]);
        Instant time = Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
        return new Ticker(symbol, decimal(f[1]), decimal(f[2]), decimal(f[3]), decimal(f[4]), time);
    }

    private static String text(BigDecimal value) {
        return value == null ? "" : value.toPlainString();
    }

    private static BigDecimal decimal(String text) {
        return text.isEmpty() ? null : new BigDecimal(text);
    }
}
