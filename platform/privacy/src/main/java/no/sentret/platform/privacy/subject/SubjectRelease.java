package no.sentret.platform.privacy.subject;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Where a data subject's export of special-category records stands: asked for by the privacy officer, and
 * released (until a time) by the record keeper — a clinician for health, a lawyer for legal aid.
 */
@Schema(name = "SubjectRelease", description = "A request for a client's special-category records and its release by the record keeper")
public record SubjectRelease(
        @Schema(example = "K7M2Q9XA") String clientCode,
        @Schema(description = "REQUESTED: waiting for the record keeper; RELEASED: the privacy officer's export holds the records until releasedUntil")
        Status status,
        Instant requestedAt,
        @Schema(description = "the privacy officer's user name") String requestedBy,
        @Schema(nullable = true) Instant releasedAt,
        @Schema(nullable = true, description = "the record keeper's user name") String releasedBy,
        @Schema(nullable = true) Instant releasedUntil) {

    @Schema(name = "SubjectReleaseStatus")
    public enum Status {
        REQUESTED, RELEASED
    }
}
