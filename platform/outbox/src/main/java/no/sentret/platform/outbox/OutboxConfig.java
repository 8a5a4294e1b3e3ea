package no.sentret.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code sentret.outbox.*}: where a service's events go and how the relay publishes them. */
@ConfigMapping(prefix = "sentret.outbox")
public interface OutboxConfig {

    /** The service's own topic (e.g. visit-events). */
    String topic();

    /** false pauses the relay (a test, or an operator during a broker migration); rows wait in the table. */
    @WithDefault("true")
    boolean relayEnabled();

    /** Publish right after the commit that appended events; false leaves it to the poll alone. */
    @WithDefault("true")
    boolean publishOnCommit();

    /**
     * How long a commit's wake-up waits before the relay drains, so that the commits of a busy moment
     * share one drain (one lock, select, send and delete for many clicks instead of one per click).
     * It adds at most this much to an event's lag; 0 drains at once.
     */
    @WithDefault("10ms")
    Duration publishDelay();

    /** Rows published per round trip to the broker. */
    @WithDefault("500")
    int batchSize();

    /** The safety-net poll; read by the scheduler's expression {@code ${sentret.outbox.poll-interval:0.2s}}. */
    @WithDefault("0.2s")
    String pollInterval();
}
