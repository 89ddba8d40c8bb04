package io.wavegrid.engine.core.trade;

import java.math.BigDecimal;
import java.math.MathContext;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import io.wavegrid.analysis.api.PriceLevel;
import io.wavegrid.engine.api.StrategyProfile;
import io.wavegrid.engine.core.kernel.BarContext;
import io.wavegrid.engine.core.kernel.SignalSink;
import io.wavegrid.engine.core.signal.SeriesKey;
import io.wavegrid.engine.core.signal.SignalPublisher;
import io.wavegrid.market.api.Candle;
import io.wavegrid.signal.api.AggregatedSignal;
import io.wavegrid.signal.api.Category;
import io.wavegrid.signal.api.CategoryScore;
import io.wavegrid.signal.api.ContributorScore;
import io.wavegrid.signal.api.Direction;
import io.wavegrid.signal.api.SignalStatus;
import io.wavegrid.signal.api.TradingSignal;

/**
 * The signal engine: each aggregation is published as it is; one that calls a direction becomes a trade
 * setup (entry, stop, targets, reasoning), and the first bar of each run in one direction raises it as a
 * PENDING trading signal, once, provided the profile's higher timeframe (if any) leans the same way.
 * Runs on the shard thread of the series; per-series state is touched by that thread only.
 */
public final class SignalEngine implements SignalSink {

    private static final MathContext PRICE_DIGITS = new MathContext(10);

    private final SignalPublisher publisher;
    private final SignalBook book;
    /** Direction of the setup each series last raised; absent while no setup runs. */
    private final Map<SeriesKey, Direction> raised = new ConcurrentHashMap<>();

    public SignalEngine(SignalPublisher publisher, SignalBook book) {
        this.publisher = publisher;
        this.book = book;
    }

    @Override
    public void publish(StrategyProfile profile, AggregatedSignal aggregation, BarContext bar) {
        SeriesKey key = new SeriesKey(profile.name(), aggregation.symbol(), aggregation.timeframe());
        publisher.publish(key, aggregation);
        if (aggregation.direction() == Direction.NEUTRAL) {
            raised.remove(key);
            book.candidate(key, null);
            return;
        }
        Candle candle = bar.candle();
        SetupPlanner.Plan plan = SetupPlanner.plan(aggregation.direction(), candle.close(), bar.atr(), profile.stopAtr(),
                levelsOf(bar, aggregation));
        if (plan == null) {
            book.candidate(key, null);
            return;
        }
        book.candidate(key, () -> signal(profile, aggregation, candle, plan));
        if (raised.get(key) == aggregation.direction() || !confirmed(profile, aggregation)) {
            return;
        }
        raised.put(key, aggregation.direction());
        TradingSignal signal = signal(profile, aggregation, candle, plan);
        book.cancelOpposite(signal);
        book.open(signal);
    }

    /** The higher timeframe's latest aggregation must lean the same way (its score's sign). */
    private boolean confirmed(StrategyProfile profile, AggregatedSignal aggregation) {
        if (profile.confirmTimeframe() == null) {
            return true;
        }
        Optional<AggregatedSignal> higher = publisher.latest(profile.name(), aggregation.symbol(), profile.confirmTimeframe());
        if (higher.isEmpty()) {
            return false;
        }
        double lean = higher.get().score();
        return aggregation.direction() == Direction.LONG ? lean > 0 : lean < 0;
    }

    private static TradingSignal signal(StrategyProfile profile, AggregatedSignal aggregation, Candle candle,
                                        SetupPlanner.Plan plan) {
        List<BigDecimal> targets = new ArrayList<>(plan.targets().length);
        for (double target : plan.targets()) {
            targets.add(price(target));
        }
        Instant closed = Instant.ofEpochMilli(candle.closeTime());
        Instant expiry = closed.plusMillis(profile.expiryBars() * candle.timeframe().millis());
        return new TradingSignal(signalId(profile.name(), candle), profile.name(), candle.symbol(), candle.timeframe(),
                aggregation.direction(), aggregation.confidence(), price(plan.entry()), price(plan.stop()), targets,
                reasoning(aggregation), closed, expiry, SignalStatus.PENDING, "");
    }

    private static List<PriceLevel> levelsOf(BarContext bar, AggregatedSignal aggregation) {
        List<PriceLevel> published = bar.levels();
        boolean evidenceHasLevels = false;
        for (ContributorScore c : aggregation.contributions()) {
            evidenceHasLevels |= !c.evidence().levels().isEmpty();
        }
        if (!evidenceHasLevels) {
            return published;
        }
        List<PriceLevel> all = new ArrayList<>(published);
        for (ContributorScore c : aggregation.contributions()) {
            all.addAll(c.evidence().levels());
        }
        return all;
    }

    /** Deterministic: the same profile, series and bar always give the same id, so a replay is repeatable. */
    static String signalId(String profile, Candle candle) {
        String safeProfile = safeForIds(profile);
        String id = safeProfile + "." + candle.symbol().code() + "." + candle.timeframe().code() + "." + candle.openTime();
        return id.length() <= 64 ? id : id.substring(id.length() - 64);
    }

    /** The profile name with every character an id may not carry replaced by {@code _}; no regex per signal. */
    private static String safeForIds(String profile) {
        StringBuilder safe = null;
        for (int i = 0; i < profile.length(); i++) {
            char c = profile.charAt(i);
            boolean allowed = c >= 'A' && c <= 'Z' || c >= 'a' && c <= 'z' || c >= '0' && c <= '9' || c == '.' || c == '_' || c == '-';
            if (!allowed && safe == null) {
                safe = new StringBuilder(profile.substring(0, i));
            }
            if (safe != null) {
                safe.append(allowed ? c : '_');
            }
        }
        return safe == null ? profile : safe.toString();
    }

    /** Each category's score, confidence and weight, then each contributor's score and reasoning. */
    private static Map<Category, String> reasoning(AggregatedSignal aggregation) {
        Map<Category, StringBuilder> text = new EnumMap<>(Category.class);
        for (CategoryScore category : aggregation.categories()) {
            StringBuilder line = new StringBuilder("score ");
            decimals(line, category.score(), true).append(", confidence ");
            decimals(line, category.confidence(), false).append(", weight ");
            decimals(line, category.weight(), false).append(':');
            text.put(category.category(), line);
        }
        for (ContributorScore c : aggregation.contributions()) {
            StringBuilder line = text.computeIfAbsent(c.category(), k -> new StringBuilder());
            line.append(' ').append(c.contributor()).append(' ');
            decimals(line, c.evidence().score(), true);
            if (!c.evidence().reasoning().isEmpty()) {
                line.append(" (").append(c.evidence().reasoning()).append(')');
            }
            line.append(';');
        }
        Map<Category, String> reasons = new EnumMap<>(Category.class);
        text.forEach((category, line) -> reasons.put(category, line.toString()));
        return reasons;
    }

    /** Two decimals, as {@code %.2f} / {@code %+.2f} would print them, without the formatter's cost. */
    static StringBuilder decimals(StringBuilder out, double value, boolean signed) {
        long hundredths = Math.round(Math.abs(value) * 100);
        if (value < 0 && hundredths != 0) {
            out.append('-');
        } else if (signed) {
            out.append('+');
        }
        out.append(hundredths / 100).append('.');
        long fraction = hundredths % 100;
        return out.append(fraction < 10 ? "0" : "").append(fraction);
    }

    private static BigDecimal price(double value) {
        // From the double's shortest decimal form: the exact binary expansion costs a BigInteger power per price.
        return BigDecimal.valueOf(value).round(PRICE_DIGITS).stripTrailingZeros();
    }
}
