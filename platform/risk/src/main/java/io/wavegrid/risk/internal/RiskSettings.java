package io.wavegrid.risk.internal;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import io.wavegrid.trading.api.RiskLimits;

/**
 * The risk manager's configuration (PID {@code io.wavegrid.risk}): the four limits and the fee reserve a BUY keeps
 * free. {@link #parse} validates a whole configuration and names every problem; missing keys take the defaults.
 *
 * @param feeReserve fraction of an entry's cost held back for fees when checking what the balance can pay, e.g. 0.001
 */
record RiskSettings(RiskLimits limits, BigDecimal feeReserve) {

    static final String PID = "io.wavegrid.risk";
    static final String FEE_RESERVE = "fee.reserve";
    static final BigDecimal DEFAULT_FEE_RESERVE = new BigDecimal("0.001");

    static RiskSettings defaults() {
        return new RiskSettings(RiskLimits.defaults(), DEFAULT_FEE_RESERVE);
    }

    /** @throws IllegalArgumentException naming every invalid or misspelt key; nothing is applied then */
    static RiskSettings parse(Map<String, ?> config) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> limitValues = new LinkedHashMap<>();
        BigDecimal feeReserve = DEFAULT_FEE_RESERVE;
        for (Map.Entry<String, ?> entry : config.entrySet()) {
            String key = entry.getKey();
            if (RiskLimits.KEYS.contains(key)) {
                limitValues.put(key, entry.getValue());
            } else if (key.equals(FEE_RESERVE)) {
                feeReserve = fraction(entry.getValue(), problems);
            } else if (key.startsWith("max.") || key.startsWith("fee.")) {
                problems.add("unknown key '" + key + "' (known: " + String.join(", ", RiskLimits.KEYS) + ", " + FEE_RESERVE + ")");
            }
        }
        RiskLimits limits = null;
        try {
            limits = RiskLimits.defaults().with(limitValues);
        } catch (IllegalArgumentException e) {
            problems.add(0, e.getMessage());
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        return new RiskSettings(limits, feeReserve);
    }

    /** Equal values, whatever their scale (0.05 and 0.050 are the same limit). */
    boolean sameAs(RiskSettings other) {
        return same(limits.maxRiskPerTrade(), other.limits.maxRiskPerTrade())
                && same(limits.maxDailyLoss(), other.limits.maxDailyLoss())
                && same(limits.maxExposure(), other.limits.maxExposure())
                && same(limits.maxDrawdown(), other.limits.maxDrawdown())
                && same(feeReserve, other.feeReserve);
    }

    private static boolean same(BigDecimal a, BigDecimal b) {
        return a.compareTo(b) == 0;
    }

    @Override
    public String toString() {
        return toConfig().toString();
    }

    /** Values to store in the configuration so that it describes these settings. */
    Map<String, Object> toConfig() {
        Map<String, Object> config = new LinkedHashMap<>();
        config.put(RiskLimits.MAX_RISK_PER_TRADE, limits.maxRiskPerTrade().toPlainString());
        config.put(RiskLimits.MAX_DAILY_LOSS, limits.maxDailyLoss().toPlainString());
        config.put(RiskLimits.MAX_EXPOSURE, limits.maxExposure().toPlainString());
        config.put(RiskLimits.MAX_DRAWDOWN, limits.maxDrawdown().toPlainString());
        config.put(FEE_RESERVE, feeReserve.toPlainString());
        return config;
    }

    private static BigDecimal fraction(Object value, List<String> problems) {
        BigDecimal number = null;
        if (value != null && !(value instanceof Double d && !Double.isFinite(d))
                && !(value instanceof Float f && !Float.isFinite(f))) {
            try {
                number = new BigDecimal(value.toString().trim());
            } catch (NumberFormatException e) {
                number = null;
            }
        }
        if (number == null) {
            problems.add(FEE_RESERVE + " must be a finite number, got '" + value + "'");
            return DEFAULT_FEE_RESERVE;
        }
        if (number.signum() < 0 || number.compareTo(BigDecimal.ONE) >= 0) {
            problems.add(FEE_RESERVE + " must be a fraction in [0, 1), got " + number.toPlainString());
        }
        return number;
    }
}
