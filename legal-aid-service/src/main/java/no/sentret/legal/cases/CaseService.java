package no.sentret.legal.cases;

import io.quarkus.panache.common.Page;
import io.quarkus.panache.common.Sort;
import io.quarkus.security.identity.SecurityIdentity;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import no.sentret.legal.areas.LegalArea;
import no.sentret.legal.cases.CasePayloads.LegalCaseClosed;
import no.sentret.legal.cases.CasePayloads.LegalCaseOpened;
import no.sentret.legal.cases.CasePayloads.LegalCaseVoided;
import no.sentret.legal.inquiries.Inquiry;
import no.sentret.legal.lawyers.Roster;
import no.sentret.legal.shifts.Shift;
import no.sentret.platform.audit.AuditLog;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;
import no.sentret.platform.records.Roles;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class CaseService {

    /** The audit log's name for a case. */
    public static final String RESOURCE = "legal-case";

    private final Roster roster;
    private final ClientDirectory clients;
    private final DomainEvents events;
    private final AuditLog audit;
    private final SecurityIdentity identity;

    public CaseService(Roster roster, ClientDirectory clients, DomainEvents events, AuditLog audit, SecurityIdentity identity) {
        this.roster = roster;
        this.clients = clients;
        this.events = events;
        this.audit = audit;
        this.identity = identity;
    }

    @Transactional
    public CaseView open(OpenCaseRequest request) {
        UUID lawyer = roster.me().id;
        Inquiry inquiry = Inquiry.findById(request.inquiryId(), LockModeType.PESSIMISTIC_READ);
        if (inquiry == null) {
            throw ProblemException.unprocessable("inquiryId", "no inquiry has this id");
        }
        if (inquiry.isVoided()) {
            throw ProblemException.conflict("inquiryId", "the inquiry is voided");
        }
        if ((request.area() == LegalArea.CRIMINAL) != (request.subArea() != null)) {
            throw ProblemException.invalid("subArea", request.area() == LegalArea.CRIMINAL
                    ? "is required for CRIMINAL" : "only criminal law has sub-areas");
        }
        LegalCase c = new LegalCase();
        c.id = UUID.randomUUID();
        c.inquiryId = inquiry.id;
        c.clientCode = inquiry.clientCode;
        c.area = request.area();
        c.subArea = request.subArea();
        c.status = CaseStatus.OPEN;
        // the case begins with the inquiry it comes from
        c.openedOn = inquiry.occurredAt.atZone(CentreTime.OSLO).toLocalDate();
        c.note = request.note();
        c.openedBy = lawyer;
        c.recordedAt = CentreTime.now();
        c.persist();
        events.append(new LegalCaseOpened(c.id, c.clientCode, c.openedOn, c.area, c.subArea), c.clientCode, inquiry.occurredAt);
        return view(c);
    }

    @Transactional
    public CaseView close(UUID id, CloseCaseRequest request) {
        roster.me();
        LegalCase c = open(id);
        LocalDate closedOn = request.closedOn() == null ? CentreTime.today() : request.closedOn();
        if (closedOn.isAfter(CentreTime.today())) {
            throw ProblemException.invalid("closedOn", "must not be in the future");
        }
        if (closedOn.isBefore(c.openedOn)) {
            throw ProblemException.invalid("closedOn", "must not be before the case was opened (" + c.openedOn + ")");
        }
        if ((request.outcome() == CaseOutcome.REFERRED) != (request.referredTo() != null)) {
            throw ProblemException.invalid("referredTo", request.outcome() == CaseOutcome.REFERRED
                    ? "is required when the case is REFERRED" : "only a REFERRED case has one");
        }
        c.status = request.outcome().status();
        c.referredTo = request.referredTo();
        c.closedOn = closedOn;
        events.append(new LegalCaseClosed(c.id, c.clientCode, c.openedOn, c.closedOn, c.area, c.subArea, request.outcome(), c.referredTo),
                c.clientCode, CentreTime.startOf(closedOn));
        return view(c);
    }

    @Transactional
    public MeetingView recordMeeting(UUID id, RecordMeetingRequest request) {
        UUID lawyer = roster.me().id;
        LegalCase c = open(id);
        CaseMeeting m = new CaseMeeting();
        m.id = UUID.randomUUID();
        m.caseId = c.id;
        m.occurredAt = CentreTime.pastOrNow(request.occurredAt() == null ? null : request.occurredAt().toInstant(), "occurredAt");
        Shift shift = Shift.referenced(request.shiftId(), "shiftId");
        if (!shift.date.isAfter(c.openedOn)) {
            throw ProblemException.invalid("shiftId", "a follow-up is on a later shift than the case's opening (" + c.openedOn + ")");
        }
        shift.requireOpenFor(m.occurredAt, "shiftId", "occurredAt");
        m.shiftId = shift.id;
        m.recordedBy = lawyer;
        m.recordedAt = CentreTime.now();
        m.persist();
        return MeetingView.of(m);
    }

    @Transactional
    public CaseView voidCase(UUID id, String reason) {
        LegalCase c = VoidableRecord.required(LegalCase.findById(id, LockModeType.PESSIMISTIC_WRITE), "case");
        c.voidWith(reason);
        events.append(new LegalCaseVoided(c.id, c.clientCode, c.openedOn), c.clientCode, c.voidedAt);
        audit.record("VOID", RESOURCE, c.id.toString());
        return view(c);
    }

    @Transactional
    public CaseView get(UUID id) {
        LegalCase c = VoidableRecord.required(LegalCase.findById(id), "case");
        audit.read(RESOURCE, c.id.toString());
        return view(c);
    }

    @Transactional
    public List<MeetingView> meetings(UUID id) {
        LegalCase c = VoidableRecord.required(LegalCase.findById(id), "case");
        audit.read(RESOURCE, c.id.toString());
        return meetingsOf(c.id);
    }

    /** The case register: by opening date and/or client, optionally one status; every case listed is an audited read. */
    @Transactional
    public PageView<CaseView> list(ListParams params, String status) {
        List<String> where = new ArrayList<>();
        List<Object> args = new ArrayList<>();
        if (params.periodOrNull() != null) {
            args.add(LocalDate.parse(params.from));
            where.add("openedOn >= ?" + args.size());
            args.add(LocalDate.parse(params.to));
            where.add("openedOn <= ?" + args.size());
        }
        if (params.clientCode != null) {
            args.add(clients.recordCodes(params.clientCode, "clientCode"));
            where.add("clientCode in ?" + args.size());
        }
        if (args.isEmpty()) {
            throw ProblemException.invalid("from", "give a period (from, to) or a clientCode");
        }
        if (status != null) {
            args.add(status(status));
            where.add("status = ?" + args.size());
        }
        if (!params.voidedIncluded()) {
            where.add("voidedAt is null");
        }
        String query = String.join(" and ", where);
        int page = params.pageNumber();
        int size = params.pageSize();
        List<CaseView> items = LegalCase.<LegalCase>find(query, Sort.by("openedOn").and("recordedAt").and("id"), args.toArray())
                .page(Page.of(page, size)).list().stream().map(this::view).toList();
        items.forEach(v -> audit.read(RESOURCE, v.id().toString()));
        return new PageView<>(items, page, size, LegalCase.count(query, args.toArray()));
    }

    private static LegalCase open(UUID id) {
        LegalCase c = VoidableRecord.required(LegalCase.findById(id, LockModeType.PESSIMISTIC_WRITE), "case");
        if (c.isVoided()) {
            throw ProblemException.conflict("id", "the case is voided");
        }
        if (c.status != CaseStatus.OPEN) {
            throw ProblemException.conflict("id", "the case is already closed (" + c.status + ")");
        }
        return c;
    }

    private static CaseStatus status(String value) {
        try {
            return CaseStatus.valueOf(value);
        } catch (IllegalArgumentException e) {
            throw ProblemException.invalid("status", "must be one of OPEN, RESOLVED_ON_SITE, REFERRED");
        }
    }

    /** The note is case content: the coordinator reads the register without it. */
    private CaseView view(LegalCase c) {
        return CaseView.of(c, meetingsOf(c.id), identity.hasRole(Roles.LAWYER));
    }

    private static List<MeetingView> meetingsOf(UUID caseId) {
        return CaseMeeting.<CaseMeeting>find("caseId", Sort.by("occurredAt").and("id"), caseId).stream().map(MeetingView::of).toList();
    }
}
