package no.sentret.legal.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "AuditEntry")
public record AuditEntryView(
        long id,
        Instant at,
        @Schema(description = "Who: the token's user name", example = "lawyer") String actor,
        @Schema(example = "lawyer") String roles,
        @Schema(example = "READ") String action,
        @Schema(example = "legal-case") String resource,
        @Schema(nullable = true) String resourceId,
        @Schema(nullable = true) String requestId) {
}
