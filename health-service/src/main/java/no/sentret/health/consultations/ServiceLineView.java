package no.sentret.health.consultations;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A service line as clinicians read it; fields of other categories are left out. */
@Schema(name = "HealthService")
@JsonInclude(JsonInclude.Include.NON_NULL)
public record ServiceLineView(
        @Schema(description = "The line's id: also the id of its HealthServiceRecorded event, and of its test result") UUID id,
        Category category,
        @Schema(nullable = true) Infection infection,
        @Schema(nullable = true) Set<SampleSite> sampleSites,
        @Schema(nullable = true, description = "STI_TEST only; PENDING until set") TestResult result,
        @Schema(nullable = true, description = "when the client was told the result") Instant toldAt,
        @Schema(nullable = true) ContraceptionMethod contraceptionMethod,
        @Schema(nullable = true) Set<CounsellingTopic> topics,
        @Schema(nullable = true) PrepStage prepStage,
        @Schema(nullable = true) Boolean prepEligible,
        @Schema(nullable = true) PrepReason prepReason,
        @Schema(nullable = true) LocalDate prescribedOn,
        @Schema(nullable = true) PrepRegimen regimen,
        @Schema(nullable = true) Vaccine vaccine,
        @Schema(nullable = true) Integer dose,
        @Schema(nullable = true) ReferralTo referralTo,
        boolean voided,
        @Schema(nullable = true) String voidReason) {

    public static ServiceLineView of(ServiceLine l) {
        return new ServiceLineView(l.id, l.category, l.infection, l.sampleSites, l.result, l.toldAt, l.contraceptionMethod,
                l.topics, l.prepStage, l.prepEligible, l.prepReason, l.prescribedOn, l.regimen, l.vaccine,
                l.dose == null ? null : l.dose.intValue(), l.referralTo, l.isVoided(), l.voidReason);
    }
}
