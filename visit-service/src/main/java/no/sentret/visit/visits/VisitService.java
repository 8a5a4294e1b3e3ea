package no.sentret.visit.visits;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.sentret.visit.clients.ClientLookup;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageParams;
import no.sentret.platform.records.RecordFilter;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.RecordQuery;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.DomainEvents.DomainEvent;
import no.sentret.platform.records.VoidableRecord;
import no.sentret.visit.visits.VisitPayloads.VisitRecorded;
import no.sentret.visit.visits.VisitPayloads.VisitVoided;

@ApplicationScoped
public class VisitService {

    private final ClientLookup clients;
    private final DomainEvents events;

    public VisitService(ClientLookup clients, DomainEvents events) {
        this.clients = clients;
        this.events = events;
    }

    @Transactional
    public Visit record(RecordVisitRequest request) {
        Visit visit = new Visit();
        visit.id = UUID.randomUUID();
        // a merged code is recorded under the surviving client
        visit.clientCode = request.clientCode() == null ? null : clients.resolveReferenced(request.clientCode(), "clientCode").code;
        visit.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        visit.activities = EnumSet.copyOf(request.activities());
        visit.recordedAt = CentreTime.now();
        // the visit and its event in one statement: the click's only write before the commit (issue 20)
        events.appendWithRows(List.of(visit.asNewRow()), List.of(new DomainEvent(
                new VisitRecorded(visit.id, visit.clientCode, visit.occurredAt, visit.activities), visit.clientCode, visit.occurredAt)));
        return visit;
    }

    @Transactional
    public Visit voidVisit(UUID id, String reason) {
        Visit visit = VoidableRecord.required(Visit.findById(id, LockModeType.PESSIMISTIC_WRITE), "visit");
        visit.voidWith(reason);
        events.append(new VisitVoided(visit.id, visit.clientCode, visit.occurredAt, reason), visit.clientCode, visit.voidedAt);
        return visit;
    }

    @Transactional
    public Visit get(UUID id) {
        return VoidableRecord.required(Visit.findById(id), "visit");
    }

    @Transactional
    public <P extends PageParams & RecordFilter> PageView<VisitView> list(Period period, P params) {
        RecordQuery query = new RecordQuery("occurredAt").in(period).includeVoided(params.voidedIncluded());
        if (params.clientCode() != null) {
            query.forCodes(clients.recordCodes(params.clientCode(), "clientCode"));
        }
        return query.page((q, sort, args) -> Visit.find(q, sort, args), (q, args) -> Visit.count(q, args),
                params.pageNumber(), params.pageSize(), VisitView::of);
    }
}
