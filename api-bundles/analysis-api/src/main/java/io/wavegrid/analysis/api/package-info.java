/**
 * Analysis SPIs: indicators, pattern detectors, wave analyzers, level providers and regime detectors, and
 * the results they publish. Every plugin is a factory registered as an OSGi service; the engine asks it for
 * one stateful calculator per symbol and timeframe and feeds that calculator closed candles only, so no
 * plugin can look ahead.
 */
@Export
@Version("1.0.0")
package io.wavegrid.analysis.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
