package no.sentret.stats.ingest;

import io.micrometer.core.instrument.Counter;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The batch a consumer keeps failing to apply, if any: since when, how many attempts, the last
 * reason. A failed batch is retried, never skipped, so a failure that does not pass (a table the
 * service may not write, a constraint every event breaks) would stop the statistics silently; this
 * is what liveness reads to say so. Every failed attempt is also counted in
 * {@code sentret_stats_batch_failures_total}.
 */
public final class FailingBatch {

    /** What liveness reports; {@code since} is null while batches apply. */
    public record State(Instant since, long attempts, String lastError) {

        public Duration failingFor(Instant now) {
            return since == null ? Duration.ZERO : Duration.between(since, now);
        }
    }

    private static final State NONE = new State(null, 0, null);

    private final Counter failures;
    private final Clock clock;
    private volatile State state = NONE;

    /** @param failures counts every failed attempt; null for a consumer whose failures nobody watches (tests) */
    public FailingBatch(Counter failures, Clock clock) {
        this.failures = failures;
        this.clock = clock;
    }

    void failed(String why) {
        State s = state;
        state = new State(s.since() == null ? clock.instant() : s.since(), s.attempts() + 1, why);
        if (failures != null) {
            failures.increment();
        }
    }

    void applied() {
        if (state != NONE) {
            state = NONE;
        }
    }

    public State state() {
        return state;
    }
}
