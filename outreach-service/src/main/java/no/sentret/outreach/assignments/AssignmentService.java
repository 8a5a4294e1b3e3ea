package no.sentret.outreach.assignments;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.UUID;
import no.sentret.platform.records.PeriodParams;
import no.sentret.outreach.common.Times;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.Period;

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
        Assignment a = Assignment.findById(id);
        if (a == null) {
            throw ProblemException.notFound("id", "no assignment has this id");
        }
        return AssignmentView.of(a);
    }

    @Transactional
    public List<AssignmentView> list(PeriodParams params) {
        Period p = params.period(366);
        return Assignment.<Assignment>list("occurredAt >= ?1 and occurredAt < ?2 order by occurredAt, id", p.start(), p.end())
                .stream().map(AssignmentView::of).toList();
    }
}
