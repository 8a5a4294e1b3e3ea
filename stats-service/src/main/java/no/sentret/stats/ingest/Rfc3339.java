package no.sentret.stats.ingest;

import java.time.Instant;

/**
 * {@link Instant#parse} with a fast path for the shape every producer writes
 * ({@code 2022-05-10T10:00:00Z}, optionally with a fraction): the formatter behind
 * {@code Instant.parse} was the largest single cost of reading an event (JFR, bench/README.md), and the instant is
 * now counted from the digits without java.time's date and time objects (step 20).
 * Anything else — an offset, a leap second, an impossible date — goes to {@code Instant.parse},
 * so what is accepted and what it means are exactly as before.
 */
final class Rfc3339 {

    /** the days from 0000-01-01 to 1970-01-01 (java.time.LocalDate's constant) */
    private static final long DAYS_0000_TO_1970 = (146_097L * 5) - (30L * 365 + 7);

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
        if ((year | month | day | hour | minute | second | nano) < 0 || second > 59 || minute > 59 || hour > 23
                || month < 1 || month > 12 || day < 1 || day > lengthOfMonth(year, month)) {
            return null; // not digits, a leap second, 24:00, 30 February: the formatter decides, and says why
        }
        // the seconds counted as LocalDateTime.of(...).toInstant(UTC) counts them, without its three objects an instant
        return Instant.ofEpochSecond(epochDay(year, month, day) * 86_400L + hour * 3_600L + minute * 60L + second, nano);
    }

    /** LocalDate.toEpochDay's arithmetic, for a year 0-9999 (four digits) */
    private static long epochDay(int year, int month, int day) {
        long y = year;
        long total = 365 * y + (y + 3) / 4 - (y + 99) / 100 + (y + 399) / 400 + (367L * month - 362) / 12 + day - 1;
        if (month > 2) {
            total -= isLeap(year) ? 1 : 2;
        }
        return total - DAYS_0000_TO_1970;
    }

    private static int lengthOfMonth(int year, int month) {
        return month == 2 ? (isLeap(year) ? 29 : 28) : (month == 4 || month == 6 || month == 9 || month == 11) ? 30 : 31;
    }

    private static boolean isLeap(int year) {
        return (year & 3) == 0 && (year % 100 != 0 || year % 400 == 0);
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
