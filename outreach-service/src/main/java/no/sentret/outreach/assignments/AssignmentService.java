package no.sentret.outreach.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.sentret.platform.records.PeriodParams;
import no.sentret.outreach.common.Times;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class AssignmentService {

    private final DomainEvents events;

    public AssignmentService(DomainEvents events) {
        this.events = events;
    }

    @Transactional
    public AssignmentView record(RecordAssignmentRequest request) {
        Assignment a = new Assignment();
        a.id = UUID.randomUUID();
        a.occurredAt = Times.requiredPast(request.occurredAt(), "occurredAt");
        a.kind = request.kind();
        a.audience = request.audience();
        a.participants = request.participants();
        a.concernsYoungPeople = request.concernsYoungPeople();
        a.recordedAt = CentreTime.now();
        a.persist();
        events.append(new AssignmentHeld(a.id, a.occurredAt, a.kind, a.audience, a.participants, a.concernsYoungPeople), null, a.occurredAt);
        return AssignmentView.of(a);
    }

    @Transactional
    public AssignmentView get(UUID id) {
        return AssignmentView.of(VoidableRecord.required(Assignment.findById(id), "assignment"));
    }

    /** Voids an assignment recorded by mistake; AssignmentVoided cancels it in the statistics (the reason stays here). */
    @Transactional
    public AssignmentView voidAssignment(UUID id, String reason) {
        Assignment a = VoidableRecord.required(Assignment.findById(id, LockModeType.PESSIMISTIC_WRITE), "assignment");
        a.voidWith(reason);
        events.append(new AssignmentVoided(a.id, a.occurredAt), null, a.voidedAt);
        return AssignmentView.of(a);
    }

    @Transactional
    public List<AssignmentView> list(PeriodParams params) {
        Period p = params.period(366);
        return Assignment.<Assignment>list("occurredAt >= ?1 and occurredAt < ?2 and voidedAt is null order by occurredAt, id", p.start(), p.end())
                .stream().map(AssignmentView::of).toList();
    }
}
