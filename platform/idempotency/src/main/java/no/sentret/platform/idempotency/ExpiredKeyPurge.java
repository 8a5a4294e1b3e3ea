package no.sentret.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import org.jboss.logging.Logger;

/** Forgets keys older than the retention, so the table holds about a day of POSTs. */
@ApplicationScoped
class ExpiredKeyPurge {

    private static final Logger LOG = Logger.getLogger(ExpiredKeyPurge.class);

    private final IdempotencyKeys keys;

    ExpiredKeyPurge(IdempotencyKeys keys) {
        this.keys = keys;
    }

    @Scheduled(every = "${sentret.idempotency.purge-every:1h}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void purge() throws SQLException {
        int purged = keys.purgeExpired();
        if (purged > 0) {
            LOG.debugf("forgot %d expired idempotency keys", purged);
        }
    }
}
