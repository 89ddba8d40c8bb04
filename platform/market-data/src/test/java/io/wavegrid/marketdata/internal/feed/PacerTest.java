package io.wavegrid.marketdata.internal.feed;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;

class PacerTest {

    private long now;
    private final List<Long> sleeps = new ArrayList<>();

    @Test
    void sixtyTimesRealTimeSpacesOneMinuteBarsOneSecondApart() throws InterruptedException {
        Pacer pacer = new Pacer(60, () -> now, nanos -> {
            sleeps.add(nanos);
            now += nanos;
        });
        pacer.awaitMarketTime(60_000);
        pacer.awaitMarketTime(120_000);
        now += 300_000_000; // the listener took 0.3 s
        pacer.awaitMarketTime(180_000);
        now += 2_000_000_000L; // a 2 s stall: the next bar is overdue and goes out at once
        pacer.awaitMarketTime(240_000);
        assertEquals(List.of(1_000_000_000L, 700_000_000L), sleeps);
    }

    @Test
    void speedZeroNeverSleepsAndNegativeSpeedIsRefused() throws InterruptedException {
        Pacer pacer = new Pacer(0, () -> now, nanos -> sleeps.add(nanos));
        pacer.awaitMarketTime(0);
        pacer.awaitMarketTime(86_400_000);
        assertEquals(List.of(), sleeps);
        assertThrows(IllegalArgumentException.class, () -> new Pacer(-1, () -> 0, n -> { }));
        assertThrows(IllegalArgumentException.class, () -> new Pacer(Double.NaN, () -> 0, n -> { }));
    }
}
