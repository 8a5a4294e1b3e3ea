package no.sentret.outreach.alerts;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import java.util.Optional;

@ConfigMapping(prefix = "sentret.alerts")
public interface SafetyAlertConfig {

    /**
     * The per-deployment secret the reporter tags are keyed with (at least 32 characters;
     * {@code SENTRET_ALERTS_REPORTER_KEY}, a Kubernetes Secret in production). Never in the database.
     * Absent: a random key for this process only, and alerts recorded under another key cannot be
     * approved (fail closed) — set it wherever more than one replica runs or restarts matter.
     */
    Optional<String> reporterKey();

    /** Days a published alert stays active unless the reporter chose otherwise. */
    @WithDefault("30")
    int defaultValidDays();

    /** The most days an alert may be set to stay active. */
    @WithDefault("90")
    int maxValidDays();

    /** A pending alert nobody approved within these days lapses, and its reporter tag is erased. */
    @WithDefault("14")
    int pendingDays();

    /** How often the sweep announces expired alerts and lets unapproved ones lapse (read by {@link ExpirySweep}). */
    @WithDefault("60s")
    String sweepEvery();

    @WithDefault("10s")
    String sweepDelay();
}
