package io.wavegrid.bus.rabbitmq.internal;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataInputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.channels.Channels;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.zip.CRC32;

import io.wavegrid.infra.api.BusOverflowException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A bounded FIFO of messages that survives a restart: every message is appended to {@code outbox.log} before
 * {@link #append} returns, and {@code outbox.ack} holds the sequence of the last message the broker confirmed.
 * On open, the unconfirmed tail of the log is loaded again, so delivery resumes in order. A record torn by a
 * crash mid-write fails its checksum and ends the log. The log is truncated whenever everything is confirmed.
 */
final class FileOutbox implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FileOutbox.class);
    private static final long TRUNCATE_ABOVE_BYTES = 16L << 20;
    private static final int MAX_RECORD_BYTES = 64 << 20;

    private final Path ackFile;
    private final FileChannel log;
    private final int capacity;
    private final Deque<OutboxRecord> pending = new ArrayDeque<>();
    private long nextSequence;
    private boolean dirty;

    FileOutbox(Path directory, int capacity) {
        if (capacity < 1) {
            throw new IllegalArgumentException("outbox capacity must be positive, got " + capacity);
        }
        this.capacity = capacity;
        this.ackFile = directory.resolve("outbox.ack");
        try {
            Files.createDirectories(directory);
            long acknowledged = Files.exists(ackFile) ? Long.parseLong(Files.readString(ackFile).trim()) : 0L;
            this.log = FileChannel.open(directory.resolve("outbox.log"), StandardOpenOption.CREATE, StandardOpenOption.READ,
                    StandardOpenOption.WRITE);
            this.nextSequence = load(acknowledged) + 1;
            if (!pending.isEmpty()) {
                LOG.info("outbox {} holds {} unconfirmed messages from before the restart; delivering them first", directory, pending.size());
            }
        } catch (IOException | NumberFormatException e) {
            throw new IllegalStateException("cannot open the event outbox in " + directory + ": " + e.getMessage(), e);
        }
    }

    /** Reads the log, keeps what is not yet acknowledged, positions the channel after the last good record. */
    private long load(long acknowledged) throws IOException {
        long lastSequence = acknowledged;
        long goodEnd = 0;
        log.position(0);
        DataInputStream in = new DataInputStream(Channels.newInputStream(log));
        while (true) {
            OutboxRecord r;
            try {
                int length = in.readInt();
                if (length < 0 || length > MAX_RECORD_BYTES) {
                    LOG.warn("outbox record after byte {} has an impossible length {}; it and anything after it are dropped", goodEnd, length);
                    break;
                }
                byte[] body = new byte[length];
                in.readFully(body);
                long crc = in.readLong();
                if (checksum(body) != crc) {
                    LOG.warn("outbox record after byte {} is torn (crash while writing); it and anything after it are dropped", goodEnd);
                    break;
                }
                r = decode(body);
                goodEnd += 4 + length + 8;
            } catch (EOFException e) {
                break;
            }
            lastSequence = Math.max(lastSequence, r.sequence());
            if (r.sequence() > acknowledged) {
                pending.addLast(r);
            }
        }
        log.truncate(goodEnd);
        log.position(goodEnd);
        return lastSequence;
    }

    /**
     * Persists and queues a message.
     *
     * @throws BusOverflowException when {@code capacity} messages already wait
     */
    synchronized OutboxRecord append(String exchange, String routingKey, String topic, String payload, Instant time) {
        if (pending.size() >= capacity) {
            throw new BusOverflowException("event outbox full: " + pending.size() + " messages wait for RabbitMQ; " + routingKey + " not taken");
        }
        OutboxRecord r = new OutboxRecord(nextSequence, exchange, routingKey, topic, payload, time);
        byte[] body = encode(r);
        ByteBuffer buffer = ByteBuffer.allocate(4 + body.length + 8);
        buffer.putInt(body.length).put(body).putLong(checksum(body)).flip();
        try {
            while (buffer.hasRemaining()) {
                log.write(buffer);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot persist the event to the outbox: " + e.getMessage(), e);
        }
        nextSequence++;
        dirty = true;
        pending.addLast(r);
        notifyAll();
        return r;
    }

    /** Up to {@code max} of the oldest unconfirmed messages, waiting up to {@code waitMillis} for the first. */
    synchronized List<OutboxRecord> peek(int max, long waitMillis) throws InterruptedException {
        if (pending.isEmpty() && waitMillis > 0) {
            wait(waitMillis);
        }
        List<OutboxRecord> batch = new ArrayList<>(Math.min(max, pending.size()));
        for (OutboxRecord r : pending) {
            if (batch.size() == max) {
                break;
            }
            batch.add(r);
        }
        return batch;
    }

    /** The broker confirmed every message up to {@code sequence}: forget them, durably. */
    synchronized void acknowledge(long sequence) {
        while (!pending.isEmpty() && pending.peekFirst().sequence() <= sequence) {
            pending.removeFirst();
        }
        try {
            Files.writeString(ackFile, Long.toString(sequence));
            if (pending.isEmpty() && log.size() > TRUNCATE_ABOVE_BYTES) {
                log.truncate(0);
                log.position(0);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("cannot record delivered events in the outbox: " + e.getMessage(), e);
        }
    }

    /** Forces appended records to disk; the publisher calls it once per batch. */
    synchronized void sync() {
        if (dirty) {
            try {
                log.force(false);
            } catch (IOException e) {
                LOG.warn("cannot sync the outbox to disk: {}", e.getMessage());
            }
            dirty = false;
        }
    }

    synchronized int size() {
        return pending.size();
    }

    @Override
    public synchronized void close() {
        sync();
        try {
            log.close();
        } catch (IOException e) {
            LOG.warn("closing the outbox: {}", e.getMessage());
        }
    }

    private static byte[] encode(OutboxRecord r) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(64 + r.payload().length() * 2);
        try (DataOutputStream out = new DataOutputStream(bytes)) {
            out.writeLong(r.sequence());
            out.writeUTF(r.exchange());
            out.writeUTF(r.routingKey());
            out.writeUTF(r.topic());
            out.writeLong(r.time().getEpochSecond());
            out.writeInt(r.time().getNano());
            byte[] payload = r.payload().getBytes(StandardCharsets.UTF_8);
            out.writeInt(payload.length);
            out.write(payload);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return bytes.toByteArray();
    }

    private static OutboxRecord decode(byte[] body) throws IOException {
        DataInputStream in = new DataInputStream(new ByteArrayInputStream(body));
        long sequence = in.readLong();
        String exchange = in.readUTF();
        String routingKey = in.readUTF();
        String topic = in.readUTF();
        Instant time = Instant.ofEpochSecond(in.readLong(), in.readInt());
        byte[] payload = new byte[in.readInt()];
        in.readFully(payload);
        return new OutboxRecord(sequence, exchange, routingKey, topic, new String(payload, StandardCharsets.UTF_8), time);
    }

    private static long checksum(byte[] body) {
        CRC32 crc = new CRC32();
        crc.update(body);
        return crc.getValue();
    }
}
