package no.sentret.stats.privacy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * Stats' part of a data subject's export, in the shape of the kit's {@code SubjectSection} (platform/privacy),
 * which stats cannot use: that module brings Hibernate ORM, and stats is plain JDBC. Same schema name and
 * fields, so the gateway's merged document keeps one.
 */
@Schema(name = "SubjectSection", description = "What one service holds under a client code, per kind of record")
public record SubjectSection(
        @Schema(example = "health-service") String service,
        @Schema(example = "K7M2Q9XA") String clientCode,
        Instant exportedAt,
        @Schema(description = "kind of record → its rows (column → value)") Map<String, List<Map<String, Object>>> records) {
}
