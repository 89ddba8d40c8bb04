/**
 * The engine's face to the rest of the platform (REST, console, feeds, tests): submit closed candles,
 * read the runtime view of every plugin and the latest aggregation of each strategy profile.
 */
@Export
@Version("1.1.0")
package io.wavegrid.engine.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
