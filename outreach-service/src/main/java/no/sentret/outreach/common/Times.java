package no.sentret.outreach.common;

import java.time.Instant;
import java.time.OffsetDateTime;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;

/** Moments in requests. */
public final class Times {

    private Times() {
    }

    /** A required moment, not in the future, at PostgreSQL's precision. */
    public static Instant requiredPast(OffsetDateTime value, String field) {
        if (value == null) {
            throw ProblemException.invalid(field, "is required");
        }
        return CentreTime.pastOrNow(value.toInstant(), field);
    }
}
