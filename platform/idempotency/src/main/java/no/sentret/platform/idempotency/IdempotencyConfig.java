package no.sentret.platform.idempotency;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code sentret.idempotency.*}: how long a key is remembered and how long a retry waits for the first attempt. */
@ConfigMapping(prefix = "sentret.idempotency")
public interface IdempotencyConfig {

    /** A key and its response are kept this long; after that the same key is a new request. */
    @WithDefault("24h")
    Duration retention();

    /** A retry that arrives while the first attempt still runs waits this long for its answer, then gets a 409. */
    @WithDefault("5s")
    Duration waitForFirstAttempt();

    /**
     * A claim still unanswered after this long belongs to an attempt that died with its process; a retry then runs
     * again instead of being refused until the key expires.
     */
    @WithDefault("2m")
    Duration abandonedAfter();
}
