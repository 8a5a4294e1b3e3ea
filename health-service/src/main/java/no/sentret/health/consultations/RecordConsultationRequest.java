package no.sentret.health.consultations;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordHealthConsultation")
public record RecordConsultationRequest(
        @Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String clientCode,
        @Schema(description = "Defaults to now; must not be in the future", example = "2022-05-01T13:00:00+02:00", nullable = true)
        OffsetDateTime occurredAt,
        @Schema(required = true, example = "NURSE") @NotNull ProfessionalType professionalType,
        @Schema(description = "One short optional note. No names, ID numbers, phone numbers or e-mail addresses.",
                example = "came with a friend; wants a follow-up call from the nurse next week", maxLength = 200, nullable = true)
        @Size(max = 200) @NoPersonalData String note,
        @Schema(required = true, description = "The services given, one line each (an STI test is one line per infection)")
        @NotNull @Size(min = 1, max = 30) List<@NotNull @Valid ServiceRequest> services) {
}
