package no.sentret.infra.suite;

import java.time.Duration;

/**
 * How long to wait before starting a component that died again, per component: 1 s, 2 s, 4 s …
 * up to a cap, so a component that cannot start (its port taken, its database gone) does not spin;
 * a component that then ran for a stable period starts afresh at the first delay, so one crash a day
 * never adds up to a give-up. After {@code maxQuickFailures} deaths in a row, each within the stable
 * period of its start, restarting is pointless: {@link #afterExit} says to give up.
 */
public final class RestartBackOff {

    /** The numbers; {@link #DEFAULT} for the local suite. */
    public record Policy(Duration firstDelay, Duration maxDelay, Duration stableAfter, int maxQuickFailures) {
        public static final Policy DEFAULT = new Policy(Duration.ofSeconds(1), Duration.ofSeconds(30), Duration.ofSeconds(60), 6);

        public Policy {
            if (firstDelay.isNegative() || maxDelay.compareTo(firstDelay) < 0 || maxQuickFailures < 1) {
                throw new IllegalArgumentException("not a back-off: " + firstDelay + " … " + maxDelay + ", " + maxQuickFailures);
            }
        }
    }

    /** Restart after {@code delay} (the {@code attempt}th quick one in a row), or give up when {@code delay} is null. */
    public record Decision(Duration delay, int attempt) {
        public boolean givesUp() {
            return delay == null;
        }
    }

    private final Policy policy;
    private int quickFailures;

    public RestartBackOff(Policy policy) {
        this.policy = policy;
    }

    /** @param ranFor how long the component ran since its last start before it died */
    public Decision afterExit(Duration ranFor) {
        if (ranFor.compareTo(policy.stableAfter()) >= 0) {
            quickFailures = 0; // it was up long enough: this death is news, not the same failure again
        }
        quickFailures++;
        if (quickFailures > policy.maxQuickFailures()) {
            return new Decision(null, quickFailures);
        }
        Duration delay = policy.firstDelay();
        for (int i = 1; i < quickFailures && delay.compareTo(policy.maxDelay()) < 0; i++) {
            delay = delay.multipliedBy(2);
        }
        return new Decision(delay.compareTo(policy.maxDelay()) > 0 ? policy.maxDelay() : delay, quickFailures);
    }

    public Policy policy() {
        return policy;
    }
}
