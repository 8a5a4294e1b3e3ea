package no.sentret.platform.idempotency;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.atomic.AtomicInteger;
import org.jboss.logging.Logger;

/**
 * Claims whose release (or answer) failed because the database was away, released again as soon as it is back.
 * Without this, a tablet's retry after a database outage was refused with a 409 until the claim counted as abandoned
 * (two minutes). A release deletes only an unanswered claim, so a key whose write committed (WrittenMark) keeps
 * protecting it. In memory: a claim left behind by a process that stops before the database returns still waits
 * for {@code abandoned-after}.
 */
@ApplicationScoped
class PendingReleases {

    private static final Logger LOG = Logger.getLogger(PendingReleases.class);
    /** beyond this many waiting claims (a long outage at a busy centre), abandoned-after frees the rest */
    static final int MAX_WAITING = 10_000;

    private final IdempotencyKeys keys;
    private final Queue<Claim.New> waiting = new ConcurrentLinkedQueue<>();
    private final AtomicInteger size = new AtomicInteger();

    PendingReleases(IdempotencyKeys keys) {
        this.keys = keys;
    }

    void add(Claim.New claim) {
        if (size.incrementAndGet() > MAX_WAITING) {
            size.decrementAndGet();
            return;
        }
        waiting.add(claim);
    }

    @Scheduled(every = "${sentret.idempotency.release-retry-every:1s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = NothingWaiting.class)
    void retry() {
        Claim.New claim;
        while ((claim = waiting.peek()) != null) {
            try {
                keys.release(claim);
            } catch (SQLException stillAway) {
                return; // the database is still away: the next run tries again, in the same order
            }
            waiting.poll();
            size.decrementAndGet();
            LOG.debugf("released an idempotency key after the database came back");
        }
    }

    boolean isEmpty() {
        return waiting.isEmpty();
    }

    /** Skips the scheduled run while nothing waits: no connection taken once a second for nothing. */
    @ApplicationScoped
    static class NothingWaiting implements Scheduled.SkipPredicate {

        private final PendingReleases releases;

        NothingWaiting(PendingReleases releases) {
            this.releases = releases;
        }

        @Override
        public boolean test(io.quarkus.scheduler.ScheduledExecution execution) {
            return releases.isEmpty();
        }
    }
}
