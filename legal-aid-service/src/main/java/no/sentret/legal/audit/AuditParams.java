package no.sentret.legal.audit;

import jakarta.ws.rs.QueryParam;
import no.sentret.platform.records.ListParams;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;

/** The audit log's query: a period of the reads (required), optionally one record; paged like every list. */
public class AuditParams {

    @QueryParam("from")
    @Parameter(description = "First day of the reads, inclusive", example = "2022-05-01", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String from;

    @QueryParam("to")
    @Parameter(description = "Last day of the reads, inclusive", example = "2022-05-31", required = true, schema = @Schema(type = SchemaType.STRING, format = "date"))
    public String to;

    @QueryParam("resourceId")
    @Parameter(description = "Only entries about this record (an inquiry's or a case's id)")
    public String resourceId;

    @QueryParam("page")
    @Parameter(description = "Page number from 0", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0", minimum = "0", maximum = "100000"))
    public String page;

    @QueryParam("size")
    @Parameter(description = "Page size", schema = @Schema(type = SchemaType.INTEGER, defaultValue = "50", minimum = "1", maximum = "500"))
    public String size;

    /** Dates and paging are parsed by the kit's list parameters, so the problems read the same. */
    ListParams common() {
        ListParams p = new ListParams();
        p.from = from;
        p.to = to;
        p.page = page;
        p.size = size;
        return p;
    }
}
