package io.wavegrid.persistence.internal.repository;

/**
 * The client order ids the {@code orders} table may hold, as a Bloom filter: "no" is certain, "maybe" needs a read.
 * Almost every id the order manager asks about is new (a new order, the next free attempt of a stop), and the
 * filter answers those without the primary-key lookup that, with cold index pages after a bar's analysis, cost H2
 * tens of microseconds between a candle's close and the order's send. About 16 bits per id and 8 probes: at its
 * capacity about one new id in 1,700 is a "maybe"; past it the filter stays correct, only less often certain, and
 * its owner builds a larger one.
 * <p>
 * Not thread-safe: its owner guards it.
 */
final class JournaledIds {

    private static final int PROBES = 8;
    private static final int BITS_PER_ID = 16;
    static final int SMALLEST_CAPACITY = 1 << 16;
    /** 32 MB of bits; past 16 million ids the filter only grows less certain. */
    static final int LARGEST_CAPACITY = 1 << 24;

    private final long[] words;
    private final int bitMask;
    private final int capacity;
    private int added;

    /** A filter for at least {@code expected} ids (rounded up to a power of two, and to the smallest capacity). */
    JournaledIds(long expected) {
        long capacityWanted = Math.max(SMALLEST_CAPACITY, Math.min(expected, LARGEST_CAPACITY));
        int bits = Integer.highestOneBit((int) (capacityWanted * BITS_PER_ID - 1)) << 1;
        this.words = new long[bits >>> 6];
        this.bitMask = bits - 1;
        this.capacity = bits / BITS_PER_ID;
    }

    void add(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & bitMask;
            words[bit >>> 6] |= 1L << bit;
        }
        added++;
    }

    /** False only when the id was never added. */
    boolean mightContain(String id) {
        long hash = hash(id);
        int h1 = (int) hash;
        int h2 = (int) (hash >>> 32) | 1;
        for (int i = 0; i < PROBES; i++) {
            int bit = (h1 + i * h2) & bitMask;
            if ((words[bit >>> 6] & 1L << bit) == 0) {
                return false;
            }
        }
        return true;
    }

    /** More ids added than the filter was sized for: it answers "maybe" more and more often. */
    boolean full() {
        return added > capacity;
    }

    int capacity() {
        return capacity;
    }

    /** FNV-1a over the characters, then a finaliser that spreads every input bit over both halves. */
    private static long hash(String id) {
        long h = 0xcbf29ce484222325L;
        for (int i = 0, n = id.length(); i < n; i++) {
            h = (h ^ id.charAt(i)) * 0x100000001b3L;
        }
        h ^= h >>> 33;
        h *= 0xff51afd7ed558ccdL;
        h ^= h >>> 33;
        h *= 0xc4ceb9fe1a85ec53L;
        return h ^ h >>> 33;
    }
}
