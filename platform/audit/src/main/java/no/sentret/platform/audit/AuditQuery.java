package no.sentret.platform.audit;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.PageParams;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.PeriodParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log's query ({@code @BeanParam AuditQuery}): optionally a period, a resource, a record, a request; paged. */
public class AuditQuery extends PageParams {

    /** The columns' lengths (audit_log): a longer value matches no entry and is the caller's mistake, a 400 naming it. */
    static final int MAX_RESOURCE = 128;
    static final int MAX_ID = 64;

    @QueryParam("from")
    @Parameter(description = "First Oslo calendar day of the reads, inclusive", example = "2022-05-01", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last Oslo calendar day of the reads, inclusive", example = "2022-05-31", schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("actor")
    @Parameter(description = "Only the entries of one user (the token's user name)", example = "user-clinician")
    public String actor;

    @QueryParam("resource")
    @Parameter(description = "Only entries about this kind of record or list", example = "consultation",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_RESOURCE))
    public String resource;

    @QueryParam("resourceId")
    @Parameter(description = "Only entries about this record (its id) or list (its name)", schema = @Schema(type = SchemaType.STRING, maxLength = MAX_ID))
    public String resourceId;

    @QueryParam("requestId")
    @Parameter(description = "Only the entries of one request: its trace id (the X-Trace-Id its response named)",
            schema = @Schema(type = SchemaType.STRING, maxLength = MAX_ID))
    public String requestId;

    String actorOrNull() {
        return bounded(actor, "actor", MAX_ID);
    }

    String resourceOrNull() {
        return bounded(resource, "resource", MAX_RESOURCE);
    }

    String resourceIdOrNull() {
        return bounded(resourceId, "resourceId", MAX_ID);
    }

    String requestIdOrNull() {
        return bounded(requestId, "requestId", MAX_ID);
    }

    // control characters are refused before this (the kit's ControlCharacterFilter); the value is never echoed
    private static String bounded(String value, String field, int max) {
        if (value == null) {
            return null;
        }
        if (value.isEmpty() || value.length() > max) {
            throw ProblemException.invalid(field, "must be 1 to " + max + " characters");
        }
        return value;
    }

    Period periodOrNull() {
        PeriodParams p = new PeriodParams();
        p.from = from;
        p.to = to;
        return p.periodOrNull();
    }
}
