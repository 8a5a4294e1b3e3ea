package no.sentret.stats.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.HealthCheckResponseBuilder;
import org.eclipse.microprofile.health.Liveness;

/**
 * A stats-service that counts nothing — its consumer thread died, or it has been retrying the same
 * batch for longer than {@code sentret.stats.stuck-after} — is not alive: let the platform restart
 * it. While a batch fails, the check shows since when, how many attempts and the last reason (told
 * without values, see {@link DatabaseErrors}).
 */
@Liveness
@ApplicationScoped
public class ConsumerLiveness implements HealthCheck {

    private final StatsConsumer consumer;

    public ConsumerLiveness(StatsConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        StatsConsumer.Health health = consumer.health();
        HealthCheckResponseBuilder response = HealthCheckResponse.named("stats consumer").status(health.up());
        if (health.reason() != null) {
            response.withData("reason", health.reason());
        }
        FailingBatch.State failing = health.failing();
        if (failing.since() != null) {
            response.withData("failingSince", failing.since().toString())
                    .withData("failedAttempts", failing.attempts())
                    .withData("lastError", failing.lastError())
                    .withData("stuckAfter", health.stuckAfter().toString());
        }
        return response.build();
    }
}
