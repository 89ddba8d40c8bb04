package io.wavegrid.infra.api;

import java.util.List;

import io.wavegrid.trading.api.Fill;

import org.osgi.annotation.versioning.ProviderType;

/** Fills (trade executions) of the accounts' orders. */
@ProviderType
public interface ExecutionRepository {

    /**
     * Records a fill once: an exchange may report the same fill again (stream and poll, reconnect).
     *
     * @return true when recorded, false when the account already has a fill with the same symbol and trade id
     */
    boolean record(String account, Fill fill);

    /** Fills of one order, oldest first. */
    List<Fill> forOrder(String clientOrderId);

    /** The account's newest fills, newest first. */
    List<Fill> recent(String account, int limit);
}
