package no.sentret.platform.audit;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Query;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import no.sentret.platform.records.Period;

/**
 * Reads the audit log for the administrator (who reads the log, never the records). A service's
 * audit endpoints are its path, {@code @RolesAllowed(Roles.ADMIN)} and one call each:
 * {@code trail.page(query)}, {@code trail.daily(query)}. Reading the trail is itself audited (resource
 * {@value AuditLog#TRAIL}, the query as its id), after the rows are read, so a page shows what was there
 * before it was asked for.
 */
@ApplicationScoped
public class AuditTrail {

    private final EntityManager em;
    private final AuditLog log;

    public AuditTrail(EntityManager em, AuditLog log) {
        this.em = em;
        this.log = log;
    }

    @Transactional
    public AuditEntry.Page page(AuditQuery query) {
        int page = query.pageNumber();
        int size = query.pageSize();
        Filter filter = Filter.of(query);
        Query select = filter.bind(em.createNativeQuery("select id, at, actor, roles, action, resource, resource_id, request_id from audit_log"
                + filter.where() + " order by id desc limit " + size + " offset " + ((long) page * size)));
        Query count = filter.bind(em.createNativeQuery("select count(*) from audit_log" + filter.where()));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditEntry> items = rows.stream().map(r -> new AuditEntry(((Number) r[0]).longValue(), instant(r[1]), (String) r[2],
                (String) r[3], (String) r[4], (String) r[5], (String) r[6], (String) r[7])).toList();
        AuditEntry.Page result = new AuditEntry.Page(items, page, size, ((Number) count.getSingleResult()).longValue());
        log.read(AuditLog.TRAIL, filter.describe("page=" + page));
        return result;
    }

    /** Reads of records per user and Oslo day (the trail's own reads and voids left out), oldest day first. */
    @Transactional
    public List<AuditEntry.DailyCount> daily(AuditQuery query) {
        // not paged (a user's days are few), but the query is the trail's and the contract lists its page and
        // size here too: a value the contract refuses (1.5, 501) is a 400 naming it, not ignored unchecked
        query.pageNumber();
        query.pageSize();
        Filter filter = Filter.of(query).and("action = ?", "READ").and("resource <> ?", AuditLog.TRAIL);
        Query select = filter.bind(em.createNativeQuery("select cast(at at time zone 'Europe/Oslo' as date), actor, count(*) from audit_log"
                + filter.where() + " group by 1, 2 order by 1, 2"));
        @SuppressWarnings("unchecked")
        List<Object[]> rows = select.getResultList();
        List<AuditEntry.DailyCount> counts = rows.stream().map(r -> new AuditEntry.DailyCount(date(r[0]), (String) r[1], ((Number) r[2]).longValue())).toList();
        log.read(AuditLog.TRAIL, filter.describe("daily"));
        return counts;
    }

    /** The query's conditions as SQL with positional parameters. */
    private record Filter(List<String> conditions, List<Object> args, List<String> described) {

        static Filter of(AuditQuery query) {
            Filter filter = new Filter(new ArrayList<>(), new ArrayList<>(), new ArrayList<>());
            Period period = query.periodOrNull();
            if (period != null) {
                filter.and("at >= ?", period.start()).and("at < ?", period.end());
                filter.described.add("from=" + query.from + "&to=" + query.to);
            }
            filter.optional("actor", query.actorOrNull()).optional("resource", query.resourceOrNull())
                    .optional("resource_id", query.resourceIdOrNull()).optional("request_id", query.requestIdOrNull());
            return filter;
        }

        Filter and(String condition, Object value) {
            args.add(value);
            conditions.add(condition + args.size());
            return this;
        }

        private Filter optional(String column, String value) {
            if (value != null) {
                and(column + " = ?", value);
                described.add(column + "=" + value);
            }
            return this;
        }

        String where() {
            return conditions.isEmpty() ? "" : " where " + String.join(" and ", conditions);
        }

        Query bind(Query query) {
            for (int i = 0; i < args.size(); i++) {
                query.setParameter(i + 1, args.get(i));
            }
            return query;
        }

        /** The audit row's resource id (64 characters at most): what was asked, not what was found. */
        String describe(String what) {
            List<String> parts = new ArrayList<>(List.of(what));
            parts.addAll(described);
            String text = String.join("&", parts);
            return text.length() <= 64 ? text : text.substring(0, 61) + "...";
        }
    }

    private static LocalDate date(Object value) {
        return value instanceof LocalDate d ? d : ((Date) value).toLocalDate();
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
