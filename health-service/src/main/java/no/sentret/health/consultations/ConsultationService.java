package no.sentret.health.consultations;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.sentret.health.consultations.HealthEvents.HealthServiceRecorded;
import no.sentret.health.consultations.HealthEvents.HealthServiceVoided;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.outbox.RowInsert;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.DomainEvents.DomainEvent;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.RecordQuery;
import no.sentret.platform.records.VoidableRecord;

/** Records, reads (audited) and voids consultations; one event per service line. */
@ApplicationScoped
public class ConsultationService {

    private final ClientDirectory directory;
    private final DomainEvents events;
    private final AuditLog audit;
    private final Clinicians clinicians;

    public ConsultationService(ClientDirectory directory, DomainEvents events, AuditLog audit, Clinicians clinicians) {
        this.directory = directory;
        this.events = events;
        this.audit = audit;
        this.clinicians = clinicians;
    }

    @Transactional
    public ConsultationView record(RecordConsultationRequest request) {
        Consultation c = new Consultation();
        c.id = UUID.randomUUID();
        c.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        LocalDate day = c.occurredAt.atZone(CentreTime.OSLO).toLocalDate();
        for (int i = 0; i < request.services().size(); i++) {
            ServiceRules.check(request.services().get(i), "services[" + i + "].", day);
        }
        c.clientCode = directory.resolveReferenced(request.clientCode(), "clientCode");
        c.clinician = clinicians.current();
        c.professionalType = request.professionalType();
        c.note = request.note() == null || request.note().isBlank() ? null : request.note().strip();
        c.recordedAt = CentreTime.now();
        for (ServiceRequest s : request.services()) {
            c.lines.add(line(c, s, day));
        }
        // the consultation, its lines and their events (one per line) in one statement (issue 10)
        List<RowInsert> rows = new ArrayList<>(1 + c.lines.size());
        rows.add(c.asNewRow());
        c.lines.forEach(line -> rows.add(line.asNewRow()));
        events.appendWithRows(rows, c.lines.stream()
                .map(line -> new DomainEvent(HealthServiceRecorded.of(line), c.clientCode, c.occurredAt)).toList());
        return ConsultationView.of(c);
    }

    private static ServiceLine line(Consultation c, ServiceRequest s, LocalDate day) {
        ServiceLine l = new ServiceLine();
        l.id = UUID.randomUUID();
        l.consultation = c;
        l.position = (short) c.lines.size();
        l.clientCode = c.clientCode;
        l.occurredAt = c.occurredAt;
        l.recordedAt = c.recordedAt;
        l.category = s.category();
        l.infection = s.infection();
        l.sampleSites = s.sampleSites() == null ? null : EnumSet.copyOf(s.sampleSites());
        if (s.category() == Category.STI_TEST) {
            l.result = TestResult.PENDING;
        }
        l.contraceptionMethod = s.contraceptionMethod();
        l.topics = s.topics() == null ? null : EnumSet.copyOf(s.topics());
        l.prepStage = s.prepStage();
        l.prepEligible = s.prepEligible();
        l.prepReason = s.prepReason();
        l.prescribedOn = s.prescribedOn() == null && s.prepStage() == PrepStage.START ? day : s.prescribedOn();
        l.regimen = s.regimen();
        l.vaccine = s.vaccine();
        l.dose = s.dose() == null ? null : s.dose().shortValue();
        l.referralTo = s.referralTo();
        return l;
    }

    /** Reads one consultation; the read is audited. */
    @Transactional
    public ConsultationView get(UUID id) {
        Consultation c = VoidableRecord.required(Consultation.findById(id), "consultation");
        audit.read("consultation", id.toString());
        return ConsultationView.of(c);
    }

    /** By period, by client, or both; at least one of them. The read is audited with its query. */
    @Transactional
    public PageView<ConsultationView> list(ListParams params) {
        RecordQuery query = new RecordQuery("occurredAt").in(params.periodOrNull()).includeVoided(params.voidedIncluded());
        String clientCode = null;
        if (params.clientCode != null) {
            clientCode = directory.resolveReferenced(params.clientCode, "clientCode");
            query.forCodes(directory.recordCodes(clientCode, "clientCode"));
        } else if (params.periodOrNull() == null) {
            throw ProblemException.invalid("from", "give a period (from, to) or a clientCode");
        }
        PageView<ConsultationView> page = query.page((q, sort, args) -> Consultation.find(q, sort, args),
                (q, args) -> Consultation.count(q, args), params.pageNumber(), params.pageSize(), ConsultationView::of);
        audit.read("consultations", describe(params, clientCode));
        return page;
    }

    private static String describe(ListParams params, String clientCode) {
        StringBuilder sb = new StringBuilder();
        if (clientCode != null) {
            sb.append("clientCode=").append(clientCode);
        }
        if (params.periodOrNull() != null) {
            sb.append(sb.isEmpty() ? "" : " ").append(params.from).append("..").append(params.to);
        }
        return sb.toString();
    }

    /** Voids the consultation and every line still active in it: one HealthServiceVoided per line. */
    @Transactional
    public ConsultationView voidConsultation(UUID id, String reason) {
        Consultation c = VoidableRecord.required(Consultation.findById(id, LockModeType.PESSIMISTIC_WRITE), "consultation");
        c.voidWith(reason);
        List<DomainEvent> voids = new ArrayList<>();
        for (ServiceLine line : c.lines) {
            if (!line.isVoided()) {
                line.voidWith(reason);
                voids.add(new DomainEvent(HealthServiceVoided.of(line), c.clientCode, line.voidedAt));
            }
        }
        events.appendAll(voids);
        return ConsultationView.of(c);
    }

    /** Voids one line of a consultation that stands. */
    @Transactional
    public ConsultationView voidLine(UUID consultationId, UUID lineId, String reason) {
        Consultation c = VoidableRecord.required(Consultation.findById(consultationId, LockModeType.PESSIMISTIC_WRITE), "consultation");
        if (c.isVoided()) {
            throw ProblemException.conflict("id", "the consultation is voided, and every service in it");
        }
        ServiceLine line = c.lines.stream().filter(l -> l.id.equals(lineId)).findFirst()
                .orElseThrow(() -> ProblemException.notFound("lineId", "no service of this consultation has this id"));
        if (line.isVoided()) {
            throw ProblemException.conflict("lineId", "is already voided");
        }
        line.voidWith(reason);
        events.append(HealthServiceVoided.of(line), c.clientCode, line.voidedAt);
        return ConsultationView.of(c);
    }
}
