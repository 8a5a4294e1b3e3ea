package no.sentret.platform.outbox;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

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

    /** Rows published per round trip to the broker. */
    @WithDefault("500")
    int batchSize();

    /** The safety-net poll; read by the scheduler's expression {@code ${sentret.outbox.poll-interval:0.2s}}. */
    @WithDefault("0.2s")
    String pollInterval();
}
