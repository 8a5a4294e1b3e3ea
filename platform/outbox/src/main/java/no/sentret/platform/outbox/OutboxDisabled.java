package no.sentret.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;

/** Lets a test or an operator pause the relay ({@code sentret.outbox.relay-enabled=false}). */
@Singleton
public class OutboxDisabled implements Scheduled.SkipPredicate {

    private final OutboxConfig config;

    OutboxDisabled(OutboxConfig config) {
        this.config = config;
    }

    @Override
    public boolean test(ScheduledExecution execution) {
        return !config.relayEnabled();
    }
}
