package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * A period of Oslo calendar days chosen by the caller ({@code @BeanParam PeriodParams}), for
 * registers and logs; combine with {@code @BeanParam PageParams} for a paged one.
 */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(description = "First Oslo calendar day, inclusive", example = "2022-05-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last Oslo calendar day, inclusive", example = "2022-05-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    /** @return the period, or null when neither from nor to was given */
    public Period periodOrNull() {
        if (from == null && to == null) {
            return null;
        }
        return Period.of(PageParams.date(from, "from"), PageParams.date(to, "to"));
    }

    /** The period, required: a missing {@code from} or {@code to} is a 400 naming it. */
    public Period period() {
        Period period = periodOrNull();
        if (period == null) {
            throw ProblemException.invalid("from", "is required (YYYY-MM-DD)");
        }
        return period;
    }

    /** As {@link #period()}, at most {@code maxDays} long (a larger one is a 400 naming {@code to}). */
    public Period period(int maxDays) {
        Period period = period();
        if (period.end().getEpochSecond() - period.start().getEpochSecond() > (maxDays + 1L) * 24 * 3600) {
            throw ProblemException.invalid("to", "a period is at most " + maxDays + " days");
        }
        return period;
    }
}
