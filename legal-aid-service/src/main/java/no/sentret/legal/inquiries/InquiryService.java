package no.sentret.legal.inquiries;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import java.util.EnumSet;
import java.util.List;
import java.util.UUID;
import no.sentret.legal.areas.CriminalSubArea;
import no.sentret.legal.areas.LegalArea;
import no.sentret.legal.inquiries.InquiryPayloads.LegalInquiryRecorded;
import no.sentret.legal.inquiries.InquiryPayloads.LegalInquiryVoided;
import no.sentret.legal.lawyers.Roster;
import no.sentret.legal.shifts.Shift;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.RecordQuery;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class InquiryService {

    /** The audit log's name for an inquiry. */
    public static final String RESOURCE = "legal-inquiry";

    private final ClientDirectory clients;
    private final Roster roster;
    private final DomainEvents events;
    private final AuditLog audit;
    private final EntityManager em;

    public InquiryService(ClientDirectory clients, Roster roster, DomainEvents events, AuditLog audit, EntityManager em) {
        this.clients = clients;
        this.roster = roster;
        this.events = events;
        this.audit = audit;
        this.em = em;
    }

    @Transactional
    public Inquiry record(RecordInquiryRequest request) {
        Inquiry i = new Inquiry();
        i.id = UUID.randomUUID();
        i.recordedBy = roster.me().id;
        i.clientCode = request.clientCode() == null ? null : clients.resolveReferenced(request.clientCode(), "clientCode");
        i.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        Shift shift = Shift.referenced(request.shiftId(), "shiftId");
        shift.requireOpenFor(i.occurredAt, "shiftId", "occurredAt");
        i.shiftId = shift.id;
        i.areas = EnumSet.copyOf(request.areas());
        i.criminalSubAreas = subAreas(i.areas, request.criminalSubAreas());
        i.wouldNotOtherwise = request.wouldNotOtherwiseHaveSoughtLawyer();
        i.recordedAt = CentreTime.now();
        i.persist();
        events.append(new LegalInquiryRecorded(i.id, i.clientCode, i.occurredAt, i.areas, i.criminalSubAreas, i.wouldNotOtherwise),
                i.clientCode, i.occurredAt);
        return i;
    }

    /** An inquiry with cases is voided after its cases, so no case is left hanging from a void inquiry. */
    @Transactional
    public Inquiry voidInquiry(UUID id, String reason) {
        Inquiry i = VoidableRecord.required(Inquiry.findById(id, LockModeType.PESSIMISTIC_WRITE), "inquiry");
        Number cases = (Number) em.createNativeQuery("select count(*) from legal_case where inquiry_id = ?1 and voided_at is null")
                .setParameter(1, id).getSingleResult();
        if (!i.isVoided() && cases.longValue() > 0) {
            throw ProblemException.conflict("id", "the inquiry has cases: void them first");
        }
        i.voidWith(reason);
        events.append(new LegalInquiryVoided(i.id, i.clientCode, i.occurredAt), i.clientCode, i.voidedAt);
        audit.record("VOID", RESOURCE, i.id.toString());
        return i;
    }

    @Transactional
    public Inquiry get(UUID id) {
        Inquiry i = VoidableRecord.required(Inquiry.findById(id), "inquiry");
        audit.read(RESOURCE, i.id.toString());
        return i;
    }

    /** By period and/or client, or by shift; every inquiry on the page is an audited read. */
    @Transactional
    public PageView<InquiryView> list(ListParams params, String shiftId) {
        PageView<InquiryView> page = shiftId != null ? onShift(params, uuid(shiftId, "shiftId")) : byPeriodOrClient(params);
        page.items().forEach(v -> audit.read(RESOURCE, v.id().toString()));
        return page;
    }

    private PageView<InquiryView> byPeriodOrClient(ListParams params) {
        RecordQuery query = new RecordQuery("occurredAt").in(params.periodOrNull()).includeVoided(params.voidedIncluded());
        if (params.clientCode != null) {
            query.forCodes(clients.recordCodes(params.clientCode, "clientCode"));
        } else if (params.periodOrNull() == null) {
            throw ProblemException.invalid("from", "give a period (from, to), a clientCode or a shiftId");
        }
        return query.page((q, sort, args) -> Inquiry.find(q, sort, args), (q, args) -> Inquiry.count(q, args),
                params.pageNumber(), params.pageSize(), InquiryView::of);
    }

    private static PageView<InquiryView> onShift(ListParams params, UUID shiftId) {
        if (params.clientCode != null || params.periodOrNull() != null) {
            throw ProblemException.invalid("shiftId", "cannot be combined with from, to or clientCode");
        }
        String where = "shiftId = ?1" + (params.voidedIncluded() ? "" : " and voidedAt is null");
        int page = params.pageNumber();
        int size = params.pageSize();
        List<InquiryView> items = Inquiry.<Inquiry>find(where, Sort.by("occurredAt").and("id"), shiftId)
                .page(Page.of(page, size)).list().stream().map(InquiryView::of).toList();
        return new PageView<>(items, page, size, Inquiry.count(where, shiftId));
    }

    static EnumSet<CriminalSubArea> subAreas(java.util.Set<LegalArea> areas, List<CriminalSubArea> requested) {
        boolean criminal = areas.contains(LegalArea.CRIMINAL);
        boolean given = requested != null && !requested.isEmpty();
        if (criminal && !given) {
            throw ProblemException.invalid("criminalSubAreas", "is required when areas include CRIMINAL");
        }
        if (!criminal && given) {
            throw ProblemException.invalid("criminalSubAreas", "only criminal law has sub-areas");
        }
        return given ? EnumSet.copyOf(requested) : EnumSet.noneOf(CriminalSubArea.class);
    }

    private static UUID uuid(String value, String field) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid(field, "must be a UUID");
        }
    }
}
