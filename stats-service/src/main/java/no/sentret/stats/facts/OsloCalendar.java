package no.sentret.stats.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.zone.ZoneRules;

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
     * {@link #date}'s epoch day, remembering the last Oslo day's bounds in UTC: consecutive events of a replay mostly
     * fall on the same day, and a look-up in the zone's rules (with a boxed year per call) was a visible part of the
     * projection's fold (bench README, step 17). Exact for any offset, whole hours or not. One per thread.
     */
    public static final class Days {

        private long from = 1;
        private long until = 0;
        private int day;

        public int epochDay(Instant instant) {
            long s = instant.getEpochSecond();
            if (s < from || s >= until) {
                LocalDate date = date(instant);
                day = (int) date.toEpochDay();
                from = date.atStartOfDay(OSLO).toEpochSecond();
                until = date.plusDays(1).atStartOfDay(OSLO).toEpochSecond();
            }
            return day;
        }
    }
}
