package no.sentret.platform.audit;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The audit log's settings ({@code sentret.audit.*}). */
@ConfigMapping(prefix = "sentret.audit")
public interface AuditConfig {

    /**
     * Reads of special-category records by one user in one Oslo day above which the read is logged
     * as a warning ({@code sentret.audit} category) and counted ({@code sentret_audit_unusual_reads_total}).
     * 150: a clinician's or lawyer's busiest day is some 20-40 clients with a few reads each (the
     * record, its list, its work list); several times that is a user browsing records, or a token
     * used by someone else.
     */
    @WithDefault("150")
    int dailyReadWarning();
}
