package no.sentret.outreach.alerts;

import io.quarkus.scheduler.Scheduled;
import jakarta.enterprise.context.ApplicationScoped;

/**
 * Announces expired alerts (SafetyAlertEnded) and lets unapproved ones lapse. The active list does
 * not wait for it: expiry is decided at every read against the clock.
 */
@ApplicationScoped
public class ExpirySweep {

    private final SafetyAlertService alerts;

    public ExpirySweep(SafetyAlertService alerts) {
        this.alerts = alerts;
    }

    @Scheduled(every = "${sentret.alerts.sweep-every:60s}", delayed = "${sentret.alerts.sweep-delay:10s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void sweep() {
        alerts.sweep();
    }
}
