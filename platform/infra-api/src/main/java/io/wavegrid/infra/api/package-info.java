/**
 * The engine's infrastructure seen through a few small interfaces: an event bus and a durable command
 * queue, a key-value and ticker cache with time-to-live, a single-active lease, a rate-limit counter, an
 * audit log, the order journal and the repositories of signals, executions, positions and strategy
 * configuration history; health checks and metric sources as whiteboard services.
 *
 * <p>Every interface has an in-memory implementation (bundle {@code io.wavegrid.infra-memory}, registered
 * with {@code service.ranking=-100}) and a real one (database, Redis or RabbitMQ) that wins by its higher
 * ranking when it is configured. Consumers reference the interface and never know which one they got.
 */
@Export
@Version("1.3.0")
package io.wavegrid.infra.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
