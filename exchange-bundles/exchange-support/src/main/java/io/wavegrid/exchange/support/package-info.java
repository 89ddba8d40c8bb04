/**
 * Plumbing shared by the exchange adapter bundles (not a plugin API): a weight-based rate limiter that
 * follows the exchange's usage headers and bans, backoff with jitter, HTTP calls that respect both, and a
 * WebSocket that reconnects, detects silent streams and renews itself before the exchange's lifetime limit.
 */
@Export
@Version("1.0.0")
package io.wavegrid.exchange.support;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
