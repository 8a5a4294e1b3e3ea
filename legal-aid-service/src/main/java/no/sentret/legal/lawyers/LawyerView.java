package no.sentret.legal.lawyers;

import java.time.Instant;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "Lawyer")
public record LawyerView(
        UUID id,
        @Schema(description = "The lawyer's token subject at the identity provider", example = "f3b1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d") String subject,
        LawyerKind kind,
        @Schema(description = "False once the lawyer has left the roster") boolean active,
        @Schema(nullable = true, description = "When the lawyer left the roster") Instant leftAt) {

    public static LawyerView of(Lawyer l) {
        return new LawyerView(l.id, l.subject, l.kind, l.active(), l.leftAt);
    }
}
