package no.sentret.stats.ingest;

import jakarta.enterprise.context.ApplicationScoped;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Liveness;

/** A stats-service whose consumer thread died counts nothing: let the platform restart it. */
@Liveness
@ApplicationScoped
public class ConsumerLiveness implements HealthCheck {

    private final StatsConsumer consumer;

    public ConsumerLiveness(StatsConsumer consumer) {
        this.consumer = consumer;
    }

    @Override
    public HealthCheckResponse call() {
        return HealthCheckResponse.named("stats consumer").status(consumer.healthy()).build();
    }
}
