package io.wavegrid.infra.api;

import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

/**
 * The durable queue of commands to the execution side (place, cancel, flatten). A command is taken by
 * exactly one consumer; it stays queued while no consumer runs and is removed only after the handler returned
 * normally. A handler that throws sends the command to the dead-letter store, logged, so one bad command
 * cannot block the ones behind it.
 */
@ProviderType
public interface CommandQueue {

    /**
     * Queues the command and returns without waiting for it to be handled.
     *
     * @throws BusOverflowException when no more commands can be accepted; the command is not taken
     */
    void send(BusMessage command);

    /**
     * Starts handling queued commands, one at a time and in order, on a queue thread.
     *
     * @return closing it stops consuming; unhandled commands stay queued
     */
    AutoCloseable consume(Consumer<BusMessage> handler);
}
