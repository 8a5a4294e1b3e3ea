package no.sentret.platform.records;

import java.time.Instant;
import java.time.LocalDate;
import no.sentret.platform.problem.ProblemException;

/** Oslo calendar days {@code from}..{@code to}, both inclusive, as the half-open instant range [start, end). */
public record Period(Instant start, Instant end) {

    public static Period of(LocalDate from, LocalDate to) {
        if (from == null) {
            throw ProblemException.invalid("from", "is required (YYYY-MM-DD)");
        }
        if (to == null) {
            throw ProblemException.invalid("to", "is required (YYYY-MM-DD)");
        }
        if (to.isBefore(from)) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        return new Period(CentreTime.startOf(from), CentreTime.startOf(to.plusDays(1)));
    }

    public static Period today() {
        LocalDate today = CentreTime.today();
        return of(today, today);
    }
}
