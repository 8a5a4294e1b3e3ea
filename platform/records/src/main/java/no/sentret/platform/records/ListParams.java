package no.sentret.platform.records;

import jakarta.ws.rs.QueryParam;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/**
 * The query of a list of records in a period chosen by the caller ({@code from}..{@code to}), paged.
 */
public class ListParams extends PageParams {

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
        return Period.of(date(from, "from"), date(to, "to"));
    }

    public Period period() {
        Period period = periodOrNull();
        if (period == null) {
            throw ProblemException.invalid("from", "is required (YYYY-MM-DD)");
        }
        return period;
    }

    private static LocalDate date(String value, String field) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ProblemException.invalid(field, "must be a date (YYYY-MM-DD)");
        }
    }

}
