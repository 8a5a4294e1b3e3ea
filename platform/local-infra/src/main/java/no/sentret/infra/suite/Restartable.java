package no.sentret.infra.suite;

import java.time.Duration;
import java.util.OptionalInt;

/** A component the {@link Supervisor} watches and starts again when it dies. */
public interface Restartable {

    String name();

    /**
     * The exit code when the component has died although nobody stopped it (a deliberate stop, e.g.
     * the broker taken away by an outage test, is not a death); empty while it runs or was stopped.
     * Negative when no exit code can be known: PostgreSQL runs detached under {@code pg_ctl}, not as our child.
     */
    OptionalInt diedWith();

    /** How long it ran since its last start (before it died). */
    Duration ranFor();

    /** Starts it again, the same way as before (ports, data, environment); throws when it cannot. */
    void startAgain();

    /** Where to read why it died. */
    String log();
}
