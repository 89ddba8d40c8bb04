package io.wavegrid.execution.internal;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import io.wavegrid.trading.api.OrderType;

/** The execution configuration, validated as a whole: every problem is named at once. */
record Settings(String account, boolean liveEnabled, OrderType entryType, int timeoutRetries,
                Duration reconcileInterval, BigDecimal trailingPercent, Duration resendMaxAge, String quoteAsset) {

    static Settings defaults() {
        return new Settings("paper", false, OrderType.MARKET, 3, Duration.ofSeconds(60), BigDecimal.ZERO,
                Duration.ofSeconds(300), "USDT");
    }

    Settings {
        List<String> problems = new ArrayList<>();
        if (account == null || !account.matches("[A-Za-z0-9._-]{1,64}")) {
            problems.add("account '" + account + "' must be 1-64 letters, digits, '.', '_' or '-'");
        }
        if (entryType != OrderType.MARKET && entryType != OrderType.LIMIT) {
            problems.add("entry.order.type must be MARKET or LIMIT, got " + entryType);
        }
        if (timeoutRetries < 0 || timeoutRetries > 10) {
            problems.add("order.timeout.retries must be within [0, 10], got " + timeoutRetries);
        }
        if (reconcileInterval == null || reconcileInterval.getSeconds() < 1) {
            problems.add("reconcile.interval.seconds must be at least 1, got " + reconcileInterval);
        }
        if (trailingPercent == null || trailingPercent.signum() < 0 || trailingPercent.compareTo(new BigDecimal("50")) >= 0) {
            problems.add("trailing.stop.percent must be within [0, 50), got " + trailingPercent);
        }
        if (resendMaxAge == null || resendMaxAge.isNegative()) {
            problems.add("resend.max.age.seconds must not be negative, got " + resendMaxAge);
        }
        if (quoteAsset == null || !quoteAsset.matches("[A-Z0-9]{1,20}")) {
            problems.add("quote.asset '" + quoteAsset + "' must be 1-20 upper-case letters or digits");
        }
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException("invalid execution configuration: " + String.join("; ", problems));
        }
    }

    static Settings of(ExecutionConfig config) {
        OrderType type;
        try {
            type = OrderType.valueOf(config.entry_order_type().trim().toUpperCase(Locale.ROOT));
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid execution configuration: entry.order.type must be MARKET or LIMIT, got '"
                    + config.entry_order_type() + "'");
        }
        BigDecimal trailing;
        try {
            trailing = new BigDecimal(config.trailing_stop_percent().trim());
        } catch (RuntimeException e) {
            throw new IllegalArgumentException("invalid execution configuration: trailing.stop.percent '"
                    + config.trailing_stop_percent() + "' is not a number");
        }
        return new Settings(config.account(), config.live_enabled(), type, config.order_timeout_retries(),
                Duration.ofSeconds(config.reconcile_interval_seconds()), trailing,
                Duration.ofSeconds(config.resend_max_age_seconds()), config.quote_asset());
    }

    Settings withEntryType(OrderType type) {
        return new Settings(account, liveEnabled, type, timeoutRetries, reconcileInterval, trailingPercent, resendMaxAge, quoteAsset);
    }

    Settings withTrailingPercent(BigDecimal percent) {
        return new Settings(account, liveEnabled, entryType, timeoutRetries, reconcileInterval, percent, resendMaxAge, quoteAsset);
    }
}
