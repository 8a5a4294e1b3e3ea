package no.sentret.platform.records;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import no.sentret.platform.problem.ProblemException;

/**
 * The centre's calendar: "today" and periods are Europe/Oslo dates, instants are stored at
 * PostgreSQL's microsecond precision so what we return equals what we stored and published.
 */
public final class CentreTime {

    public static final ZoneId OSLO = ZoneId.of("Europe/Oslo");

    /** Front-desk PCs and the kiosk have their own clocks; a minute ahead is not "the future". */
    private static final Duration CLOCK_SKEW = Duration.ofMinutes(2);

    private CentreTime() {
    }

    public static Instant now() {
        return Instant.now().truncatedTo(ChronoUnit.MICROS);
    }

    public static LocalDate today() {
        return LocalDate.now(OSLO);
    }

    public static Instant startOf(LocalDate day) {
        return day.atStartOfDay(OSLO).toInstant();
    }

    /** @return {@code value} (to the microsecond), or now when absent; refuses a moment in the future */
    public static Instant pastOrNow(Instant value, String field) {
        if (value == null) {
            return now();
        }
        if (value.isAfter(Instant.now().plus(CLOCK_SKEW))) {
            throw ProblemException.invalid(field, "must not be in the future");
        }
        return value.truncatedTo(ChronoUnit.MICROS);
    }
}
