/** Grid trading SPI: a generator turns a grid configuration (and market history) into price levels. */
@Export
@Version("1.0.0")
package io.wavegrid.grid.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
