package io.wavegrid.trading.api;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.util.SplittableRandom;
import java.util.regex.Pattern;

import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;

import org.junit.jupiter.api.Test;

class OrderRequestTest {

    /** The documented format, as the exchanges write it. */
    private static final Pattern FORMAT = Pattern.compile("[A-Za-z0-9._:-]{1,36}");
    private static final String ALPHABET = "abcXYZ059._:-/ +é\u0000\t#";

    @Test
    void clientOrderIdsAreAcceptedExactlyWhenTheyMatchTheExchangesFormat() {
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 100_000; i++) {
            StringBuilder id = new StringBuilder();
            int length = random.nextInt(0, 40);
            for (int c = 0; c < length; c++) {
                id.append(ALPHABET.charAt(random.nextInt(random.nextInt(4) == 0 ? ALPHABET.length() : 13)));
            }
            String text = id.toString();
            boolean valid = FORMAT.matcher(text).matches();
            if (valid) {
                assertDoesNotThrow(() -> request(text), text);
            } else {
                IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> request(text), text);
                assertEquals("client order id '" + text + "' must be 1-36 characters of letters, digits, '.', '_', ':' or '-'",
                        e.getMessage());
            }
        }
        assertThrows(IllegalArgumentException.class, () -> request(null));
        assertDoesNotThrow(() -> request("x".repeat(36)));
        assertThrows(IllegalArgumentException.class, () -> request("x".repeat(37)));
    }

    private static OrderRequest request(String id) {
        return new OrderRequest(id, Symbol.parse("BTCUSDT"), Side.BUY, OrderType.MARKET, BigDecimal.ONE, null, null, TimeInForce.GTC);
    }
}
