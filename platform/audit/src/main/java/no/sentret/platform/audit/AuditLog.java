package no.sentret.platform.audit;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.TreeSet;
import no.sentret.platform.records.Period;
import org.jboss.logging.Logger;
import no.sentret.platform.http.TraceIdHeader;

/**
 * Records every read of a special-category record (health, legal) in the service's own
 * {@code audit_log} table, in the reading transaction (with the request's trace id), and on the
 * {@code sentret.audit} log category (without the resource id).
 * A user whose reads today pass {@code sentret.audit.daily-read-warning} (and each further multiple of
 * it) gets a warning and a count on {@code sentret_audit_unusual_reads_total}: once per crossing, not
 * per read, so a browsing user is one line the privacy officer notices rather than a flood.
 */
@ApplicationScoped
public class AuditLog {

    private static final Logger LOG = Logger.getLogger("sentret.audit");

    /** The privacy officer's reads of the trail itself: audited, but not reads of records. */
    public static final String TRAIL = "audit-log";

    private final EntityManager em;
    private final SecurityIdentity identity;
    private final MeterRegistry registry;
    private final int dailyReadWarning;
    private final Counter unusualReads;

    public AuditLog(EntityManager em, SecurityIdentity identity, AuditConfig config, MeterRegistry registry) {
        this.em = em;
        this.identity = identity;
        this.registry = registry;
        this.dailyReadWarning = config.dailyReadWarning();
        this.unusualReads = Counter.builder("sentret.audit.unusual.reads")
                .description("Users passing the daily number of special-category reads (sentret.audit.daily-read-warning)")
                .register(registry);
    }

    @Transactional
    public void read(String resource, String resourceId) {
        record("READ", resource, resourceId);
    }

    @Transactional
    public void record(String action, String resource, String resourceId) {
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        // the request's trace id (W3C trace context), which its response names as X-Trace-Id
        String requestId = TraceIdHeader.currentTraceId();
        em.createNativeQuery("insert into audit_log (actor, roles, action, resource, resource_id, request_id) values (?1, ?2, ?3, ?4, ?5, ?6)")
                .setParameter(1, actor)
                .setParameter(2, roles)
                .setParameter(3, action)
                .setParameter(4, resource)
                .setParameter(5, resourceId)
                .setParameter(6, requestId)
                .executeUpdate();
        // not the resource id: a list read's is its query (clientCode=...), and no log line carries a client code;
        // the row has it, and this line's trace id (MDC) finds the row
        LOG.infof("%s %s by %s [%s]", action, resource, actor, roles);
        // the resource kind and the action only: the id and the actor stay in the table
        Counter.builder("sentret.audit.writes")
                .description("audit rows written (reads of special-category records and other audited actions)")
                .tag("action", action)
                .tag("resource", resource)
                .register(registry)
                .increment();
        if ("READ".equals(action) && !TRAIL.equals(resource)) {
            warnIfUnusual(actor);
        }
    }

    private void warnIfUnusual(String actor) {
        Period today = Period.today();
        long reads = ((Number) em.createNativeQuery("select count(*) from audit_log where actor = ?1 and action = 'READ' and resource <> ?2 and at >= ?3 and at < ?4")
                .setParameter(1, actor)
                .setParameter(2, TRAIL)
                .setParameter(3, today.start())
                .setParameter(4, today.end())
                .getSingleResult()).longValue();
        if (reads > dailyReadWarning && (reads - 1) % dailyReadWarning == 0) {
            unusualReads.increment();
            LOG.warnf("unusual reading: %s has read %d special-category records today (warning above %d a day)", actor, reads, dailyReadWarning);
        }
    }
}
