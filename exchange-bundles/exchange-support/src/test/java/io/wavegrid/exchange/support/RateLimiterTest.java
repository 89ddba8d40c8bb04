package io.wavegrid.exchange.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class RateLimiterTest {

    /** A clock the test moves; sleeping moves it too, so waits are exact and instant. */
    private static final class TestClock extends Clock {
        Instant now = Instant.parse("2024-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final TestClock clock = new TestClock();
    private final List<Duration> sleeps = new ArrayList<>();
    private final RateLimiter limiter = new RateLimiter("binance", 100, Duration.ofMinutes(1), clock, d -> {
        sleeps.add(d);
        clock.now = clock.now.plus(d);
    });

    @Test
    void waitsForTheNextWindowWhenTheBudgetIsUsedAndPatienceAllows() throws Exception {
        for (int i = 0; i < 10; i++) {
            limiter.acquire(10, Duration.ZERO);
        }
        limiter.acquire(10, Duration.ofMinutes(1));
        assertEquals(List.of(Duration.ofMinutes(1)), sleeps);
        ThrottledException e = assertThrows(ThrottledException.class, () -> {
            for (int i = 0; i < 10; i++) {
                limiter.acquire(10, Duration.ofSeconds(5));
            }
        });
        assertFalse(e.banned());
    }

    @Test
    void theExchangesUsageHeaderWins() throws Exception {
        limiter.observeUsed(95);
        assertThrows(ThrottledException.class, () -> limiter.acquire(10, Duration.ZERO));
        limiter.acquire(5, Duration.ZERO);
    }

    @Test
    void tooManyRequestsClosesTheBudgetUntilRetryAfter() throws Exception {
        limiter.tooManyRequests(Duration.ofSeconds(30));
        ThrottledException e = assertThrows(ThrottledException.class, () -> limiter.acquire(1, Duration.ofSeconds(10)));
        assertEquals(Duration.ofSeconds(30), e.retryAfter());
        limiter.acquire(1, Duration.ofMinutes(1));
        assertEquals(List.of(Duration.ofSeconds(30)), sleeps);
    }

    @Test
    void aBanRefusesEveryCallAtOnceUntilItEnds() throws Exception {
        limiter.banned(Duration.ofMinutes(10));
        ThrottledException e = assertThrows(ThrottledException.class, () -> limiter.acquire(1, Duration.ofHours(1)));
        assertTrue(e.banned());
        assertTrue(sleeps.isEmpty(), "no waiting, no retrying during a ban");
        clock.now = clock.now.plus(Duration.ofMinutes(10));
        limiter.acquire(1, Duration.ZERO);
    }

    @Test
    void backoffGrowsWithJitterWithinBoundsAndResets() {
        Backoff backoff = new Backoff(Duration.ofMillis(100), Duration.ofSeconds(5), 3);
        long previousCeiling = 0;
        for (int i = 0; i < 12; i++) {
            long ms = backoff.next().toMillis();
            long ceiling = Math.min(5000, 100L << i);
            assertTrue(ms >= 50 && ms < Math.max(ceiling, 51), "attempt " + i + ": " + ms);
            previousCeiling = ceiling;
        }
        assertEquals(5000, previousCeiling);
        backoff.reset();
        assertTrue(backoff.next().toMillis() < 100);
    }
}
