package no.sentret.legal.audit;

import static no.sentret.platform.records.ProblemDocs.BAD_REQUEST;
import static no.sentret.platform.records.ProblemDocs.FORBIDDEN;
import static no.sentret.platform.records.ProblemDocs.PROBLEM;
import static no.sentret.platform.records.ProblemDocs.UNAUTHORIZED;

import jakarta.annotation.security.RolesAllowed;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.BeanParam;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.platform.problem.Problem;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.Roles;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

/** Who read which inquiry or case: for the administrator, who reads the log but never the records. */
@Path("/legal-aid/audit")
@RolesAllowed(Roles.ADMIN)
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Audit log", description = "Every read of an inquiry or case, and every void")
@APIResponse(responseCode = "400", description = BAD_REQUEST, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "401", description = UNAUTHORIZED, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
@APIResponse(responseCode = "403", description = FORBIDDEN, content = @Content(mediaType = PROBLEM, schema = @Schema(implementation = Problem.class)))
public class AuditResource {

    @Schema(name = "AuditEntryPage")
    record Page(List<AuditEntryView> items, int page, int size, long total) {
    }

    private final EntityManager em;

    public AuditResource(EntityManager em) {
        this.em = em;
    }

    @GET
    @Transactional
    @Operation(operationId = "listLegalAudit", summary = "The audit log for a period", description = "Newest first, paged; optionally one record.")
    @APIResponse(responseCode = "200", description = "One page of audit entries", content = @Content(schema = @Schema(implementation = Page.class)))
    public PageView<AuditEntryView> list(@BeanParam AuditParams query) {
        ListParams params = query.common();
        String resourceId = query.resourceId;
        Period period = params.period();
        int page = params.pageNumber();
        int size = params.pageSize();
        String where = " from audit_log where at >= ?1 and at < ?2 and (cast(?3 as varchar) is null or resource_id = ?3)";
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select id, at, actor, roles, action, resource, resource_id, request_id" + where
                        + " order by at desc, id desc limit ?4 offset ?5")
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, resourceId)
                .setParameter(4, size).setParameter(5, (long) page * size).getResultList();
        Number total = (Number) em.createNativeQuery("select count(*)" + where)
                .setParameter(1, period.start()).setParameter(2, period.end()).setParameter(3, resourceId).getSingleResult();
        List<AuditEntryView> items = rows.stream().map(r -> new AuditEntryView(((Number) r[0]).longValue(), instant(r[1]),
                (String) r[2], (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
        return new PageView<>(items, page, size, total.longValue());
    }

    private static Instant instant(Object value) {
        if (value instanceof Instant i) {
            return i;
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return ((Timestamp) value).toInstant();
    }
}
