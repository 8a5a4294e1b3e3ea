package no.sentret.outreach.common;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.Period;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** A required period of Oslo days for lists that have no client and no paging (shifts, assignments). */
public class PeriodParams {

    @QueryParam("from")
    @Parameter(required = true, description = "First Oslo calendar day, inclusive", example = "2022-05-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(required = true, description = "Last Oslo calendar day, inclusive", example = "2022-05-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    /** Parsed as the kit's list parameters parse it: a bad or missing date is a 400 naming the parameter. */
    public Period period() {
        ListParams p = new ListParams();
        p.from = from;
        p.to = to;
        Period period = p.period();
        if (period.end().getEpochSecond() - period.start().getEpochSecond() > 367L * 24 * 3600) {
            throw no.sentret.platform.problem.ProblemException.invalid("to", "a period is at most a year");
        }
        return period;
    }
}
