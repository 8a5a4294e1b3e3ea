package no.sentret.platform.json;

import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;

/**
 * The bounds every date the services take must lie in: far wider than any record of the centre, far
 * narrower than PostgreSQL's (year −4713 to 294276), so an absurd year is a 400 naming the field
 * rather than a database error.
 */
public final class StrictValues {

    public static final int MIN_YEAR = 1900;
    public static final int MAX_YEAR = 2200;
    public static final String DATE_RANGE = "must be between " + MIN_YEAR + "-01-01 and " + MAX_YEAR + "-12-31";
    private static final Instant MIN = LocalDate.of(MIN_YEAR, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);
    private static final Instant MAX = LocalDate.of(MAX_YEAR + 1, 1, 1).atStartOfDay().toInstant(ZoneOffset.UTC);

    private StrictValues() {
    }

    public static boolean inRange(LocalDate date) {
        return date.getYear() >= MIN_YEAR && date.getYear() <= MAX_YEAR;
    }

    public static boolean inRange(Instant instant) {
        return !instant.isBefore(MIN) && instant.isBefore(MAX);
    }

    public static boolean inRange(OffsetDateTime time) {
        return inRange(time.toInstant());
    }

    /** A C0 or C1 control character other than tab, line feed and carriage return (NUL above all: PostgreSQL refuses it in text). */
    public static boolean hasControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if ((c < 0x20 && c != '\t' && c != '\n' && c != '\r') || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }

    /**
     * Any C0 or C1 control character, tab and line breaks included: for values that are never free
     * text (identifiers, codes, dates, numbers, flags — every query and path parameter of ours), where a
     * line break is a forged log line or a split header, never part of the value.
     */
    public static boolean hasAnyControlCharacter(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c < 0x20 || (c >= 0x7f && c <= 0x9f)) {
                return true;
            }
        }
        return false;
    }
}
