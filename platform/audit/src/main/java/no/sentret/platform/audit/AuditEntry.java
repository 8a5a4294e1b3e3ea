package no.sentret.platform.audit;

import java.time.Instant;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One row of the audit log: who read (or voided) which record or list, when, in which request. */
@Schema(name = "AuditEntry")
public record AuditEntry(
        long id,
        Instant at,
        @Schema(description = "Who: the token's user name") String actor,
        @Schema(description = "The reader's roles, comma-separated", example = "clinician") String roles,
        @Schema(example = "READ") String action,
        @Schema(description = "What kind of record or list", example = "consultation") String resource,
        @Schema(nullable = true, description = "The record's id, or the list's name", example = "5b1f4a9e-2c3d-4e5f-8a9b-0c1d2e3f4a5b") String resourceId,
        @Schema(nullable = true, description = "The request's trace id (W3C trace context; its response's X-Trace-Id), the same in the gateway's access log and every log line of the request", example = "4bf92f3577b34da6a3ce929d0e0e4736") String requestId) {

    /** How many special-category records one user read on one Oslo day (reads of the trail not counted). */
    @Schema(name = "AuditDailyCount")
    public record DailyCount(@Schema(format = "date", example = "2022-05-03") java.time.LocalDate day,
            @Schema(example = "user-clinician") String actor, long reads) {
    }

    /** One page of the audit log, newest first. */
    @Schema(name = "AuditEntryPage")
    public record Page(java.util.List<AuditEntry> items, int page, int size, long total) {
    }
}
