package io.wavegrid.execution.internal;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import io.wavegrid.exchange.paper.internal.PaperConfig;
import io.wavegrid.exchange.paper.internal.PaperExchange;
import io.wavegrid.infra.api.AuditLog;
import io.wavegrid.infra.api.OrderJournal;
import io.wavegrid.infra.memory.internal.MemoryAuditLog;
import io.wavegrid.infra.memory.internal.MemoryExecutionRepository;
import io.wavegrid.infra.memory.internal.MemoryOrderJournal;
import io.wavegrid.infra.memory.internal.MemoryPositionRepository;
import io.wavegrid.infra.memory.internal.MemorySignalRepository;
import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderType;

/**
 * One account wired as in the platform, on the real paper exchange (no slippage, 0.1% fees, 10000 USDT) and the real
 * in-memory journal and repositories, with the test risk manager and signal book. {@link #candle} shows a bar to the
 * exchange first and then to the order manager, as the engine does. {@link #restarted} builds the order manager
 * again on the same exchange and stores, as a bundle or process restart does.
 */
final class Harness {

    static final Symbol BTC = new Symbol("BTC", "USDT");
    static final Instant T0 = Instant.parse("2024-01-01T00:00:00Z");

    final PaperExchange paper;
    final ScriptedExchange exchange;
    final TestRisk risk;
    final MemorySignalRepository signalRecords;
    final TestSignals signals;
    final OrderJournal journal;
    final MemoryExecutionRepository executions;
    final MemoryPositionRepository positions;
    final AuditLog audit;
    final List<Duration> pauses = new CopyOnWriteArrayList<>();
    final Desk desk;
    private final AtomicInteger signalSequence = new AtomicInteger();
    private long nextOpen = T0.toEpochMilli();

    Harness() {
        this(Settings.defaults(), true);
    }

    Harness(Settings settings, boolean exchangeStops) {
        this(settings, exchangeStops, new PaperExchange(paperConfig("1")), new MemoryOrderJournal(), new MemoryExecutionRepository(),
                new MemoryPositionRepository(), new MemoryAuditLog(), Clock.fixed(T0, ZoneOffset.UTC));
    }

    /** A second order manager on the same exchange and stores: what a restart after a crash looks like. */
    Harness(Harness before, Clock clock) {
        this(Settings.defaults(), true, before.paper, before.journal, before.executions, before.positions, before.audit, clock);
    }

    Harness(Settings settings, boolean exchangeStops, PaperExchange paper, OrderJournal journal,
            MemoryExecutionRepository executions, MemoryPositionRepository positions, AuditLog audit, Clock clock) {
        this(settings, exchangeStops, paper, journal, executions, positions, audit, new MemorySignalRepository(), new TestRisk(),
                clock);
    }

    /**
     * The order manager after a restart of the process: its predecessor stopped, a new one built on the same exchange,
     * journal, repositories, audit log and risk manager (whose state survives a restart), with an empty signal book
     * (the engine restarted too) over the signal repository {@code signalRecords}; the candles go on where they stopped.
     */
    Harness restarted(Settings settings, boolean exchangeStops, MemorySignalRepository signalRecords) {
        desk.stop();
        Harness after = new Harness(settings, exchangeStops, paper, journal, executions, positions, audit, signalRecords, risk,
                Clock.fixed(Instant.ofEpochMilli(nextOpen), ZoneOffset.UTC));
        after.nextOpen = nextOpen;
        return after;
    }

    private Harness(Settings settings, boolean exchangeStops, PaperExchange paper, OrderJournal journal,
                    MemoryExecutionRepository executions, MemoryPositionRepository positions, AuditLog audit,
                    MemorySignalRepository signalRecords, TestRisk risk, Clock clock) {
        this.paper = paper;
        this.risk = risk;
        this.signalRecords = signalRecords;
        this.signals = new TestSignals(signalRecords);
        this.exchange = new ScriptedExchange(paper);
        this.journal = journal;
        this.executions = executions;
        this.positions = positions;
        this.audit = audit;
        ExchangeTraits traits = new ExchangeTraits("paper", true, exchangeStops, true);
        desk = new Desk(settings, new Desk.Services(exchange, traits, risk, signals, signalRecords, journal, executions, positions,
                audit, null), clock, pauses::add);
        signals.listener = desk;
        desk.start();
    }

    /**
     * The next one-minute bar; the exchange sees it before the order manager, then the signals due expire. As in the
     * engine, the order manager hears where the bar begins and ends, so the stores' writes of the bar wait for its end.
     */
    Candle candle(double open, double high, double low, double close, double volume) {
        Candle candle = new Candle(BTC, Timeframe.M1, nextOpen, open, high, low, close, volume);
        nextOpen += 60_000;
        inBar(candle, () -> {
            paper.onCandle(candle);
            desk.onCandle(candle);
            signals.expireDue(candle.closeTime());
        });
        return candle;
    }

