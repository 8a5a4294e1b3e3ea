package no.sentret.platform.outbox;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.binder.MeterBinder;
import jakarta.enterprise.context.ApplicationScoped;
import java.time.Duration;
import java.time.Instant;
import org.jboss.logging.Logger;

/**
 * The outbox as an operator sees it: how many committed events are not on the broker yet, how old the
 * oldest of them is (a relay that is stuck shows as an age that keeps growing while the row count
 * stays put), and how many the relay has published. Labelled with the topic only.
 * <p>
 * The backlog is read from the table at scrape time, at most once a second however many gauges and
 * scrapers ask; a scrape while the database is away reports NaN instead of failing.
 */
@ApplicationScoped
public class OutboxMetrics implements MeterBinder {

    private static final Logger LOG = Logger.getLogger(OutboxMetrics.class);
    private static final long FRESH_NANOS = Duration.ofSeconds(1).toNanos();

    private final OutboxStore store;
    private final String topic;
    private volatile Counter published;
    private volatile OutboxStore.Backlog last;
    private volatile long lastRead;

    OutboxMetrics(OutboxStore store, OutboxConfig config) {
        this.store = store;
        this.topic = config.topic();
    }

    @Override
    public void bindTo(MeterRegistry registry) {
        Gauge.builder("sentret.outbox.backlog.rows", this, m -> m.backlog().rows())
                .description("events committed and not yet acknowledged by the broker")
                .tag("topic", topic)
                .register(registry);
        Gauge.builder("sentret.outbox.backlog.oldest.age", this, m -> m.backlog().oldestAgeSeconds())
                .description("age of the oldest event waiting in the outbox (0 when it is empty)")
                .baseUnit("seconds")
                .tag("topic", topic)
                .register(registry);
        published = Counter.builder("sentret.outbox.published")
                .description("events the broker acknowledged (a re-send after a crash counts again)")
                .tag("topic", topic)
                .register(registry);
    }

    void published(int rows) {
        Counter counter = published;
        if (counter != null) {
            counter.increment(rows);
        }
    }

    private OutboxStore.Backlog backlog() {
        long now = System.nanoTime();
        OutboxStore.Backlog snapshot = last;
        if (snapshot == null || now - lastRead > FRESH_NANOS) {
            try {
                snapshot = store.backlogNow(Instant.now());
            } catch (RuntimeException e) {
                LOG.debugf("outbox backlog not readable: %s", e.getClass().getSimpleName());
                snapshot = OutboxStore.Backlog.UNKNOWN;
            }
            last = snapshot;
            lastRead = now;
        }
        return snapshot;
    }
}
