package no.sentret.outreach.shifts;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Duration;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.outreach.common.Times;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;
import no.sentret.platform.records.PeriodParams;
import no.sentret.platform.records.Period;

@ApplicationScoped
public class StreetShiftService {

    private final DomainEvents events;

    public StreetShiftService(DomainEvents events) {
        this.events = events;
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
        s.recordedAt = CentreTime.now();
        s.persist();
        StreetShiftView view = StreetShiftView.of(s);
        events.append(StreetShiftHeld.of(view), null, s.occurredAt);
        return view;
    }

    @Transactional
    public StreetShiftView get(UUID id) {
        StreetShift s = StreetShift.findById(id);
        if (s == null) {
            throw ProblemException.notFound("id", "no street shift has this id");
        }
        return StreetShiftView.of(s);
    }

    @Transactional
    public List<StreetShiftView> list(PeriodParams params) {
        Period p = params.period(366);
        return StreetShift.<StreetShift>list("occurredAt >= ?1 and occurredAt < ?2 order by occurredAt, id", p.start(), p.end())
                .stream().map(StreetShiftView::of).toList();
    }
}
