package no.sentret.health.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the audit log: who read which record or list, when, in which request. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        long id,
        Instant at,
        @Schema(description = "the reader's user name") String actor,
        @Schema(example = "clinician") String roles,
        @Schema(example = "READ") String action,
        @Schema(example = "consultation") String resource,
        @Schema(nullable = true, example = "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5b") String resourceId,
        @Schema(nullable = true) String requestId) {
}
