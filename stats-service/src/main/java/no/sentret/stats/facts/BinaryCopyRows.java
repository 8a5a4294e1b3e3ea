package no.sentret.stats.facts;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.UUID;

/**
 * Rows in PostgreSQL's binary COPY format ({@code copy … from stdin (format binary)}): a header, per row
 * the number of fields and each field as its length and its bytes in the type's binary form (-1 for null),
 * a trailer. PostgreSQL reads each value as it is, where text arrays (the {@code unnest} writes) had
 * pgjdbc print every value and PostgreSQL parse it back ({@code array_in}, {@code uuid_in}, the dates).
 *
 * <p>Timestamps are the microseconds PostgreSQL's own text input would have stored for the instant's
 * text ({@link #micros}); {@code BinaryCopyRowsTest} checks them, and the other types, against the text casts.
 */
final class BinaryCopyRows {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
            0, 0, 0, 0, // flags: no OIDs
            0, 0, 0, 0}; // no header extension
    /** 2000-01-01T00:00:00Z, PostgreSQL's epoch for timestamps and dates */
    private static final long POSTGRES_EPOCH_SECOND = 946_684_800L;
    private static final long POSTGRES_EPOCH_DAY = 10_957L;

    private byte[] bytes;
    private int size;

    BinaryCopyRows(int expectedRows) {
        bytes = new byte[Math.max(64, expectedRows * 96)];
        put(HEADER);
    }

    /** Starts a row of {@code fields} values; each value follows with one of the methods below, in the table's column order. */
    BinaryCopyRows row(int fields) {
        return int16(fields);
    }

    BinaryCopyRows text(String value) {
        if (value == null) {
            return nullValue();
        }
        byte[] utf8 = value.getBytes(StandardCharsets.UTF_8); // as pgjdbc encodes a String: an unpaired surrogate becomes '?'
        int32(utf8.length);
        return put(utf8);
    }

    BinaryCopyRows uuid(UUID value) {
        if (value == null) {
            return nullValue();
        }
        int32(16);
        int64(value.getMostSignificantBits());
        return int64(value.getLeastSignificantBits());
    }

    BinaryCopyRows timestamptz(Instant value) {
        if (value == null) {
            return nullValue();
        }
        int32(8);
        return int64(micros(value));
    }

    BinaryCopyRows date(LocalDate value) {
        if (value == null) {
            return nullValue();
        }
        int32(4);
        return int32(Math.toIntExact(value.toEpochDay() - POSTGRES_EPOCH_DAY));
    }

    BinaryCopyRows int4(Integer value) {
        if (value == null) {
            return nullValue();
        }
        int32(4);
        return int32(value);
    }

    BinaryCopyRows bool(boolean value) {
        int32(1);
        ensure(1);
        bytes[size++] = (byte) (value ? 1 : 0);
        return this;
    }

    /** The rows with the trailer; the object is not to be used after. */
    byte[] finish() {
        int16(-1);
        return size == bytes.length ? bytes : Arrays.copyOf(bytes, size);
    }

    /**
     * Microseconds since PostgreSQL's epoch, rounded as PostgreSQL rounds the fraction of a timestamp's text
     * ({@code rint(strtod(fraction) * 1000000)}, half to even on the double): the value the text arrays stored
     * for {@code Instant.toString()}, also for a fraction below a microsecond.
     */
    static long micros(Instant value) {
        long micros = (long) Math.rint(value.getNano() / 1e9 * 1e6);
        return Math.multiplyExact(value.getEpochSecond() - POSTGRES_EPOCH_SECOND, 1_000_000L) + micros;
    }

    private BinaryCopyRows nullValue() {
        return int32(-1);
    }

    private BinaryCopyRows int16(int v) {
        ensure(2);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
        return this;
    }

    private BinaryCopyRows int32(int v) {
        ensure(4);
        bytes[size++] = (byte) (v >>> 24);
        bytes[size++] = (byte) (v >>> 16);
        bytes[size++] = (byte) (v >>> 8);
        bytes[size++] = (byte) v;
        return this;
    }

    private BinaryCopyRows int64(long v) {
        int32((int) (v >>> 32));
        return int32((int) v);
    }

    private BinaryCopyRows put(byte[] b) {
        ensure(b.length);
        System.arraycopy(b, 0, bytes, size, b.length);
        size += b.length;
        return this;
    }

    private void ensure(int more) {
        if (size + more > bytes.length) {
            bytes = Arrays.copyOf(bytes, Math.max(bytes.length * 2, size + more));
        }
    }
}
