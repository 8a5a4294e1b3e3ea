package no.sentret.stats.privacy;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.TreeSet;
import no.sentret.platform.http.TraceIdHeader;
import org.jboss.logging.Logger;

/**
 * The kit's audit log (platform/audit {@code AuditLog}) for a plain-JDBC service: the same row in the same
 * {@code audit_log} table (migration V8), written on the reading transaction's connection so the read and
 * its row commit together, the same {@code sentret.audit} log line (never the code) and the same
 * {@code sentret_audit_writes_total}. Stats reads no special-category record, so the kit's unusual-reader
 * warning has nothing to count here.
 */
@ApplicationScoped
public class AuditRows {

    private static final Logger LOG = Logger.getLogger("sentret.audit");

    private final SecurityIdentity identity;
    private final MeterRegistry registry;

    public AuditRows(SecurityIdentity identity, MeterRegistry registry) {
        this.identity = identity;
        this.registry = registry;
    }

    void read(Connection c, String resource, String resourceId) throws SQLException {
        String actor = identity.isAnonymous() ? "anonymous" : identity.getPrincipal().getName();
        String roles = String.join(",", new TreeSet<>(identity.getRoles()));
        try (PreparedStatement ps = c.prepareStatement(
                "insert into audit_log (actor, roles, action, resource, resource_id, request_id) values (?, ?, 'READ', ?, ?, ?)")) {
            ps.setString(1, actor);
            ps.setString(2, roles);
            ps.setString(3, resource);
            ps.setString(4, resourceId);
            // the request's trace id (W3C trace context), which its response names as X-Trace-Id
            ps.setString(5, TraceIdHeader.currentTraceId());
            ps.executeUpdate();
        }
        LOG.infof("READ %s by %s [%s]", resource, actor, roles);
        Counter.builder("sentret.audit.writes")
                .description("audit rows written (reads of special-category records and other audited actions)")
                .tag("action", "READ")
                .tag("resource", resource)
                .register(registry)
                .increment();
    }
}
