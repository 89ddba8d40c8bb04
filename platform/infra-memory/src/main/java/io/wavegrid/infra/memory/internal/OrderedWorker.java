package io.wavegrid.infra.memory.internal;

import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.function.Consumer;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** A bounded queue drained in order by one daemon thread; a failing handler is logged and skipped. */
class OrderedWorker<T> implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderedWorker.class);

    private final BlockingQueue<T> queue;
    private final Consumer<T> handler;
    private final Thread thread;
    private volatile boolean open = true;

    OrderedWorker(String name, int capacity, Consumer<T> handler) {
        this.queue = new ArrayBlockingQueue<>(capacity);
        this.handler = handler;
        this.thread = new Thread(this::drain, name);
        thread.setDaemon(true);
        thread.start();
    }

    /** @return false when the queue is full or the worker closed */
    boolean offer(T item) {
        return open && queue.offer(item);
    }

    private void drain() {
        while (open) {
            T item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                return;
            }
            try {
                handler.accept(item);
            } catch (RuntimeException e) {
                LOG.error("{}: handler failed on {}; skipped", thread.getName(), item, e);
            }
        }
    }

    @Override
    public void close() {
        open = false;
        thread.interrupt();
    }
}
