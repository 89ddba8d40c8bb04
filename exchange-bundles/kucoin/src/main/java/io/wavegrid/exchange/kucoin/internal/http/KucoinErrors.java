package io.wavegrid.exchange.kucoin.internal.http;

import java.util.Locale;

import io.wavegrid.trading.api.ExchangeException.Reason;

/** KuCoin's error codes as {@link Reason}s; the code and message itself always travel in the exception text. */
final class KucoinErrors {

    private KucoinErrors() {
    }

    static Reason reasonOf(String code, String message) {
        switch (code) {
            case "429000":
                return Reason.RATE_LIMITED;
            case "900001":
                return Reason.NOT_FOUND;
            case "500000":
            case "503000":
                return Reason.UNAVAILABLE;
            default:
                // KuCoin reports an unknown order as a generic 400100 whose message says so
                String text = message.toLowerCase(Locale.ROOT);
                return text.contains("not exist") || text.contains("not found") ? Reason.NOT_FOUND : Reason.REJECTED;
        }
    }
}
