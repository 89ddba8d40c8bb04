package io.wavegrid.exchange.kucoin.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.Test;

import io.wavegrid.exchange.kucoin.internal.http.KucoinSigner;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinCandles;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinInstruments;
import io.wavegrid.exchange.kucoin.internal.parse.KucoinOrders;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.OrderStatus;

/** Hand-written fixtures in KuCoin's documented formats: edge cases the documented examples do not show. */
class KucoinParsingTest {

    private final ObjectMapper json = new ObjectMapper();

    private JsonNode read(String text) throws Exception {
        return json.readTree(text.replace('\'', '"'));
    }

    @Test
    void everyTimeframeHasKucoinsName() {
        assertEquals("1min", KucoinCandles.type(Timeframe.M1));
        assertEquals("15min", KucoinCandles.type(Timeframe.M15));
        assertEquals("1hour", KucoinCandles.type(Timeframe.H1));
        assertEquals("12hour", KucoinCandles.type(Timeframe.H12));
        assertEquals("1day", KucoinCandles.type(Timeframe.D1));
        assertEquals("1week", KucoinCandles.type(Timeframe.W1));
    }

    @Test
    void theBarStillOpenIsLeftOut() throws Exception {
        JsonNode rows = read("[['1566789660','10','11','12','9','1','10'],['1566789600','10','11','12','9','1','10']]");
        assertEquals(1, KucoinCandles.parse(rows, Symbol.parse("BTC-USDT"), Timeframe.M1, 1566789660_000L + 59_999).size());
        assertEquals(2, KucoinCandles.parse(rows, Symbol.parse("BTC-USDT"), Timeframe.M1, 1566789720_000L).size());
    }

    @Test
    void badRowsAreNamed() throws Exception {
        Symbol btc = Symbol.parse("BTC-USDT");
        IllegalArgumentException shortRow = assertThrows(IllegalArgumentException.class,
                () -> KucoinCandles.parse(read("[['1566789600','10','11']]"), btc, Timeframe.M1, Long.MAX_VALUE));
        assertTrue(shortRow.getMessage().contains("row 0"), shortRow.getMessage());
        IllegalArgumentException text = assertThrows(IllegalArgumentException.class,
                () -> KucoinCandles.parse(read("[['1566789600','10','11','12','9','x','10']]"), btc, Timeframe.M1, Long.MAX_VALUE));
        assertTrue(text.getMessage().contains("non-numeric"), text.getMessage());
        IllegalArgumentException misaligned = assertThrows(IllegalArgumentException.class,
                () -> KucoinCandles.parse(read("[['1566789601','10','11','12','9','1','10']]"), btc, Timeframe.M1, Long.MAX_VALUE));
        assertTrue(misaligned.getMessage().contains("not aligned"), misaligned.getMessage());
    }

    @Test
    void symbolEntriesMissingARuleAreSkippedNotGuessed() throws Exception {
        KucoinInstruments instruments = KucoinInstruments.parse(read("[{'symbol':'BTC-USDT','baseCurrency':'BTC','quoteCurrency':'USDT'},"
                + "{'symbol':'ETH-USDT','baseCurrency':'ETH','quoteCurrency':'USDT','baseIncrement':'0.0001','priceIncrement':'0.01',"
                + "'baseMinSize':'0.001','quoteMinSize':'0.1','enableTrading':true}]"));
        assertEquals(1, instruments.size());
        assertNull(instruments.rules(Symbol.parse("BTC-USDT")));
        assertEquals(0, new java.math.BigDecimal("0.1").compareTo(instruments.rules(Symbol.parse("ETH-USDT")).minNotional()),
                "quoteMinSize stands in for a missing minFunds");
        assertThrows(IllegalArgumentException.class, () -> KucoinInstruments.parse(read("{'code':'200000'}")));
    }

    @Test
    void orderStatesFollowActiveAndDealSize() throws Exception {
        String common = "'id':'1','clientOid':'c1','symbol':'BTC-USDT','type':'limit','side':'sell','price':'30000','size':'0.3',";
        assertEquals(OrderStatus.PARTIALLY_FILLED, KucoinOrders.order(read("{" + common
                + "'dealSize':'0.1','dealFunds':'3000','active':true}"), Symbol::parse).status());
        assertEquals(OrderStatus.CANCELLED, KucoinOrders.order(read("{" + common
                + "'dealSize':'0.1','dealFunds':'3000','active':false,'cancelExist':true}"), Symbol::parse).status());
        assertThrows(IllegalArgumentException.class, () -> KucoinOrders.order(read("{'id':'1','symbol':'BTC-USDT'}"), Symbol::parse));
    }

    @Test
    void signatureIsBase64HmacSha256AndHidesTheSecret() {
        KucoinSigner signer = new KucoinSigner("secret", "pass");
        // HMAC-SHA256("secret", "pass") and of the prehash, as computed by openssl dgst -sha256 -hmac secret -binary | base64
        assertEquals("5sWmbVCOKjHTC6QsbNtTLaVSV6j3Lytz0LaHyiow0EE=", signer.passphrase());
        assertEquals("Sk/fDkTnZAkNHmJJrEFIOjwVzWUdLZaOYnEJmj6BRl8=", signer.sign("1547015186532POST/api/v1/hf/orders{}"));
        assertEquals("KucoinSigner[***]", signer.toString());
    }
}
