package no.sentret.stats.projection;

import java.util.UUID;

/**
 * Event id → one packed {@code long}, open addressing over three primitive arrays: the in-memory counterpart of a
 * {@code service_event} row (what a later void or duplicate of the id needs), at 24 bytes an event and no object per
 * entry. The id {@code 0-0} marks a free slot (a random or name-based UUID never has all 128 bits clear).
 */
final class EventStates {

    /** what {@link #get} answers for an id never put */
    static final long ABSENT = Long.MIN_VALUE;

    private long[] msb;
    private long[] lsb;
    private long[] values;
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
        int slot = find(hi, lo);
        return isFree(slot) ? ABSENT : values[slot];
    }

    void put(UUID id, long value) {
        long hi = id.getMostSignificantBits();
        long lo = id.getLeastSignificantBits();
        if (hi == 0 && lo == 0) {
            throw new IllegalArgumentException("the nil UUID is not an event id");
        }
        int slot = find(hi, lo);
        if (isFree(slot)) {
            msb[slot] = hi;
            lsb[slot] = lo;
            if (++size > values.length * 3 / 4) {
                values[slot] = value;
                grow();
                return;
            }
        }
        values[slot] = value;
    }

    /** Visits every entry's value (the order is the table's). */
    void forEachValue(java.util.function.LongConsumer consumer) {
        for (int i = 0; i < values.length; i++) {
            if (!isFree(i)) {
                consumer.accept(values[i]);
            }
        }
    }

    /** Visits every entry (the order is the table's). */
    void forEach(Entry consumer) {
        for (int i = 0; i < values.length; i++) {
            if (!isFree(i)) {
                consumer.accept(msb[i], lsb[i], values[i]);
            }
        }
    }

    interface Entry {
        void accept(long msb, long lsb, long value);
    }

    private boolean isFree(int slot) {
        return msb[slot] == 0 && lsb[slot] == 0;
    }

    private int find(long hi, long lo) {
        int mask = values.length - 1;
        long h = hi * 0x9E3779B97F4A7C15L ^ lo;
        int slot = (int) (h ^ (h >>> 29)) & mask;
        while (!isFree(slot) && (msb[slot] != hi || lsb[slot] != lo)) {
            slot = (slot + 1) & mask;
        }
        return slot;
    }

    private void grow() {
        long[] oldMsb = msb;
        long[] oldLsb = lsb;
        long[] oldValues = values;
        allocate(oldValues.length * 2);
        for (int i = 0; i < oldValues.length; i++) {
            if (oldMsb[i] != 0 || oldLsb[i] != 0) {
                int slot = find(oldMsb[i], oldLsb[i]);
                msb[slot] = oldMsb[i];
                lsb[slot] = oldLsb[i];
                values[slot] = oldValues[i];
            }
        }
    }

    private void allocate(int capacity) {
        msb = new long[capacity];
        lsb = new long[capacity];
        values = new long[capacity];
    }
}
