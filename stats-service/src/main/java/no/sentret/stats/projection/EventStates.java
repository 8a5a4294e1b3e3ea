package no.sentret.stats.projection;

import java.util.UUID;

/**
 * Event id → one packed {@code long}, open addressing over one primitive array: the in-memory counterpart of a
 * {@code service_event} row (what a later void or duplicate of the id needs), at 24 bytes an event and no object per
 * entry. The id {@code 0-0} marks a free slot (a random or name-based UUID never has all 128 bits clear).
 *
 * <p>A slot's three words (the id's halves and the value) lie side by side, so a look-up reads one cache line where
 * three arrays made it read three: at millions of events every look-up misses the caches, and the fold's look-ups
 * were most of its time (bench README, steps 16-17). One array also grows as one allocation, which the collector
 * places beside the old objects at once instead of copying three big arrays out of the young generation.
 */
final class EventStates {

    /** what {@link #get} answers for an id never put */
    static final long ABSENT = Long.MIN_VALUE;
    private static final int WORDS = 3;

    /** slot {@code s} is {@code table[3s]} (most significant half), {@code table[3s+1]} (least), {@code table[3s+2]} (value) */
    private long[] table;
    private int capacity;
    private int size;

    EventStates() {
        allocate(1 << 12);
    }

    int size() {
        return size;
    }

    long get(UUID id) {
        return get(id.getMostSignificantBits(), id.getLeastSignificantBits());
    }

    /** {@link #get(UUID)} by the id's two halves, as {@link #forEach} gives them */
    long get(long hi, long lo) {
        int at = find(hi, lo);
        return isFree(at) ? ABSENT : table[at + 2];
    }

    void put(UUID id, long value) {
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        if (hi == 0 && lo == 0) {
            throw new IllegalArgumentException("the nil UUID is not an event id");
        }
        int at = find(hi, lo);
        table[at + 2] = value;
        if (isFree(at)) {
            table[at] = hi;
            table[at + 1] = lo;
            if (++size > capacity * 3 / 4) {
                grow();
            }
        }
    }

    /** Visits every entry's value (the order is the table's). */
    void forEachValue(java.util.function.LongConsumer consumer) {
        for (int at = 0; at < table.length; at += WORDS) {
            if (!isFree(at)) {
                consumer.accept(table[at + 2]);
            }
        }
    }

    /** Visits every entry (the order is the table's). */
    void forEach(Entry consumer) {
        for (int at = 0; at < table.length; at += WORDS) {
            if (!isFree(at)) {
                consumer.accept(table[at], table[at + 1], table[at + 2]);
            }
        }
    }

    interface Entry {
        void accept(long msb, long lsb, long value);
    }

    private boolean isFree(int at) {
        return table[at] == 0 && table[at + 1] == 0;
    }

    /** @return the index in {@link #table} of the id's slot, or of the free slot where it would go */
    private int find(long hi, long lo) {
        int mask = capacity - 1;
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        int at = ((int) (h ^ (h >>> 29)) & mask) * WORDS;
        while (!isFree(at) && (table[at] != hi || table[at + 1] != lo)) {
            at += WORDS;
            if (at == table.length) {
                at = 0;
            }
        }
        return at;
    }

    private void grow() {
        long[] old = table;
        allocate(capacity * 2);
        for (int from = 0; from < old.length; from += WORDS) {
            if (old[from] != 0 || old[from + 1] != 0) {
                int at = find(old[from], old[from + 1]);
                table[at] = old[from];
                table[at + 1] = old[from + 1];
                table[at + 2] = old[from + 2];
            }
        }
    }

    private void allocate(int slots) {
        capacity = slots;
        table = new long[slots * WORDS];
    }
}
