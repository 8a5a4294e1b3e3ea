package no.sentret.platform.directory;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.time.Duration;

/** {@code sentret.client-directory.*}: where the directory reads the registry from. */
@ConfigMapping(prefix = "sentret.client-directory")
public interface ClientDirectoryConfig {

    /** false: no consumer (a service that wants the table but not the feed, e.g. in a narrow test) */
    @WithDefault("true")
    boolean enabled();

    /** visit-service's topic */
    @WithDefault("visit-events")
    String topic();

    /** Consumer group; one per service, so each service reads the whole registry. */
    @WithDefault("${quarkus.application.name}-client-directory")
    String group();

    @WithDefault("500ms")
    Duration pollTimeout();

    /** Wait after a failed batch before it is tried again (the database was away, say). */
    @WithDefault("2s")
    Duration retryBackoff();

    /**
     * How often a busy feed commits its offsets (at once when it has caught up): a crash re-delivers at most this
     * long's events, which the directory's idempotent statements absorb.
     */
    @WithDefault("1s")
    Duration commitInterval();
}
