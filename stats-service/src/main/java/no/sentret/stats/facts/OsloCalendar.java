package no.sentret.stats.facts;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;

/** Periods are Europe/Oslo calendar months and years, computed here and never by the producer. */
public final class OsloCalendar {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    private OsloCalendar() {
    }

    public static LocalDate date(Instant instant) {
        return instant.atZone(OSLO).toLocalDate();
    }
}
