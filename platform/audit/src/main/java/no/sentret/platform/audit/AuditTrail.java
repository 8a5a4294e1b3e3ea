package no.sentret.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.records.Period;

/**
 * Reads the audit log for the administrator (who reads the log, never the records). A service's
 * audit endpoint is its path, {@code @RolesAllowed(Roles.ADMIN)} and one call: {@code trail.page(query)}.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;

    public AuditTrail(EntityManager em) {
        this.em = em;
    }

    @Transactional
    public AuditEntry.Page page(AuditQuery query) {
        Period period = query.periodOrNull();
        String resource = query.resourceOrNull();
        String resourceId = query.resourceIdOrNull();
        String requestId = query.requestIdOrNull();
        int page = query.pageNumber();
        int size = query.pageSize();
        List<String> conditions = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (period != null) {
            condition(conditions, args, "at >= ?", period.start());
            condition(conditions, args, "at < ?", period.end());
        }
        if (resource != null) {
            condition(conditions, args, "resource = ?", resource);
        }
        if (resourceId != null) {
            condition(conditions, args, "resource_id = ?", resourceId);
        }
        if (requestId != null) {
            condition(conditions, args, "request_id = ?", requestId);
        }
        String where = conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        Query select = em.createNativeQuery("select id, at, actor, roles, action, resource, resource_id, request_id from audit_log"
                + where + " order by id desc limit " + size + " offset " + ((long) page * size));
        Query count = em.createNativeQuery("select count(*) from audit_log" + where);
        for (int i = 0; i < args.size(); i++) {
            select.setParameter(i + 1, args.get(i));
            count.setParameter(i + 1, args.get(i));
        }
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditEntry> items = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
        return new AuditEntry.Page(items, page, size, ((Number) count.getSingleResult()).longValue());
    }

    private static void condition(List<String> conditions, List<Object> args, String condition, Object value) {
        args.add(value);
        conditions.add(condition + args.size());
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
