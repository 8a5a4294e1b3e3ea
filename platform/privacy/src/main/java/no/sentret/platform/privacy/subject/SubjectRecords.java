package no.sentret.platform.privacy.subject;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.Tuple;
import jakarta.persistence.TupleElement;
import jakarta.transaction.Transactional;
import java.sql.Date;
import java.sql.Timestamp;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Predicate;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.ClientCodes;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * A service's export for a data subject: runs its {@link SubjectQuery}s in one transaction and audits
 * the read (resource {@value #RESOURCE}, the code as its id), as every read of special-category data is.
 * A service's export endpoint is its path, {@code @RolesAllowed(Roles.ADMIN)} and one call.
 */
@ApplicationScoped
public class SubjectRecords {

    public static final String RESOURCE = "client-export";

    private final EntityManager em;
    private final AuditLog audit;
    private final SubjectReleases releases;
    private final String service;

    SubjectRecords(EntityManager em, AuditLog audit, SubjectReleases releases,
            @ConfigProperty(name = "quarkus.application.name") String service) {
        this.em = em;
        this.audit = audit;
        this.releases = releases;
        this.service = service;
    }

    /**
     * The export of a service of special-category records (health, legal aid): the rows only while the record
     * keeper's release stands; before that the section holds none and the request is kept for the record keeper
     * ({@link SubjectReleases}). A code {@code known} does not know (never issued, or erased) holds nothing to
     * release, and is answered as {@link #export} answers it.
     */
    @Transactional
    public SubjectSection exportOnRelease(String clientCode, List<SubjectQuery> queries, Predicate<String> known) {
        String code = validCode(clientCode);
        if (!known.test(code)) {
            return export(code, queries);
        }
        Optional<SubjectRelease> release = releases.standing(code);
        if (release.isEmpty()) {
            return new SubjectSection(service, code, Instant.now(), Map.of(), releases.request(code));
        }
        SubjectSection rows = export(code, queries);
        return new SubjectSection(service, code, rows.exportedAt(), rows.records(), release.get());
    }

    @Transactional
    public SubjectSection export(String clientCode, List<SubjectQuery> queries) {
        String code = validCode(clientCode);
        Map<String, List<Map<String, Object>>> records = new LinkedHashMap<>();
        for (SubjectQuery query : queries) {
            @SuppressWarnings("unchecked")
            List<Tuple> rows = em.createNativeQuery(query.sql(), Tuple.class).setParameter(1, code).getResultList();
            List<Map<String, Object>> out = new ArrayList<>();
            for (Tuple row : rows) {
                Map<String, Object> columns = new LinkedHashMap<>();
                for (TupleElement<?> column : row.getElements()) {
                    columns.put(column.getAlias(), plain(row.get(column)));
                }
                out.add(columns);
            }
            records.put(query.name(), out);
        }
        audit.read(RESOURCE, code);
        return new SubjectSection(service, code, Instant.now(), records);
    }

    /** The code as stored (upper case), or a 400 naming {@code clientCode}. */
    public static String validCode(String clientCode) {
        String code = ClientCodes.normalise(clientCode);
        if (!ClientCodes.isValid(code)) {
            throw ProblemException.invalid("clientCode", "must be a client code (4 to 12 of " + ClientCodes.ALPHABET + ")");
        }
        return code;
    }

    /** JDBC's types as JSON-friendly ones: instants and dates in ISO-8601, not epoch numbers. */
    private static Object plain(Object value) {
        if (value instanceof Timestamp || value instanceof OffsetDateTime) {
            return instant(value);
        }
        if (value instanceof Date d) {
            return d.toLocalDate();
        }
        if (value instanceof java.sql.Array || value instanceof byte[]) {
            return String.valueOf(value);
        }
        return value;
    }

    /** A timestamp column's value as JDBC hands it over (the driver's or Hibernate's type), as an instant; null stays null. */
    static Instant instant(Object value) {
        if (value instanceof Timestamp t) {
            return t.toInstant();
        }
        if (value instanceof OffsetDateTime o) {
            return o.toInstant();
        }
        return (Instant) value;
    }
}
