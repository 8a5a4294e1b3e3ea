package no.sentret.health.results;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.health.consultations.Infection;
import no.sentret.health.consultations.SampleSite;
import no.sentret.health.consultations.ServiceLine;
import no.sentret.health.consultations.TestResult;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An STI test's result as it stands, with every change made to it, oldest first. */
@Schema(name = "TestResult")
public record TestResultView(
        @Schema(description = "the STI_TEST service line's id") UUID id,
        UUID consultationId,
        @Schema(example = "K7M3QX") String clientCode,
        @Schema(description = "when the sample was taken (the consultation's time)") Instant occurredAt,
        Infection infection,
        Set<SampleSite> sampleSites,
        TestResult result,
        @Schema(nullable = true) Instant toldAt,
        boolean voided,
        List<Change> history) {

    @Schema(name = "TestResultChange")
    public record Change(TestResult result, @Schema(nullable = true) Instant toldAt, @Schema(nullable = true) String reason,
                         @Schema(description = "the clinician's token subject") String changedBy, Instant changedAt) {
    }

    static TestResultView of(ServiceLine l, List<TestResultChange> changes) {
        return new TestResultView(l.id, l.consultation.id, l.clientCode, l.occurredAt, l.infection, l.sampleSites, l.result, l.toldAt,
                !l.isActive(), changes.stream().map(c -> new Change(c.result, c.toldAt, c.reason, c.changedBy, c.changedAt)).toList());
    }
}
