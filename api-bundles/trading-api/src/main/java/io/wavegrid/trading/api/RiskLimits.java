package io.wavegrid.trading.api;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * The account's risk limits. Fractions are of the account balance (or of the equity peak for drawdown).
 *
 * @param maxRiskPerTrade what one trade may lose when its stop is hit, e.g. 0.03 for 3% of balance
 * @param maxDailyLoss    realised plus unrealised loss since 00:00 UTC at which new entries halt, e.g. 0.05
 * @param maxExposure     gross notional of all positions and open entries, as a multiple of balance, e.g. 5
 * @param maxDrawdown     fall of equity from its peak at which new entries halt, e.g. 0.15
 */
public record RiskLimits(BigDecimal maxRiskPerTrade, BigDecimal maxDailyLoss, BigDecimal maxExposure,
                         BigDecimal maxDrawdown) {

    /** Configuration keys of the limits (PID {@code io.wavegrid.risk}), also accepted by {@link #with(Map)}. */
    public static final String MAX_RISK_PER_TRADE = "max.risk.per.trade";
    public static final String MAX_DAILY_LOSS = "max.daily.loss";
    public static final String MAX_EXPOSURE = "max.exposure";
    public static final String MAX_DRAWDOWN = "max.drawdown";
    public static final List<String> KEYS = List.of(MAX_RISK_PER_TRADE, MAX_DAILY_LOSS, MAX_EXPOSURE, MAX_DRAWDOWN);

    public RiskLimits {
        requireFraction("max risk per trade", maxRiskPerTrade);
        requireFraction("max daily loss", maxDailyLoss);
        requireFraction("max drawdown", maxDrawdown);
        if (maxExposure == null || maxExposure.signum() <= 0) {
            throw new IllegalArgumentException("max exposure must be a positive multiple of balance, got " + maxExposure);
        }
    }

    /** The design's defaults: 3% per trade, 5% daily loss, 5x exposure, 15% drawdown. */
    public static RiskLimits defaults() {
        return new RiskLimits(new BigDecimal("0.03"), new BigDecimal("0.05"), new BigDecimal("5"), new BigDecimal("0.15"));
    }

    /**
     * A copy with some limits replaced, e.g. from a configuration, a console command or a REST body. Keys are the
     * configuration keys ({@link #KEYS}) or the component names ({@code maxDailyLoss}); values are numbers or their
     * text. Nothing is replaced unless every change is valid.
     *
     * @throws IllegalArgumentException naming every problem: unknown key, value not a finite number, out of range
     */
    public RiskLimits with(Map<String, ?> changes) {
        BigDecimal[] values = {maxRiskPerTrade, maxDailyLoss, maxExposure, maxDrawdown};
        List<String> problems = new ArrayList<>();
        for (Map.Entry<String, ?> change : changes.entrySet()) {
            int index = indexOf(change.getKey());
            if (index < 0) {
                problems.add("unknown limit '" + change.getKey() + "' (known: " + String.join(", ", KEYS) + ")");
                continue;
            }
            String key = KEYS.get(index);
            boolean multiple = key.equals(MAX_EXPOSURE);
            BigDecimal value = number(change.getValue());
            if (value == null) {
                problems.add(key + " must be a finite number, got '" + change.getValue() + "'");
            } else if (multiple && value.signum() <= 0) {
                problems.add(key + " must be a positive multiple of balance, got " + value.toPlainString());
            } else if (!multiple && (value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0)) {
                problems.add(key + " must be a fraction in (0, 1], got " + value.toPlainString());
            } else {
                values[index] = value;
            }
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid risk limits: " + String.join("; ", problems));
        }
        return new RiskLimits(values[0], values[1], values[2], values[3]);
    }

    private static int indexOf(String key) {
        int index = KEYS.indexOf(key);
        if (index < 0) {
            index = List.of("maxRiskPerTrade", "maxDailyLoss", "maxExposure", "maxDrawdown").indexOf(key);
        }
        return index;
    }

    /** The exact value of a number or its text; null when it is missing, not a number, NaN or infinite. */
    private static BigDecimal number(Object value) {
        if (value instanceof BigDecimal exact) {
            return exact;
        }
        if (value instanceof Double || value instanceof Float) {
            double d = ((Number) value).doubleValue();
            return Double.isFinite(d) ? new BigDecimal(value.toString()) : null;
        }
        if (value == null) {
            return null;
        }
        try {
            return new BigDecimal(value.toString().trim());
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static void requireFraction(String what, BigDecimal value) {
        if (value == null || value.signum() <= 0 || value.compareTo(BigDecimal.ONE) > 0) {
            throw new IllegalArgumentException(what + " must be a fraction in (0, 1], got " + value);
        }
    }
}
