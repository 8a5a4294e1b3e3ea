package no.sentret.platform.privacy.subject;

import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.time.Period;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.privacy.retention.RetentionRule;
import no.sentret.platform.privacy.subject.SubjectRelease.Status;
import no.sentret.platform.problem.ProblemException;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * The record keeper's release of a data subject's special-category records (issue 10 beside issue 18): the
 * privacy officer's export asks for them, a clinician or a lawyer (the service's record keeper) sees what is
 * asked and releases it, and for {@code sentret.privacy.release-valid-for} the officer's export holds the rows.
 * Asking and releasing are in the audit log (actions {@value #REQUEST} and {@value #RELEASE}, resource
 * {@value SubjectRecords#RESOURCE}); the list of what is asked is a read of client codes, audited as one.
 */
@ApplicationScoped
public class SubjectReleases {

    public static final String REQUEST = "REQUEST";
    public static final String RELEASE = "RELEASE";
    /** the audit log's resource for the record keeper's list of what the privacy officer asks for */
    public static final String REQUESTS = "client-export-requests";

    /**
     * The retention of the requests, for a service's RetentionRules (those that export on release): a year after its
     * release ended, or after it was asked for and never released; the request holds a client code, and is done.
     */
    public static final RetentionRule RETENTION = new RetentionRule("export-request", Period.parse("P1Y"), List.of(
            "delete from subject_release where coalesce(released_until, requested_at) < ?1"));

    private static final String COLUMNS = "client_code, requested_at, requested_by, released_at, released_by, released_until";

    private final EntityManager em;
    private final AuditLog audit;
    private final SecurityIdentity identity;
    private final Duration validFor;

    SubjectReleases(EntityManager em, AuditLog audit, SecurityIdentity identity,
            @ConfigProperty(name = "sentret.privacy.release-valid-for") Duration validFor) {
        this.em = em;
        this.audit = audit;
        this.identity = identity;
        this.validFor = validFor;
    }

    /** The release that lets the privacy officer's export hold the records now, if there is one. */
    @Transactional
    public Optional<SubjectRelease> standing(String code) {
        return find(code).filter(r -> r.status() == Status.RELEASED && r.releasedUntil().isAfter(Instant.now()));
    }

    /**
     * The privacy officer asks for the records under {@code code}: one request per code however often the
     * export is asked (a release that has expired starts a new one).
     */
    @Transactional
    public SubjectRelease request(String code) {
        int changed = em.createNativeQuery("""
                insert into subject_release (client_code, requested_at, requested_by) values (?1, now(), ?2)
                on conflict (client_code) do update set requested_at = now(), requested_by = ?2,
                    released_at = null, released_by = null, released_until = null
                where subject_release.released_until <= now()""")
                .setParameter(1, code).setParameter(2, actor()).executeUpdate();
        if (changed == 1) {
            audit.record(REQUEST, SubjectRecords.RESOURCE, code);
        }
        return find(code).orElseThrow();
    }

    /**
     * The record keeper releases the records under a code (asked for or not) for the configured time: a 400 for
     * what is not a client code, a 422 for a code {@code known} does not know.
     */
    @Transactional
    public SubjectRelease release(String clientCode, Predicate<String> known) {
        String code = SubjectRecords.validCode(clientCode);
        if (!known.test(code)) {
            throw ProblemException.unprocessable("clientCode", "no client has this code here");
        }
        Instant until = Instant.now().plus(validFor);
        em.createNativeQuery("""
                insert into subject_release (client_code, requested_at, requested_by, released_at, released_by, released_until)
                values (?1, now(), ?2, now(), ?2, ?3)
                on conflict (client_code) do update set released_at = now(), released_by = ?2, released_until = ?3""")
                .setParameter(1, code).setParameter(2, actor()).setParameter(3, Timestamp.from(until)).executeUpdate();
        audit.record(RELEASE, SubjectRecords.RESOURCE, code);
        return find(code).orElseThrow();
    }

    /** What the privacy officer has asked for and no record keeper has released yet, oldest first; an audited read. */
    @Transactional
    public List<SubjectRelease> awaiting() {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from subject_release where released_at is null order by requested_at, client_code")
                .getResultList();
        audit.read(REQUESTS, "awaiting release");
        return rows.stream().map(SubjectReleases::release).toList();
    }

    private Optional<SubjectRelease> find(String code) {
        @SuppressWarnings("unchecked")
        List<Object[]> rows = em.createNativeQuery("select " + COLUMNS + " from subject_release where client_code = ?1")
                .setParameter(1, code).getResultList();
        return rows.stream().findFirst().map(SubjectReleases::release);
    }

    private String actor() {
        return identity.getPrincipal().getName();
    }

    private static SubjectRelease release(Object[] row) {
        Instant releasedAt = SubjectRecords.instant(row[3]);
        return new SubjectRelease((String) row[0], releasedAt == null ? Status.REQUESTED : Status.RELEASED, SubjectRecords.instant(row[1]),
                (String) row[2], releasedAt, (String) row[4], SubjectRecords.instant(row[5]));
    }
}
