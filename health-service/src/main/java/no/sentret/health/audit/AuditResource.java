package no.sentret.health.audit;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** The audit log of reads, for the administrator: who read what and when, never the records themselves. */
@Path("/health/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Health audit log", description = "Every read of a health record or work list. Admin only; admin cannot read the records.")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    @Schema(name = "AuditEntryPage")
    public record Page(List<AuditEntry> items, int page, int size, long total) {
    }

    private final EntityManager em;

    public AuditResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    @Operation(operationId = "listHealthAuditLog", summary = "Read the audit log",
            description = "Newest first. Optionally a period (from and to, Oslo days), a resource (e.g. consultation), a resourceId, a requestId.")
    @APIResponse(responseCode = "200", description = "One page of audit entries", content = @Content(schema = @Schema(implementation = Page.class)))
    public Page list(@QueryParam("from") @Parameter(description = "First Oslo calendar day, inclusive", example = "2022-05-01") String from,
                     @QueryParam("to") @Parameter(description = "Last Oslo calendar day, inclusive", example = "2022-05-31") String to,
                     @QueryParam("resource") @Parameter(description = "e.g. consultation, consultations, test-result, work-list") String resource,
                     @QueryParam("resourceId") @Parameter(description = "the record's id, or the list's name or query") String resourceId,
                     @QueryParam("requestId") @Parameter(description = "one request's id (X-Request-Id)") String requestId,
                     @QueryParam("page") @Parameter(description = "Page number from 0") String page,
                     @QueryParam("size") @Parameter(description = "Page size, 1-500 (default 50)") String size) {
        ListParams params = new ListParams();
        params.from = from;
        params.to = to;
        params.page = page;
        params.size = size;
        Period period = params.periodOrNull();
        int pageNumber = params.pageNumber();
        int pageSize = params.pageSize();

        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (period != null) {
            args.add(period.start());
            conditions.add("at >= ?" + args.size());
            args.add(period.end());
            conditions.add("at < ?" + args.size());
        }
        if (resource != null) {
            args.add(resource);
            conditions.add("resource = ?" + args.size());
        }
        if (resourceId != null) {
            args.add(resourceId);
            conditions.add("resource_id = ?" + args.size());
        }
        if (requestId != null) {
            args.add(requestId);
            conditions.add("request_id = ?" + args.size());
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query select = em.createNativeQuery("select id, at, actor, roles, action, resource, resource_id, request_id from audit_log"
                + where + " order by id desc limit " + pageSize + " offset " + ((long) pageNumber * pageSize));
        Query count = em.createNativeQuery("select count(*) from audit_log" + where);
        for (int i = 0; i < args.size(); i++) {
            select.setParameter(i + 1, args.get(i));
            count.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditEntry> items = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
        return new Page(items, pageNumber, pageSize, ((Number) count.getSingleResult()).longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        throw new IllegalStateException("unexpected timestamp type " + value.getClass());
    }
}
