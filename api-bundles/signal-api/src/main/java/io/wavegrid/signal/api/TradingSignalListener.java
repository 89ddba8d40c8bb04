package io.wavegrid.signal.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * Whiteboard listener for trading signals: called once when a signal is created ({@link SignalStatus#PENDING})
 * and once for every later transition, in order. A new signal arrives on the kernel thread of its symbol, right
 * after the bar that produced it; the execution side places its orders from here, so keep the work bounded.
 */
@ConsumerType
public interface TradingSignalListener {

    void onTradingSignal(TradingSignal signal);
}
