/**
 * Signal SPI: a {@link io.wavegrid.signal.api.SignalContributor} turns analysis into {@link
 * io.wavegrid.signal.api.Evidence}; the engine weights evidence by category and contributor into an
 * {@link io.wavegrid.signal.api.AggregatedSignal} and, once risk and levels are applied, a
 * {@link io.wavegrid.signal.api.TradingSignal}.
 */
@Export
@Version("1.1.0")
package io.wavegrid.signal.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
