package no.sentret.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import jakarta.annotation.PostConstruct;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;
import org.jboss.logging.Logger;

/**
 * Publishes committed outbox rows to Kafka, oldest first, and deletes them only once the broker has
 * acknowledged them. A broker outage leaves the rows in place until it is back; a crash between send
 * and delete re-sends (at-least-once), which consumers absorb by event id.
 */
@ApplicationScoped
public class OutboxRelay {

    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);

    @Inject
    OutboxStore store;

    @Inject
    OutboxPublisher publisher;

    @Inject
    OutboxConfig config;

    @Inject
    OutboxMetrics metrics;

    private final AtomicLong failuresInARow = new AtomicLong();
    private int batchSize;

    @PostConstruct
    void init() {
        batchSize = config.batchSize();
    }

    @Scheduled(every = "${sentret.outbox.poll-interval:0.2s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP,
            skipExecutionIf = OutboxDisabled.class)
    void tick() {
        try {
            // a batch short of the batch size took every committed row: stop there instead of asking again
            // (a row committed meanwhile wakes the relay itself, and the poll is the safety net)
            int published;
            do {
                published = store.publishBatch(this::publishAll);
            } while (published >= batchSize);
            if (failuresInARow.getAndSet(0) > 0) {
                LOG.info("outbox relay: broker reachable again, backlog published");
            }
        } catch (RuntimeException e) {
            // rows stay in the outbox; the next tick retries. Log once per outage, not once per tick.
            if (failuresInARow.getAndIncrement() == 0) {
                LOG.warnf("outbox relay: publishing failed, events stay queued until the broker is back: %s", e.getMessage());
            }
        }
    }

    /** Drains the outbox now; used by tests and on shutdown. */
    public void drain() {
        tick();
    }

    private void publishAll(List<OutboxRow> rows) {
        publisher.publish(rows);
        metrics.published(rows.size());
    }
}
