package no.sentret.platform.outbox;

import io.quarkus.scheduler.Scheduled;
import io.quarkus.scheduler.ScheduledExecution;
import jakarta.inject.Singleton;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/** Lets a test or an operator pause the relay ({@code sentret.outbox.relay-enabled=false}). */
@Singleton
public class OutboxDisabled implements Scheduled.SkipPredicate {

    @ConfigProperty(name = "sentret.outbox.relay-enabled", defaultValue = "true")
    boolean enabled;

    @Override
    public boolean test(ScheduledExecution execution) {
        return !enabled;
    }
}
