package io.wavegrid.persistence.internal.repository;

import static io.wavegrid.infra.api.contract.Fixtures.BTC;
import static io.wavegrid.infra.api.contract.Fixtures.T0;
import static io.wavegrid.infra.api.contract.Fixtures.limitBuy;
import static io.wavegrid.infra.api.contract.Fixtures.newOrder;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.util.function.Function;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.persistence.internal.Backends;
import io.wavegrid.persistence.internal.Backends.Backend;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderStatus;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * {@link OrderRows#unfit} refuses exactly the rows the {@code orders} table refuses: an order written ahead is sent
 * before its row is inserted, so a row the table would refuse must be caught before.
 */
class OrderRowLimitsTest {

    private final Backend h2 = Backends.h2();
    private final Jdbc jdbc = new Jdbc(h2.database().dataSource(), "test");

    @BeforeEach
    void emptyDatabase() {
        h2.db().clear();
    }

    @Test
    void aSymbolAnExchangeIdAndAReasonAtTheirWidthFitAndOneCharacterMoreDoesNot() {
        // The column holds BASE/QUOTE; assets have up to 20 characters each, so the widest symbol does not fit.
        assertAtTheLimit(n -> row(request(new Symbol("B".repeat(20), "Q".repeat(n - 21)), "1", "100"), "paper"), OrderRows.SYMBOL_CHARS);
        assertAtTheLimit(n -> rejected("x".repeat(n), ""), OrderRows.EXCHANGE_ID_CHARS);
        assertAtTheLimit(n -> rejected(null, "r".repeat(n)), OrderRows.REJECT_REASON_CHARS);
    }

    @Test
    void eighteenDigitsBeforeThePointFitAndNineteenDoNot() {
        assertAtTheLimit(n -> row(limitBuy("wg-qty", "9".repeat(n) + ".5", "100"), "paper"), OrderRows.INTEGER_DIGITS);
        assertAtTheLimit(n -> row(limitBuy("wg-price", "1", "9".repeat(n)), "paper"), OrderRows.INTEGER_DIGITS);
    }

    @Test
    void theReasonNamesTheField() {
        String reason = OrderRows.unfit(row(limitBuy("wg-qty", "1" + "0".repeat(OrderRows.INTEGER_DIGITS), "100"), "paper"));
        assertTrue(reason.startsWith("quantity 1000000000000000000 has more than 18 digits"), reason);
    }

    private void assertAtTheLimit(Function<Integer, JournaledOrder> rowOfWidth, int limit) {
        JournaledOrder fits = rowOfWidth.apply(limit);
        assertNull(OrderRows.unfit(fits));
        insert(fits);
        h2.db().clear();

        JournaledOrder tooWide = rowOfWidth.apply(limit + 1);
        String reason = OrderRows.unfit(tooWide);
        assertTrue(reason != null, "unfit names a row " + (limit + 1) + " wide");
        assertThrows(StoreUnavailableException.class, () -> insert(tooWide), "the table refuses what unfit refuses: " + reason);
    }

    private void insert(JournaledOrder row) {
        assertEquals(1, jdbc.update(OrderRows.INSERT, s -> OrderRows.bindInsert(s, row), "inserting", "test"));
    }

    private static JournaledOrder row(OrderRequest request, String account) {
        return new JournaledOrder(account, newOrder(request, T0), T0);
    }

    private static JournaledOrder rejected(String exchangeOrderId, String reason) {
        Order order = newOrder(limitBuy("wg-rejected", "1", "100"), T0);
        return new JournaledOrder("paper", new Order(order.request(), exchangeOrderId, OrderStatus.REJECTED, BigDecimal.ZERO, null, T0, reason), T0);
    }

    private static OrderRequest request(Symbol symbol, String quantity, String price) {
        OrderRequest btc = limitBuy("wg-symbol", quantity, price);
        assertEquals(BTC, btc.symbol());
        return new OrderRequest(btc.clientOrderId(), symbol, btc.side(), btc.type(), btc.quantity(), btc.price(), btc.stopPrice(),
                btc.timeInForce());
    }
}
