package no.sentret.health.consultations;

import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

@Schema(name = "HealthConsultation")
public record ConsultationView(
        UUID id,
        @Schema(example = "K7M3QX") String clientCode,
        @Schema(example = "2022-05-01T11:00:00Z") Instant occurredAt,
        @Schema(description = "the recording clinician's token subject") String clinician,
        ProfessionalType professionalType,
        @Schema(nullable = true) String note,
        List<ServiceLineView> services,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    public static ConsultationView of(Consultation c) {
        return new ConsultationView(c.id, c.clientCode, c.occurredAt, c.clinician, c.professionalType, c.note,
                c.lines.stream().map(ServiceLineView::of).toList(), c.isVoided(), c.voidReason);
    }
}
