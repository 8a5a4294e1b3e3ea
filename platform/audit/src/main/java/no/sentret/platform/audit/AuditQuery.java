package no.sentret.platform.audit;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.records.PageParams;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.PeriodParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log's query ({@code @BeanParam AuditQuery}): optionally a period, a resource, a record, a request; paged. */
public class AuditQuery extends PageParams {

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
    @Parameter(description = "Only entries about this kind of record or list", example = "consultation")
    public String resource;

    @QueryParam("resourceId")
    @Parameter(description = "Only entries about this record (its id) or list (its name)")
    public String resourceId;

    @QueryParam("requestId")
    @Parameter(description = "Only the entries of one request (X-Request-Id)")
    public String requestId;

    Period periodOrNull() {
        PeriodParams p = new PeriodParams();
        p.from = from;
        p.to = to;
        return p.periodOrNull();
    }
}
