package no.sentret.health.results;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Instant;
import java.util.Objects;
import java.util.UUID;
import no.sentret.health.consultations.Category;
import no.sentret.health.consultations.Clinicians;
import no.sentret.health.consultations.ServiceLine;
import no.sentret.health.consultations.TestResult;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;

/** Sets and corrects STI test results; every change is kept, none overwrites the history. No event: results never leave. */
@ApplicationScoped
public class TestResultService {

    private final AuditLog audit;
    private final Clinicians clinicians;

    public TestResultService(AuditLog audit, Clinicians clinicians) {
        this.audit = audit;
        this.clinicians = clinicians;
    }

    @Transactional
    public TestResultView get(UUID id) {
        ServiceLine line = test(id, LockModeType.NONE);
        audit.read("test-result", id.toString());
        return TestResultView.of(line, TestResultChange.of(id));
    }

    @Transactional
    public TestResultView set(UUID id, SetResultRequest request) {
        ServiceLine line = test(id, LockModeType.PESSIMISTIC_WRITE);
        if (!line.isActive()) {
            throw ProblemException.conflict("id", "the test is voided");
        }
        if (request.result() == TestResult.PENDING) {
            throw ProblemException.invalid("result", "must be NEGATIVE, POSITIVE or INCONCLUSIVE");
        }
        Instant toldAt = request.toldAt() == null ? null : CentreTime.pastOrNow(request.toldAt().toInstant(), "toldAt");
        if (toldAt != null && toldAt.isBefore(line.occurredAt)) {
            throw ProblemException.invalid("toldAt", "must not be before the test was taken");
        }
        boolean resultChanges = request.result() != line.result;
        boolean toldChanges = !Objects.equals(toldAt, line.toldAt);
        if (!resultChanges && !toldChanges) {
            return TestResultView.of(line, TestResultChange.of(id));
        }
        boolean correction = (resultChanges && line.result != TestResult.PENDING) || (toldChanges && line.toldAt != null);
        String reason = request.reason() == null || request.reason().isBlank() ? null : request.reason().strip();
        if (correction && reason == null) {
            throw ProblemException.invalid("reason", "is required to correct a result or told-time already set");
        }
        Instant now = CentreTime.now();
        if (resultChanges) {
            line.resultSetAt = now;
        }
        line.result = request.result();
        line.toldAt = toldAt;
        TestResultChange change = new TestResultChange();
        change.lineId = id;
        change.result = line.result;
        change.toldAt = toldAt;
        change.reason = reason;
        change.changedBy = clinicians.current();
        change.changedAt = now;
        change.persist();
        return TestResultView.of(line, TestResultChange.of(id));
    }

    private static ServiceLine test(UUID id, LockModeType lock) {
        ServiceLine line = ServiceLine.findById(id, lock);
        if (line == null || line.category != Category.STI_TEST) {
            throw ProblemException.notFound("id", "no STI test has this id");
        }
        return line;
    }
}
