package no.sentret.legal.shifts;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.ListParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The shift register's query: a period (required), optionally one status; paged like every list. */
public class ShiftListParams {

    @QueryParam("from")
    @Parameter(description = "First day, inclusive", example = "2022-01-01", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day, inclusive", example = "2022-12-31", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("status")
    @Parameter(description = "Only shifts with this status", schema = @Schema(implementation = ShiftStatus.class))
    public String status;

    @QueryParam("page")
    @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = "100000"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    public String size;

    /** Paging and dates are parsed by the kit's list parameters, so the problems read the same. */
    ListParams common() {
        ListParams p = new ListParams();
        p.from = from;
        p.to = to;
        p.page = page;
        p.size = size;
        return p;
    }

    ShiftStatus statusOrNull() {
        if (status == null) {
            return null;
        }
        try {
            return ShiftStatus.valueOf(status);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of PLANNED, HELD, HELD_NOBODY_CAME, CANCELLED");
        }
    }
}
