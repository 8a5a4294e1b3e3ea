package no.sentret.legal.summary;

import java.time.LocalDate;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Counts only: no client code, no lawyer, no note. */
@Schema(name = "LegalSummary", description = "The coordinator's figures for a period: counts by category, nothing about a person")
public record LegalSummary(
        @Schema(example = "2022-01-01") LocalDate from,
        @Schema(example = "2022-12-31") LocalDate to,
        @Schema(description = "Shifts dated in the period, by status (every status, zeros included)",
                example = "{\"PLANNED\":0,\"HELD\":29,\"HELD_NOBODY_CAME\":20,\"CANCELLED\":3}") Map<String, Long> shiftsByStatus,
        @Schema(description = "Of those, shifts a substitute took", example = "6") long shiftsBySubstitute,
        @Schema(description = "Standing inquiries made in the period", example = "29") long inquiries,
        @Schema(description = "Standing inquiries without a client code", example = "4") long anonymousInquiries,
        @Schema(description = "Inquiries by answer to 'would not otherwise have sought a lawyer'",
                example = "{\"YES\":25,\"NO\":3,\"NOT_ASKED\":1}") Map<String, Long> wouldNotOtherwiseHaveSoughtLawyer,
        @Schema(description = "Standing cases opened in the period", example = "32") long casesOpened,
        @Schema(description = "Those cases by area of law", example = "{\"CRIMINAL\":14,\"FAMILY\":5,\"IMMIGRATION\":6,\"HOUSING_AND_TENANCY\":3,\"FINANCES\":4,\"OTHER\":0}")
        Map<String, Long> casesByArea,
        @Schema(description = "Those cases by status now", example = "{\"OPEN\":2,\"RESOLVED_ON_SITE\":15,\"REFERRED\":15}") Map<String, Long> casesByOutcome,
        @Schema(description = "The referred ones by where to", example = "{\"LEGAL_AID_OFFICE\":6,\"POLICE\":5,\"PRIVATE_LAWYER\":2,\"IMMIGRATION_AUTHORITY\":2,\"OTHER\":0}")
        Map<String, Long> casesReferredTo,
        @Schema(description = "Standing cases open today, whenever opened", example = "3") long openCasesNow) {
}
