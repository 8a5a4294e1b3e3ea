package no.sentret.health.worklists;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import no.sentret.health.consultations.Infection;
import no.sentret.health.consultations.PrepRegimen;
import no.sentret.health.consultations.Vaccine;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The clinicians' work lists as the API returns them; client codes are the current (surviving) codes. */
public final class WorkLists {

    private WorkLists() {
    }

    @Schema(name = "PendingResult")
    public record PendingResult(@Schema(description = "the STI test's id (PUT /health/test-results/{id})") UUID testId,
                                UUID consultationId, String clientCode, Instant occurredAt, Infection infection, long daysPending) {
    }

    @Schema(name = "PendingResults")
    public record PendingResults(LocalDate asOf, int olderThanDays, List<PendingResult> items) {
    }

    @Schema(name = "UntoldPositive")
    public record UntoldPositive(UUID testId, UUID consultationId, String clientCode, Instant occurredAt, Infection infection,
                                 @Schema(description = "when the positive result was set") Instant resultSetAt) {
    }

    @Schema(name = "UntoldPositives")
    public record UntoldPositives(LocalDate asOf, List<UntoldPositive> items) {
    }

    public enum DueStatus {
        DUE, OVERDUE
    }

    @Schema(name = "PrepFollowUp")
    public record PrepFollowUp(String clientCode,
                               @Schema(description = "the latest start's prescription date") LocalDate startedOn,
                               @Schema(nullable = true, description = "the latest follow-up since then") LocalDate lastFollowUpOn,
                               @Schema(nullable = true) PrepRegimen regimen,
                               @Schema(description = "3 months after the start or the last follow-up") LocalDate dueOn,
                               DueStatus status) {
    }

    @Schema(name = "PrepFollowUps")
    public record PrepFollowUps(LocalDate asOf, int withinDays, List<PrepFollowUp> items) {
    }

    @Schema(name = "SecondDose")
    public record SecondDose(String clientCode, Vaccine vaccine, LocalDate firstDoseOn,
                             @Schema(description = "the first dose's day plus the vaccine's interval") LocalDate dueOn, DueStatus status) {
    }

    @Schema(name = "SecondDoses")
    public record SecondDoses(LocalDate asOf, int withinDays, List<SecondDose> items) {
    }
}