    /**
     * The next bar as the exchange and the order manager see it, with {@code whileOpen} run before the bar ends (its
     * waiting writes not yet written); with {@code ends} false the process dies there and the bar never ends.
     */
    Candle candleThen(double open, double high, double low, double close, double volume, Runnable whileOpen, boolean ends) {
        Candle candle = new Candle(BTC, Timeframe.M1, nextOpen, open, high, low, close, volume);
        nextOpen += 60_000;
        desk.beforeBar(candle);
        paper.onCandle(candle);
        desk.onCandle(candle);
        whileOpen.run();
        if (ends) {
            desk.afterBar(candle);
        }
        return candle;
    }

    /** Runs {@code work} as part of a bar, as the engine runs a candle's analysis and the signals it raises. */
    void inBar(Candle candle, Runnable work) {
        desk.beforeBar(candle);
        try {
            work.run();
        } finally {
            desk.afterBar(candle);
        }
    }

    /** The next one-minute bar as only the exchange sees it: the order manager is down (or deaf) meanwhile. */
    Candle candleWhileDown(double open, double high, double low, double close, double volume) {
        Candle candle = new Candle(BTC, Timeframe.M1, nextOpen, open, high, low, close, volume);
        nextOpen += 60_000;
        paper.onCandle(candle);
        return candle;
    }

    /** Publishes a new signal from profile "trend" that expires {@code bars} one-minute bars after the last close. */
    String signalExpiring(int bars, Direction direction, String entry, String stop, String... targets) {
        String id = "sig-" + signalSequence.incrementAndGet();
        TradingSignal signal = signal(id, "trend", direction, entry, stop, targets);
        Instant lastClose = Instant.ofEpochMilli(nextOpen);
        inBar(null, () -> signals.publish(new TradingSignal(id, signal.profile(), BTC, Timeframe.M1, direction, signal.confidence(),
                signal.entry(), signal.stopLoss(), signal.takeProfits(), signal.reasoning(), lastClose, lastClose.plusSeconds(60L * bars),
                SignalStatus.PENDING, "")));
        return id;
    }

    /**
     * A flat bar at 100, then a long signal entering at 100 with its stop at 95 (and {@code targets}): the client order
     * id of its entry, sent in the signal's bar.
     */
    String longEntry(String... targets) {
        candle(100, 100, 100, 100, 1000);
        signal(Direction.LONG, "100", "95", targets);
        return exchange.placeCalls.get(0);
    }

    /** Publishes a new signal from profile "trend" and returns its id. */
    String signal(Direction direction, String entry, String stop, String... targets) {
        String id = "sig-" + signalSequence.incrementAndGet();
        inBar(null, () -> signals.publish(signal(id, "trend", direction, entry, stop, targets)));
        return id;
    }

    static TradingSignal signal(String id, String profile, Direction direction, String entry, String stop, String... targets) {
        return new TradingSignal(id, profile, BTC, Timeframe.M1, direction, 0.8, new BigDecimal(entry), new BigDecimal(stop),
                Arrays.stream(targets).map(BigDecimal::new).toList(), java.util.Map.of(Category.TECHNICAL, "test"), T0,
                T0.plusSeconds(3600), SignalStatus.PENDING, "");
    }

    List<Order> openOnExchange() throws Exception {
        return exchange.openOrders();
    }

    /** The first order of {@code type} open on the exchange. */
    Order resting(OrderType type) throws Exception {
        List<Order> open = openOnExchange();
        return open.stream().filter(o -> o.request().type() == type).findFirst()
                .orElseThrow(() -> new AssertionError("no " + type + " order open in " + open));
    }

    BigDecimal paperBalance(String asset) throws Exception {
        return exchange.balances().stream().filter(b -> b.asset().equals(asset)).map(b -> b.total()).findFirst()
                .orElse(BigDecimal.ZERO);
    }

    static PaperConfig paperConfig(String participation) {
        return new PaperConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PaperConfig.class;
            }

            @Override
            public long seed() {
                return 7;
            }

            @Override
            public String maker_fee() {
                return "0.001";
            }

            @Override
            public String taker_fee() {
                return "0.001";
            }

            @Override
            public double slippage_bps() {
                return 0;
            }

            @Override
            public String volume_participation() {
                return participation;
            }

            @Override
            public String[] balances() {
                return new String[] {"USDT:10000"};
            }

            @Override
            public String[] rules() {
                return new String[] {"BTCUSDT:0.01:0.00001:0.00001:5"};
            }
        };
    }
}
