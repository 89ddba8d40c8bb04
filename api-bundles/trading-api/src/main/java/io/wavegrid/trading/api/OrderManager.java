package io.wavegrid.trading.api;

import java.util.List;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The account's order manager: turns trade intents into journaled, idempotent orders on one exchange, keeps
 * them in step with the exchange and holds the emergency shutdown.
 */
@ProviderType
public interface OrderManager {

    /** The trading account this manager trades, e.g. {@code paper} or {@code binance-main}. */
    String account();

    /**
     * Sizes the intent with the risk manager, journals the entry and sends it.
     *
     * @return the outcome; a refusal (risk, exchange, journal, halt, emergency) is returned with its reason, never
     *         thrown
     */
    TradeOutcome execute(TradeIntent intent);

    /**
     * Cancels one of the account's open orders.
     *
     * @param actor who asks, for the audit log
     * @return the order as the exchange reports it after the cancel
     * @throws IllegalArgumentException when the account has no such order, or it is no longer open
     * @throws ExchangeException        when the exchange refuses or fails the cancel; the journal keeps its view
     */
    Order cancel(String clientOrderId, String actor) throws ExchangeException;

    /** The account's orders that are not in a terminal state, oldest first. */
    List<Order> openOrders();

    /** Compares the journal and the tracked balances with the exchange, corrects the journal and reports. */
    ReconciliationReport reconcile();

    /**
     * Stops the risk manager, cancels every open order (the journal's and the exchange's) and, when asked, closes
     * every position at market. New orders are refused until {@link #rearm}. Works while the trading thread is
     * busy or stuck.
     */
    EmergencyReport emergencyShutdown(boolean closePositions, String actor);

    /** Lifts an emergency shutdown (here and in the risk manager); audited. */
    void rearm(String actor);

    /** Whether an emergency shutdown is in force. */
    boolean emergencyStopped();
}
