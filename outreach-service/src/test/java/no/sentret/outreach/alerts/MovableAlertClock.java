package no.sentret.outreach.alerts;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.inject.Alternative;
import java.time.Duration;
import java.time.Instant;

/**
 * The alert clock of the tests: the real time, moved ahead when a test needs days to pass (an alert's
 * expiry, a pending alert's lapse). Only alerts read this clock; everything else keeps the real time.
 */
@Alternative
@Priority(1)
@ApplicationScoped
public class MovableAlertClock extends AlertClock {

    private static volatile Duration ahead = Duration.ZERO;

    public static void moveAhead(Duration by) {
        ahead = by;
    }

    public static void reset() {
        ahead = Duration.ZERO;
    }

    @Override
    public Instant now() {
        return super.now().plus(ahead);
    }
}
