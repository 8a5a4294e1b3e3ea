package no.sentret.platform.outbox;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * Runs the relay as soon as a transaction that appended events has committed, so an event's lag is
 * one publish, not up to a poll interval (Quarkus's simple scheduler polls at most once a second).
 * Wake-ups that arrive while a drain is pending (for {@code sentret.outbox.publish-delay} after the first
 * commit) coalesce into it; one thread publishes, and the
 * relay's advisory lock keeps it from racing the scheduled poll or another replica.
 * {@code sentret.outbox.publish-on-commit=false} leaves publishing to the poll alone.
 */
@ApplicationScoped
public class OutboxWakeUp implements Synchronization {

    @Inject
    OutboxRelay relay;

    @Inject
    OutboxConfig config;

    private final AtomicBoolean pending = new AtomicBoolean();
    private final ScheduledExecutorService publisher = Executors.newSingleThreadScheduledExecutor(r -> {
        Thread t = new Thread(r, "outbox-publish-on-commit");
        t.setDaemon(true);
        return t;
    });

    @Override
    public void beforeCompletion() {
        // nothing to do before the commit: the rows are written with the change
    }

    @Override
    public void afterCompletion(int status) {
        if (status != Status.STATUS_COMMITTED || !config.publishOnCommit() || !config.relayEnabled()) {
            return;
        }
        if (pending.compareAndSet(false, true)) {
            // the commits of the next publish-delay join this drain: it reads the outbox after the delay
            publisher.schedule(() -> {
                pending.set(false);
                relay.drain();
            }, config.publishDelay().toNanos(), TimeUnit.NANOSECONDS);
        }
    }

    @PreDestroy
    void stop() {
        publisher.shutdownNow();
    }
}
