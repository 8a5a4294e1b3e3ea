package no.sentret.legal.audit;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import java.util.List;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import no.sentret.platform.audit.AuditEntry;
import no.sentret.platform.audit.AuditQuery;
import no.sentret.platform.audit.AuditTrail;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of reads, for the administrator: who read what and when, never the records themselves (the kit's AuditTrail). */
@Path("/legal-aid/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Every read of an inquiry or case, and every void. Admin only; admin cannot read the records.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    private final AuditTrail trail;

    public AuditResource(AuditTrail trail) {
        this.trail = trail;
    }

    @GET
    @Operation(operationId = "listLegalAudit", summary = "Read the audit log",
            description = "Newest first, paged. Optionally a period (from and to, Oslo days), an actor, a resource, a resourceId, a requestId. Reading the log is itself audited (resource audit-log).")
    @APIResponse(responseCode = "200", description = "One page of audit entries", content = @Content(schema = @Schema(implementation = AuditEntry.Page.class)))
    public AuditEntry.Page list(@BeanParam AuditQuery query) {
        return trail.page(query);
    }

    @GET
    @Path("daily")
    @Operation(operationId = "listLegalAuditDailyCounts", summary = "Reads per user and day",
            description = "How many records each user read on each Oslo day, oldest day first (reads of the audit log not counted). "
                    + "The same filters as the log; reading it is audited.")
    @APIResponse(responseCode = "200", description = "One count per user and day with reads",
            content = @Content(schema = @Schema(implementation = AuditEntry.DailyCount.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    public List<AuditEntry.DailyCount> daily(@BeanParam AuditQuery query) {
        return trail.daily(query);
    }
}
