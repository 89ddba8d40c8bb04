package io.wavegrid.exchange.paper.internal;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;

import io.wavegrid.market.api.Candle;
import io.wavegrid.market.api.Side;
import io.wavegrid.market.api.Symbol;
import io.wavegrid.market.api.Timeframe;
import io.wavegrid.trading.api.ExecutionListener;
import io.wavegrid.trading.api.Fill;
import io.wavegrid.trading.api.Order;
import io.wavegrid.trading.api.OrderRequest;
import io.wavegrid.trading.api.OrderType;
import io.wavegrid.trading.api.TimeInForce;

/** Builds paper exchanges, orders and candles for the tests and records what the exchange reports. */
final class PaperFixture implements ExecutionListener {

    static final Symbol BTC = new Symbol("BTC", "USDT");
    static final long T0 = 1_704_067_200_000L;

    final List<Fill> fills = new ArrayList<>();
    final List<Order> updates = new ArrayList<>();
    final PaperExchange exchange;
    private long nextOpen = T0;

    PaperFixture(long seed, double slippageBps, String participation, String... balances) {
        exchange = new PaperExchange(config(seed, slippageBps, participation, balances));
        exchange.setExecutionListener(this);
    }

    @Override
    public void onOrderUpdate(Order order) {
        updates.add(order);
    }

    @Override
    public void onFill(Fill fill) {
        fills.add(fill);
    }

    /** Feeds the next 1m candle. */
    void candle(double open, double high, double low, double close, double volume) {
        exchange.onCandle(new Candle(BTC, Timeframe.M1, nextOpen, open, high, low, close, volume));
        nextOpen += 60_000;
    }

    static OrderRequest market(String id, Side side, String qty) {
        return new OrderRequest(id, BTC, side, OrderType.MARKET, new BigDecimal(qty), null, null, null);
    }

    static OrderRequest limit(String id, Side side, String qty, String price) {
        return limit(id, side, qty, price, TimeInForce.GTC);
    }

    static OrderRequest limit(String id, Side side, String qty, String price, TimeInForce tif) {
        return new OrderRequest(id, BTC, side, OrderType.LIMIT, new BigDecimal(qty), new BigDecimal(price), null, tif);
    }

    static OrderRequest stop(String id, Side side, String qty, String stop, String limit) {
        return new OrderRequest(id, BTC, side, limit == null ? OrderType.STOP_MARKET : OrderType.STOP_LIMIT,
                new BigDecimal(qty), limit == null ? null : new BigDecimal(limit), new BigDecimal(stop), null);
    }

    static PaperConfig config(long seed, double slippageBps, String participation, String... balances) {
        return new PaperConfig() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PaperConfig.class;
            }

            @Override
            public long seed() {
                return seed;
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
                return slippageBps;
            }

            @Override
            public String volume_participation() {
                return participation;
            }

            @Override
            public String[] balances() {
                return balances;
            }

            @Override
            public String[] rules() {
                return new String[] {"BTCUSDT:0.01:0.00001:0.00001:5"};
            }
        };
    }
}
