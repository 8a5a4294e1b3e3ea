package no.sentret.health.consultations;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/**
 * One service line. Which fields a line takes depends on its category ({@link ServiceRules}); a field
 * of another category is refused rather than silently dropped.
 */
@Schema(name = "HealthServiceInput", description = """
        By category: STI_TEST infection + sampleSites (result starts PENDING); TREATMENT infection; CONTRACEPTION \
        contraceptionMethod; COUNSELLING topics; PREP prepStage (ASSESSMENT: prepEligible + prepReason; START: regimen, \
        prescribedOn (defaults to the consultation's day); FOLLOW_UP: regimen and prescribedOn optional; STOP: prepReason optional); \
        PEP nothing more; VACCINATION vaccine + dose; REFERRAL referralTo.""")
public record ServiceRequest(
        @Schema(required = true, example = "STI_TEST") @NotNull Category category,
        @Schema(nullable = true, example = "CHLAMYDIA") Infection infection,
        @Schema(nullable = true, example = "[\"URINE\", \"THROAT\"]") @Size(min = 1, max = 7) List<@NotNull SampleSite> sampleSites,
        @Schema(nullable = true) ContraceptionMethod contraceptionMethod,
        @Schema(nullable = true) @Size(min = 1, max = 11) List<@NotNull CounsellingTopic> topics,
        @Schema(nullable = true) PrepStage prepStage,
        @Schema(nullable = true) Boolean prepEligible,
        @Schema(nullable = true) PrepReason prepReason,
        @Schema(nullable = true, example = "2022-05-01") LocalDate prescribedOn,
        @Schema(nullable = true) PrepRegimen regimen,
        @Schema(nullable = true) Vaccine vaccine,
        @Schema(nullable = true, minimum = "1", maximum = "5") @Min(1) @Max(5) Integer dose,
        @Schema(nullable = true) ReferralTo referralTo) {
}
