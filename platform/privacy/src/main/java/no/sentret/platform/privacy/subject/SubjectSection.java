package no.sentret.platform.privacy.subject;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service's part of a data subject's export: every row it holds under the client code, per kind of
 * record, as stored (column names, no translation), so nothing held is left out by a view that forgot it.
 * A service of special-category records holds them back ({@code records} empty) until its record keeper
 * releases them; {@code release} says where that stands.
 */
@Schema(name = "SubjectSection", description = "What one service holds under a client code, per kind of record")
public record SubjectSection(
        @Schema(example = "health-service") String service,
        @Schema(example = "K7M2Q9XA") String clientCode,
        Instant exportedAt,
        @Schema(description = "kind of record → its rows (column → value); empty while the record keeper has not released them")
        Map<String, List<Map<String, Object>>> records,
        @JsonInclude(JsonInclude.Include.NON_NULL)
        @Schema(nullable = true, description = "special-category records only: the request and its release by the record keeper")
        SubjectRelease release) {

    public SubjectSection(String service, String clientCode, Instant exportedAt, Map<String, List<Map<String, Object>>> records) {
        this(service, clientCode, exportedAt, records, null);
    }
}
