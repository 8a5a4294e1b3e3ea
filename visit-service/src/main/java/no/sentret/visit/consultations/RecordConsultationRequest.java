package no.sentret.visit.consultations;

import com.fasterxml.jackson.annotation.JsonAlias;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.OffsetDateTime;
import java.util.List;
import no.sentret.platform.privacy.NoPersonalData;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "RecordSocialConsultation")
public record RecordConsultationRequest(
        @Schema(required = true, example = "K7M3QX") @NotBlank @Size(max = 12) @NoPersonalData String clientCode,
        @Schema(description = "When the consultation took place. Defaults to now; must not be in the future " + "(`at`, its name until 2026-11, is still accepted until 2027-06-01)",
                example = "2022-05-01T13:00:00+02:00", nullable = true)
        @JsonAlias("at") OffsetDateTime occurredAt,
        @Schema(required = true, example = "CONSULTATION") @NotNull ConsultationKind kind,
        @Schema(required = true, example = "[\"HOUSING\", \"ECONOMY\"]")
        @NotNull @Size(min = 1, max = 9) List<@NotNull Topic> topics) {
}
