/**
 * Market data model shared by every Wavegrid bundle: symbols, timeframes, candles, tickers, trades and
 * order books, and the feed SPI through which market data enters the engine.
 */
@Export
@Version("1.2.0")
package io.wavegrid.market.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
