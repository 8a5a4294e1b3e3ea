package no.sentret.platform.privacy.subject;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of a data subject's export: every row it holds under the client code, per kind of
 * record, as stored (column names, no translation), so nothing held is left out by a view that forgot it.
 */
@Schema(name = "SubjectSection", description = "What one service holds under a client code, per kind of record")
public record SubjectSection(
        @Schema(example = "health-service") String service,
        @Schema(example = "K7M2Q9XA") String clientCode,
        Instant exportedAt,
        @Schema(description = "kind of record → its rows (column → value)") Map<String, List<Map<String, Object>>> records) {
}
