package io.wavegrid.execution.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.Duration;

import io.wavegrid.trading.api.OrderType;

import org.junit.jupiter.api.Test;

class SettingsTest {

    private static ExecutionConfig config(String entryType, int retries, String trailing, String account) {
        return new ExecutionConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ExecutionConfig.class;
            }

            @Override
            public String account() {
                return account;
            }

            @Override
            public String exchange_target() {
                return "(exchange=paper)";
            }

            @Override
            public boolean live_enabled() {
                return false;
            }

            @Override
            public String entry_order_type() {
                return entryType;
            }

            @Override
            public int order_timeout_retries() {
                return retries;
            }

            @Override
            public long reconcile_interval_seconds() {
                return 30;
            }

            @Override
            public String trailing_stop_percent() {
                return trailing;
            }

            @Override
            public long resend_max_age_seconds() {
                return 120;
            }

            @Override
            public String quote_asset() {
                return "USDT";
            }
        };
    }

    @Test
    void aValidConfigurationIsRead() {
        Settings s = Settings.of(config("limit", 5, "1.5", "binance-main"));

        assertEquals(OrderType.LIMIT, s.entryType());
        assertEquals(5, s.timeoutRetries());
        assertEquals(0, new BigDecimal("1.5").compareTo(s.trailingPercent()));
        assertEquals(Duration.ofSeconds(120), s.resendMaxAge());
        assertEquals("binance-main", s.account());
    }

    @Test
    void everyProblemIsNamedAtOnce() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> Settings.of(config("STOP_MARKET", -1, "75", "my account")));

        assertTrue(e.getMessage().contains("entry.order.type"), e.getMessage());
        assertTrue(e.getMessage().contains("order.timeout.retries"), e.getMessage());
        assertTrue(e.getMessage().contains("trailing.stop.percent"), e.getMessage());
        assertTrue(e.getMessage().contains("account 'my account'"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config("MARKET", 3, "NaN%", "paper")));
        assertThrows(IllegalArgumentException.class, () -> Settings.of(config("FAST", 3, "0", "paper")));
    }
}
