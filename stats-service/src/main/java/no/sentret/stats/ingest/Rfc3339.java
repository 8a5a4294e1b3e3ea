package no.sentret.stats.ingest;

import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;

/**
 * {@link Instant#parse} with a fast path for the shape every producer writes
 * ({@code 2022-05-10T10:00:00Z}, optionally with a fraction): the formatter behind
 * {@code Instant.parse} was the largest single cost of reading an event (JFR, bench/README.md).
 * Anything else — an offset, a leap second, an impossible date — goes to {@code Instant.parse},
 * so what is accepted and what it means are exactly as before.
 */
final class Rfc3339 {

    private Rfc3339() {
    }

    static Instant parse(String v) {
        Instant fast = simpleUtc(v);
        return fast != null ? fast : Instant.parse(v);
    }

    /** @return the instant of {@code YYYY-MM-DDTHH:MM:SS[.f{1,9}]Z}, or null when {@code v} has another shape */
    static Instant simpleUtc(String v) {
        int n = v.length();
        if (n < 20 || v.charAt(n - 1) != 'Z' || v.charAt(4) != '-' || v.charAt(7) != '-' || v.charAt(10) != 'T'
                || v.charAt(13) != ':' || v.charAt(16) != ':') {
            return null;
        }
        int year = digits(v, 0, 4);
        int month = digits(v, 5, 7);
        int day = digits(v, 8, 10);
        int hour = digits(v, 11, 13);
        int minute = digits(v, 14, 16);
        int second = digits(v, 17, 19);
        int nano = 0;
        if (n > 20) {
            int fraction = n - 21; // between the '.' and the 'Z'
            if (v.charAt(19) != '.' || fraction < 1 || fraction > 9) {
                return null;
            }
            nano = digits(v, 20, n - 1);
            for (int i = fraction; i < 9; i++) {
                nano = nano < 0 ? nano : nano * 10;
            }
        }
        if ((year | month | day | hour | minute | second | nano) < 0 || second > 59) {
            return null; // not digits, or a leap second: the formatter decides
        }
        try {
            return LocalDateTime.of(year, month, day, hour, minute, second, nano).toInstant(ZoneOffset.UTC);
        } catch (DateTimeException e) {
            return null; // e.g. 30 February: Instant.parse says why
        }
    }

    /** the non-negative number in v[from, to), or -1 if a character is not an ASCII digit */
    private static int digits(String v, int from, int to) {
        int value = 0;
        for (int i = from; i < to; i++) {
            char ch = v.charAt(i);
            if (ch < '0' || ch > '9') {
                return -1;
            }
            value = value * 10 + (ch - '0');
        }
        return value;
    }
}
