package io.wavegrid.persistence.internal.repository;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.Arrays;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Database;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** Latency of journaling an order (the write that precedes every send) and of recording its acknowledgement. */
public final class JournalBenchmark {

    private JournalBenchmark() {
    }

    public static void run(String label, Database database, int orders) {
        JdbcOrderJournal journal = new JdbcOrderJournal(database);
        Symbol btc = new Symbol("BTC", "USDT");
        long[] write = new long[orders];
        long[] update = new long[orders];
        for (int i = -orders / 5; i < orders; i++) {
            OrderRequest request = new OrderRequest("bench-" + label + "-" + (i + orders / 5), btc, Side.BUY, OrderType.LIMIT,
                    new BigDecimal("0.0125"), new BigDecimal("64000.5"), null, TimeInForce.GTC);
            Order order = new Order(request, null, OrderStatus.NEW, BigDecimal.ZERO, null, Instant.now(), "");
            long t0 = System.nanoTime();
            journal.journal("bench", order);
            long t1 = System.nanoTime();
            journal.update(new Order(request, "x" + i, OrderStatus.SUBMITTED, BigDecimal.ZERO, null, Instant.now(), ""));
            long t2 = System.nanoTime();
            if (i >= 0) {
                write[i] = t1 - t0;
                update[i] = t2 - t1;
            }
        }
        print(label, "journal (before send)", write);
        print(label, "update (acknowledged)", update);
    }

    private static void print(String label, String what, long[] nanos) {
        Arrays.sort(nanos);
        System.out.printf("  %-10s %-22s p50 %7.1f us  p99 %7.1f us  max %8.1f us  (%d orders)%n", label, what,
                nanos[nanos.length / 2] / 1e3, nanos[(int) (nanos.length * 0.99)] / 1e3, nanos[nanos.length - 1] / 1e3, nanos.length);
    }
}
