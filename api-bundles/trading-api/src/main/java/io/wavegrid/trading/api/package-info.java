/**
 * Trading SPI: exchange adapters, orders, fills, positions and balances, and the risk rules every order
 * passes before it reaches an exchange. Money and quantities are exact {@link java.math.BigDecimal}s.
 */
@Export
@Version("1.3.0")
package io.wavegrid.trading.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
