/**
 * Market data services of the platform used by the console and the REST API: importing candle files and
 * downloading history from an exchange into the candle store.
 */
@Export
@Version("1.0.0")
package io.wavegrid.marketdata;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
