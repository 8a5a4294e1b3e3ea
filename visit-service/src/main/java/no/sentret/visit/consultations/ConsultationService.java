package no.sentret.visit.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.util.EnumSet;
import java.util.UUID;
import no.sentret.platform.problem.ProblemException;
import no.sentret.visit.clients.ClientLookup;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.RecordQuery;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.VoidableRecord;
import no.sentret.visit.consultations.ConsultationPayloads.SocialConsultationRecorded;
import no.sentret.visit.consultations.ConsultationPayloads.SocialConsultationVoided;

@ApplicationScoped
public class ConsultationService {

    private final ClientLookup clients;
    private final DomainEvents events;

    public ConsultationService(ClientLookup clients, DomainEvents events) {
        this.clients = clients;
        this.events = events;
    }

    @Transactional
    public SocialConsultation record(RecordConsultationRequest request) {
        SocialConsultation c = new SocialConsultation();
        c.id = UUID.randomUUID();
        c.clientCode = clients.resolveReferenced(request.clientCode(), "clientCode").code;
        c.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        c.kind = request.kind();
        c.topics = EnumSet.copyOf(request.topics());
        c.recordedAt = CentreTime.now();
        c.persist();
        events.append(new SocialConsultationRecorded(c.id, c.clientCode, c.occurredAt, c.kind, c.topics), c.clientCode, c.occurredAt);
        return c;
    }

    @Transactional
    public SocialConsultation voidConsultation(UUID id, String reason) {
        SocialConsultation c = VoidableRecord.required(SocialConsultation.findById(id, LockModeType.PESSIMISTIC_WRITE), "consultation");
        c.voidWith(reason);
        events.append(new SocialConsultationVoided(c.id, c.clientCode, c.occurredAt, reason), c.clientCode, c.voidedAt);
        return c;
    }

    @Transactional
    public SocialConsultation get(UUID id) {
        return VoidableRecord.required(SocialConsultation.findById(id), "consultation");
    }

    /** By period, by client, or both; at least one of them. */
    @Transactional
    public PageView<ConsultationView> list(ListParams params) {
        RecordQuery query = new RecordQuery("occurredAt").in(params.periodOrNull()).includeVoided(params.voidedIncluded());
        if (params.clientCode != null) {
            query.forCodes(clients.recordCodes(params.clientCode, "clientCode"));
        } else if (params.periodOrNull() == null) {
            throw ProblemException.invalid("from", "give a period (from, to) or a clientCode");
        }
        return query.page((q, sort, args) -> SocialConsultation.find(q, sort, args), (q, args) -> SocialConsultation.count(q, args),
                params.pageNumber(), params.pageSize(), ConsultationView::of);
    }
}
