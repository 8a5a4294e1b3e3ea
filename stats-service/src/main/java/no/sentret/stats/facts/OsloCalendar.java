package no.sentret.stats.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneOffsetTransition;
import java.time.zone.ZoneRules;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/** Periods are Europe/Oslo calendar months and years, computed here and never by the producer. */
public final class OsloCalendar {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");
    private static final ZoneRules RULES = OSLO.getRules();
    private static final long SECONDS_PER_DAY = 86_400;

    private OsloCalendar() {
    }

    /**
     * The same date as {@code instant.atZone(OSLO).toLocalDate()}, without the ZonedDateTime and LocalDateTime it
     * builds: the writers ask for it several times per replayed event (about 0.1 µs a call saved, bench/README.md
     * step 10; OsloCalendarTest checks the two agree).
     */
    public static LocalDate date(Instant instant) {
        long local = instant.getEpochSecond() + RULES.getOffset(instant).getTotalSeconds();
        return LocalDate.ofEpochDay(Math.floorDiv(local, SECONDS_PER_DAY));
    }

    /**
     * {@link #date}'s epoch day from a table of the zone's changes of offset (1900-2199; an instant outside it is
     * asked of the zone's rules), remembering the span of the last offset found: a look-up in the zone's rules (a
     * boxed year, a cache per year, transitions compared as LocalDateTimes) was a visible part of the projection's
     * fold (bench README, steps 17 and 19), and remembering the last day helped only events in time order. Exact for
     * any offset, whole hours or not (OsloCalendarTest). One per thread.
     */
    public static final class Days {

        private static final long TABLE_FROM = Instant.parse("1900-01-01T00:00:00Z").getEpochSecond();
        private static final long TABLE_UNTIL = Instant.parse("2200-01-01T00:00:00Z").getEpochSecond();
        /** the epoch second of each change of offset in the table's years, ascending */
        private static final long[] CHANGES;
        /** OFFSETS[i]: the offset in seconds from CHANGES[i - 1] (from the table's start for i = 0) until CHANGES[i] */
        private static final int[] OFFSETS;

        static {
            List<ZoneOffsetTransition> changes = new ArrayList<>();
            for (ZoneOffsetTransition t = RULES.nextTransition(Instant.ofEpochSecond(TABLE_FROM));
                 t != null && t.getInstant().getEpochSecond() < TABLE_UNTIL; t = RULES.nextTransition(t.getInstant())) {
                changes.add(t);
            }
            CHANGES = changes.stream().mapToLong(t -> t.getInstant().getEpochSecond()).toArray();
            OFFSETS = new int[changes.size() + 1];
            OFFSETS[0] = RULES.getOffset(Instant.ofEpochSecond(TABLE_FROM)).getTotalSeconds();
            for (int i = 0; i < changes.size(); i++) {
                OFFSETS[i + 1] = changes.get(i).getOffsetAfter().getTotalSeconds();
            }
        }

        private long from = 1;
        private long until = 0;
        private int offset;

        public int epochDay(Instant instant) {
            long s = instant.getEpochSecond();
            if (s < from || s >= until) {
                if (s < TABLE_FROM || s >= TABLE_UNTIL) {
                    return (int) date(instant).toEpochDay();
                }
                int i = changesUpTo(s);
                offset = OFFSETS[i];
                from = i == 0 ? TABLE_FROM : CHANGES[i - 1];
                until = i == CHANGES.length ? TABLE_UNTIL : CHANGES[i];
            }
            return (int) Math.floorDiv(s + offset, SECONDS_PER_DAY);
        }

        /** how many changes of offset came at or before the second */
        private static int changesUpTo(long second) {
            int found = Arrays.binarySearch(CHANGES, second);
            return found >= 0 ? found + 1 : -found - 1;
        }
    }
}
