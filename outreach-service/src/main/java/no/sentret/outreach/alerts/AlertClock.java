package no.sentret.outreach.alerts;

import jakarta.enterprise.context.ApplicationScoped;
import java.time.Instant;
import no.sentret.platform.records.CentreTime;

/**
 * The moment alerts are published, expire and are read against. Its own bean so that a test can move
 * it forward (an alternative in the tests) instead of waiting for days.
 */
@ApplicationScoped
public class AlertClock {

    public Instant now() {
        return CentreTime.now();
    }
}
