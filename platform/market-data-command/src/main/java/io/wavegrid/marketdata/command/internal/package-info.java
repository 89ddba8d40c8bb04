/**
 * Karaf console actions over the market-data services. The header makes Karaf's shell scan this bundle
 * for {@code @Service @Command} actions when it starts.
 */
@Header(name = "Karaf-Commands", value = "*")
package io.wavegrid.marketdata.command.internal;

import org.osgi.annotation.bundle.Header;
