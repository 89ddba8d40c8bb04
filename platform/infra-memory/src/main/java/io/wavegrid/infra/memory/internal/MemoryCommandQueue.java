package io.wavegrid.infra.memory.internal;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Consumer;

import io.wavegrid.infra.api.BusMessage;
import io.wavegrid.infra.api.BusOverflowException;
import io.wavegrid.infra.api.CommandQueue;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The in-process command queue: commands wait (bounded) until a consumer takes them; consumers compete, so
 * each command is handled once. A command whose handler throws goes to a bounded dead-letter list. Configured
 * by the same PID as {@link MemoryEventBus}, which carries the metatype.
 */
@Component(service = CommandQueue.class, configurationPid = MemoryEventBus.PID,
        property = {"service.ranking:Integer=-100", "infra.backend=memory"})
public class MemoryCommandQueue implements CommandQueue {

    private static final Logger LOG = LoggerFactory.getLogger(MemoryCommandQueue.class);
    private static final int DEAD_LETTERS_KEPT = 1_000;

    private volatile LinkedBlockingQueue<BusMessage> queue = new LinkedBlockingQueue<>(100_000);
    private final Deque<BusMessage> deadLetters = new ArrayDeque<>();

    @Activate
    void activate(MemoryBusConfig config) {
        queue = new LinkedBlockingQueue<>(MemoryEventBus.checkedCapacity(config.capacity()));
    }

    @Override
    public void send(BusMessage command) {
        if (!queue.offer(command)) {
            throw new BusOverflowException("command queue full (" + queue.size() + " commands waiting for a consumer): "
                    + command.topic() + " not queued");
        }
    }

    @Override
    public AutoCloseable consume(Consumer<BusMessage> handler) {
        Thread thread = new Thread(() -> drain(handler), "wavegrid-commands");
        thread.setDaemon(true);
        thread.start();
        return thread::interrupt;
    }

    private void drain(Consumer<BusMessage> handler) {
        while (!Thread.currentThread().isInterrupted()) {
            BusMessage command;
            try {
                command = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                handler.accept(command);
            } catch (RuntimeException e) {
                LOG.error("command {} failed and was moved to the dead letters: {}", command.topic(), e.getMessage(), e);
                synchronized (deadLetters) {
                    if (deadLetters.size() == DEAD_LETTERS_KEPT) {
                        deadLetters.removeFirst();
                    }
                    deadLetters.addLast(command);
                }
            }
        }
    }

    /** The most recent commands whose handler failed, oldest first. */
    List<BusMessage> deadLetters() {
        synchronized (deadLetters) {
            return List.copyOf(deadLetters);
        }
    }
}
