package io.wavegrid.persistence.internal.repository;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.MappedByteBuffer;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

import io.wavegrid.infra.api.JournaledOrder;
import io.wavegrid.infra.api.StoreUnavailableException;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The orders journaled on an embedded H2 file database, as lines of files beside it: the journaling itself, their
 * rows following ({@link RowsWrittenAhead}). H2 keeps a commit in memory until its background writer stores it (up
 * to half a second later), so a process that dies in between (kill -9, the OOM killer, a JVM crash) loses the rows:
 * an order sent in that time would be unknown to the engine after a restart. These files are mapped into memory and shared with the operating system's page cache, so a line copied
 * into one belongs to the operating system at once and outlives the process, for the price of a memory copy (a
 * {@code write} call per order cost the trading thread several microseconds). {@link #unsettled} gives them back at
 * start. A machine that loses power can still lose both: PostgreSQL is the durable choice for that.
 * <p>
 * Files are segments {@code <database>.orders.<n>.wal} of {@link #SEGMENT_BYTES}, written in full with zeros when
 * created (a full disk then fails there, cleanly, instead of under a mapped write), their lines followed by zeros.
 * {@link #rotate} closes the segment in use, and a segment is deleted once a database checkpoint that began after it
 * was closed has stored every row in it ({@link #settled}). {@link #prepareNext} creates the next one ahead of need.
 */
final class OrderWriteAhead implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(OrderWriteAhead.class);
    static final int SEGMENT_BYTES = 8 << 20;
    private static final String SUFFIX = ".wal";

    private record Segment(long number, MappedByteBuffer lines) {
    }

    private final Path directory;
    private final String prefix;
    private final int segmentBytes;
    /** Used under this object's lock. */
    private final WriteAheadEncoder encoder = new WriteAheadEncoder();
    /** The segment being written, null after a rotation until the next append; guarded by this. */
    private Segment current;
    /** The next segment, created ahead of need; guarded by this. */
    private Segment prepared;
    /**
     * The number of the segment written last; every segment written later has a higher one, so a segment written after
     * a rotation is never among those the rotation's checkpoint settles. Guarded by this.
     */
    private long written;
    /** The highest number handed out for a segment (written, prepared or found); guarded by this. */
    private long reserved;
    private long bytesInSegment;

    /** @param database the H2 database's path without extension (what {@code DATABASE_PATH()} answers) */
    OrderWriteAhead(Path database) {
        this(database, SEGMENT_BYTES);
    }

    OrderWriteAhead(Path database, int segmentBytes) {
        this.directory = database.toAbsolutePath().getParent();
        this.prefix = database.getFileName() + ".orders.";
        this.segmentBytes = segmentBytes;
        this.reserved = segments().stream().mapToLong(this::number).max().orElse(0);
        this.written = reserved;
    }

    /** Copies the order's line into the current segment; when this returns, a dying process cannot lose it. */
    synchronized void append(JournaledOrder journaled) {
        int length = encoder.encode(journaled).length();
        if (current == null || current.lines().remaining() < length) {
            current = next(length);
            written = current.number();
            bytesInSegment = 0;
        }
        current.lines().put(encoder.bytes(), 0, length);
        bytesInSegment += length;
    }

    /** The prepared segment if it takes the line and comes after the one written last, else a new one. */
    private Segment next(int length) {
        Segment next = prepared;
        prepared = null;
        if (next != null && next.number() > written && length <= next.lines().capacity()) {
            return next;
        }
        if (next != null) {
            delete(segmentPath(next.number()));
        }
        return create(++reserved, Math.max(segmentBytes, length));
    }

    /** Bytes appended to the segment in use. */
    synchronized long pending() {
        return bytesInSegment;
    }

    /**
     * Closes the segment in use (the next append starts another); returns the number of the newest closed segment,
     * every line of which was written before this call.
     */
    synchronized long rotate() {
        current = null;
        bytesInSegment = 0;
        return written;
    }

    /** Creates the next segment now, on the caller's thread, so that an append never has to. */
    void prepareNext() {
        long number;
        synchronized (this) {
            if (prepared != null) {
                return;
            }
            number = ++reserved;
        }
        Segment next = create(number, segmentBytes);
        synchronized (this) {
            if (prepared == null) {
                prepared = next;
                return;
            }
        }
        delete(segmentPath(number));
    }

    /** A checkpoint that began after {@link #rotate} returned {@code upTo} stored their rows: those segments go. */
    void settled(long upTo) {
        for (Path file : segments()) {
            if (number(file) <= upTo) {
                delete(file);
            }
        }
    }

    /** Every order in the segments on disk, oldest first; a damaged line (a crash in the middle of it) is skipped. */
    List<JournaledOrder> unsettled() {
        List<JournaledOrder> orders = new ArrayList<>();
        for (Path file : segments().stream().sorted(Comparator.comparingLong(this::number)).toList()) {
            String text;
            try {
                byte[] bytes = Files.readAllBytes(file);
                int end = 0;
                while (end < bytes.length && bytes[end] != 0) {
                    end++;
                }
                text = new String(bytes, 0, end, StandardCharsets.UTF_8);
            } catch (IOException e) {
                throw new StoreUnavailableException("order journal: reading the write-ahead file " + file + " failed: " + e, e);
            }
            String[] lines = text.split("\n", -1);
            for (int i = 0; i < lines.length; i++) {
                if (lines[i].isEmpty()) {
                    continue;
                }
                try {
                    orders.add(WriteAheadLine.decode(lines[i]));
                } catch (RuntimeException e) {
                    LOG.warn("Write-ahead file {} line {} skipped: {}", file, i + 1, e.getMessage());
                }
            }
        }
        return orders;
    }

    /**
     * Lets go of the mapped segments; the written ones stay for the next start unless a checkpoint settled them, the
     * one made ahead (nothing in it) is deleted.
     */
    @Override
    public synchronized void close() {
        if (prepared != null) {
            delete(segmentPath(prepared.number()));
        }
        current = null;
        prepared = null;
        bytesInSegment = 0;
    }

    private Segment create(long number, int bytes) {
        Path file = segmentPath(number);
        FileChannel channel;
        try {
            channel = FileChannel.open(file, StandardOpenOption.CREATE_NEW, StandardOpenOption.READ, StandardOpenOption.WRITE);
        } catch (IOException e) {
            throw new StoreUnavailableException("order journal: creating the write-ahead file " + file + " failed: " + e, e);
        }
        try (channel) {
            ByteBuffer zeros = ByteBuffer.allocate(64 << 10);
            for (long written = 0; written < bytes; ) {
                zeros.clear().limit((int) Math.min(zeros.capacity(), bytes - written));
                written += channel.write(zeros, written);
            }
            MappedByteBuffer lines = channel.map(FileChannel.MapMode.READ_WRITE, 0, bytes);
            lines.load();
            return new Segment(number, lines);
        } catch (IOException e) {
            delete(file);
            throw new StoreUnavailableException("order journal: creating the write-ahead file " + file + " failed: " + e, e);
        }
    }

    private static void delete(Path file) {
        try {
            Files.deleteIfExists(file);
        } catch (IOException e) {
            LOG.warn("Write-ahead segment {} is stored in the database but cannot be deleted: {}", file, e.toString());
        }
    }

    private List<Path> segments() {
        if (!Files.isDirectory(directory)) {
            return List.of();
        }
        try (Stream<Path> files = Files.list(directory)) {
            return files.filter(this::isSegment).toList();
        } catch (IOException e) {
            throw new StoreUnavailableException("order journal: listing the write-ahead files in " + directory + " failed: " + e, e);
        }
    }

    private boolean isSegment(Path file) {
        String name = file.getFileName().toString();
        return Files.isRegularFile(file) && name.startsWith(prefix) && name.endsWith(SUFFIX)
                && name.length() > prefix.length() + SUFFIX.length()
                && name.substring(prefix.length(), name.length() - SUFFIX.length()).chars().allMatch(Character::isDigit);
    }

    private long number(Path file) {
        String name = file.getFileName().toString();
        return Long.parseLong(name.substring(prefix.length(), name.length() - SUFFIX.length()));
    }

    private Path segmentPath(long number) {
        return directory.resolve(prefix + number + SUFFIX);
    }
}
