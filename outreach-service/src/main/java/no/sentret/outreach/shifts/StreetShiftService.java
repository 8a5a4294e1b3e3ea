package no.sentret.outreach.shifts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.LockModeType;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.outreach.common.Times;
import no.sentret.outreach.shifts.StreetContactRecorded.OutreachContactRecorded;
import no.sentret.outreach.shifts.StreetContactRecorded.OutreachContactVoided;
import no.sentret.platform.directory.ClientDirectory;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.DomainEvents.DomainEvent;
import no.sentret.platform.records.Period;
import no.sentret.platform.records.PeriodParams;
import no.sentret.platform.records.VoidableRecord;

@ApplicationScoped
public class StreetShiftService {

    private final DomainEvents events;
    private final ClientDirectory directory;

    public StreetShiftService(DomainEvents events, ClientDirectory directory) {
        this.events = events;
        this.directory = directory;
    }

    @Transactional
    public StreetShiftView record(RecordStreetShiftRequest request) {
        StreetShift s = new StreetShift();
        s.id = UUID.randomUUID();
        s.occurredAt = Times.requiredPast(request.occurredAt(), "occurredAt");
        if (request.endedAt() == null) {
            throw ProblemException.invalid("endedAt", "is required");
        }
        s.endedAt = request.endedAt().toInstant().truncatedTo(java.time.temporal.ChronoUnit.MICROS);
        if (!s.endedAt.isAfter(s.occurredAt) || Duration.between(s.occurredAt, s.endedAt).compareTo(Duration.ofHours(24)) > 0) {
            throw ProblemException.invalid("endedAt", "must be after occurredAt and at most 24 hours later");
        }
        s.district = request.district();
        s.workers = request.workers();
        s.contacts = request.contacts();
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < request.handOuts().size(); i++) {
            HandOut h = request.handOuts().get(i);
            if (h.language != null && h.kind != HandOutKind.INFORMATION_LEAFLETS) {
                throw ProblemException.invalid("handOuts[" + i + "].language", "only information leaflets have a language");
            }
            if (!seen.add(h.kind + "/" + h.language)) {
                throw ProblemException.invalid("handOuts[" + i + "].kind", "is listed twice: give one entry per kind and language");
            }
            s.handOuts.add(new HandOut(h.kind, h.language, h.quantity));
        }
        List<String> codes = clientCodes(request.clientCodes(), s.contacts);
        s.recordedAt = CentreTime.now();
        s.persist();
        List<StreetContact> named = new ArrayList<>();
        for (int i = 0; i < codes.size(); i++) {
            StreetContact c = new StreetContact();
            c.id = UUID.randomUUID();
            c.shiftId = s.id;
            c.position = i;
            c.clientCode = codes.get(i);
            c.persist();
            named.add(c);
        }
        StreetShiftView view = StreetShiftView.of(s, codes);
        List<DomainEvent> recorded = new ArrayList<>();
        recorded.add(new DomainEvent(StreetShiftHeld.of(view), null, s.occurredAt));
        for (StreetContact c : named) {
            recorded.add(new DomainEvent(OutreachContactRecorded.of(c, s.occurredAt), c.clientCode, s.occurredAt));
        }
        events.appendAll(recorded);
        return view;
    }

    /** The named contacts' codes as they stand now (survivors), each once, at most {@code contacts} of them. */
    private List<String> clientCodes(List<String> given, int contacts) {
        if (given == null || given.isEmpty()) {
            return List.of();
        }
        if (given.size() > contacts) {
            throw ProblemException.invalid("clientCodes", "names more clients than the shift's contacts");
        }
        List<String> codes = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "clientCodes[" + i + "]";
            String code = directory.resolveReferenced(given.get(i), field);
            if (codes.contains(code)) {
                throw ProblemException.invalid(field, "names a client already listed (a merged code counts as its survivor)");
            }
            codes.add(code);
        }
        return codes;
    }

    @Transactional
    public StreetShiftView get(UUID id) {
        StreetShift s = VoidableRecord.required(StreetShift.findById(id), "street shift");
        return StreetShiftView.of(s, codes(s.id));
    }

    /**
     * Voids a shift recorded by mistake: StreetShiftVoided cancels its counts, and each named contact is
     * cancelled by its own OutreachContactVoided (they were service events of their clients).
     */
    @Transactional
    public StreetShiftView voidShift(UUID id, String reason) {
        StreetShift s = VoidableRecord.required(StreetShift.findById(id, LockModeType.PESSIMISTIC_WRITE), "street shift");
        s.voidWith(reason);
        List<StreetContact> named = contacts(s.id);
        List<DomainEvent> voids = new ArrayList<>();
        voids.add(new DomainEvent(new StreetShiftVoided(s.id, s.occurredAt), null, s.voidedAt));
        for (StreetContact c : named) {
            voids.add(new DomainEvent(new OutreachContactVoided(c.id, c.clientCode, s.occurredAt), c.clientCode, s.voidedAt));
        }
        events.appendAll(voids);
        return StreetShiftView.of(s, named.stream().map(c -> c.clientCode).toList());
    }

    @Transactional
    public List<StreetShiftView> list(PeriodParams params) {
        Period p = params.period(366);
        return StreetShift.<StreetShift>list("occurredAt >= ?1 and occurredAt < ?2 and voidedAt is null order by occurredAt, id",
                        p.start(), p.end())
                .stream().map(s -> StreetShiftView.of(s, codes(s.id))).toList();
    }

    private static List<String> codes(UUID shift) {
        return contacts(shift).stream().map(c -> c.clientCode).toList();
    }

    private static List<StreetContact> contacts(UUID shift) {
        return StreetContact.list("shiftId = ?1 order by position", shift);
    }
}
