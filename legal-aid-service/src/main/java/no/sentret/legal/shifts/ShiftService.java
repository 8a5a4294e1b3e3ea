package no.sentret.legal.shifts;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import no.sentret.legal.lawyers.Lawyer;
import no.sentret.legal.lawyers.Roster;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.ListParams;
import no.sentret.platform.records.PageView;

@ApplicationScoped
public class ShiftService {

    /** A term is at most a year of weekly shifts. */
    private static final long MAX_TERM_DAYS = 366;

    private final Roster roster;
    private final ShiftOutcomes outcomes;

    public ShiftService(Roster roster, ShiftOutcomes outcomes) {
        this.roster = roster;
        this.outcomes = outcomes;
    }

    @Transactional
    public Shift plan(PlanShiftRequest request) {
        requireOrder(request.start(), request.end());
        Lawyer lawyer = roster.referenced(request.lawyerId(), "lawyerId");
        return persistNew(request.date(), request.start(), request.end(), lawyer.id, null, "date");
    }

    /** Every week's shift of a term at once: all of them, or none when one would clash. */
    @Transactional
    public List<Shift> planTerm(PlanTermRequest request) {
        requireOrder(request.start(), request.end());
        if (request.to().isBefore(request.from())) {
            throw ProblemException.invalid("to", "must not be before from");
        }
        if (ChronoUnit.DAYS.between(request.from(), request.to()) > MAX_TERM_DAYS) {
            throw ProblemException.invalid("to", "a term is at most " + MAX_TERM_DAYS + " days");
        }
        List<UUID> lawyers = new ArrayList<>();
        for (int i = 0; i < request.lawyerIds().size(); i++) {
            lawyers.add(roster.referenced(request.lawyerIds().get(i), "lawyerIds[" + i + "]").id);
        }
        List<LocalDate> weeks = new ArrayList<>();
        for (LocalDate d = request.from().with(TemporalAdjusters.nextOrSame(request.dayOfWeek())); !d.isAfter(request.to()); d = d.plusWeeks(1)) {
            weeks.add(d);
        }
        Set<LocalDate> skip = new HashSet<>();
        List<LocalDate> skipDates = request.skipDates() == null ? List.of() : request.skipDates();
        for (int i = 0; i < skipDates.size(); i++) {
            if (!weeks.contains(skipDates.get(i))) {
                throw ProblemException.invalid("skipDates[" + i + "]", "is not a " + request.dayOfWeek() + " of the term");
            }
            skip.add(skipDates.get(i));
        }
        if (weeks.size() == skip.size()) {
            throw ProblemException.invalid("dayOfWeek", "the term has no " + request.dayOfWeek() + " left to plan");
        }
        UUID termId = UUID.randomUUID();
        List<Shift> planned = new ArrayList<>();
        for (int week = 0; week < weeks.size(); week++) {
            // the turn counts every week of the term, so a holiday does not shift the rota
            if (!skip.contains(weeks.get(week))) {
                planned.add(persistNew(weeks.get(week), request.start(), request.end(), lawyers.get(week % lawyers.size()), termId, "from"));
            }
        }
        return planned;
    }

    @Transactional
    public Shift held(UUID id) {
        Shift s = outcome(id);
        outcomes.set(s, ShiftStatus.HELD, null, null);
        return s;
    }

    @Transactional
    public Shift nobodyCame(UUID id) {
        Shift s = outcome(id);
        outcomes.requireNobodyOn(s);
        outcomes.set(s, ShiftStatus.HELD_NOBODY_CAME, null, null);
        return s;
    }

    /** A planned shift can be cancelled ahead of time or on the day; a held one cannot. */
    @Transactional
    public Shift cancel(UUID id, CancelReason reason) {
        Shift s = planned(id);
        outcomes.requireNobodyOn(s);
        outcomes.set(s, ShiftStatus.CANCELLED, reason, null);
        return s;
    }

    @Transactional
    public Shift substitute(UUID id, UUID lawyerId) {
        Shift s = planned(id);
        Lawyer substitute = roster.referenced(lawyerId, "lawyerId");
        if (substitute.id.equals(s.lawyerId)) {
            throw ProblemException.conflict("lawyerId", "already holds this shift");
        }
        s.lawyerId = substitute.id;
        return s;
    }

    @Transactional
    public Shift get(UUID id) {
        Shift s = Shift.findById(id);
        if (s == null) {
            throw ProblemException.notFound("id", "no shift has this id");
        }
        return s;
    }

    @Transactional
    public PageView<ShiftView> list(ShiftListParams params) {
        ListParams common = params.common();
        common.period(); // from and to required and valid, refused as every list refuses them
        LocalDate from = LocalDate.parse(params.from);
        LocalDate to = LocalDate.parse(params.to);
        ShiftStatus status = params.statusOrNull();
        String where = "date >= ?1 and date <= ?2" + (status == null ? "" : " and status = ?3");
        Object[] args = status == null ? new Object[] {from, to} : new Object[] {from, to, status};
        int page = common.pageNumber();
        int size = common.pageSize();
        List<ShiftView> items = Shift.<Shift>find(where, Sort.by("date").and("start").and("id"), args)
                .page(io.quarkus.panache.common.Page.of(page, size)).list().stream().map(ShiftView::of).toList();
        return new PageView<>(items, page, size, Shift.count(where, args));
    }

    private Shift persistNew(LocalDate date, LocalTime start, LocalTime end, UUID lawyerId, UUID termId, String field) {
        long clashes = Shift.count("date = ?1 and status <> ?2 and start < ?3 and end > ?4", date, ShiftStatus.CANCELLED, end, start);
        if (clashes > 0) {
            throw ProblemException.conflict(field, "a shift on " + date + " already overlaps " + start + "-" + end);
        }
        Shift s = new Shift();
        s.id = UUID.randomUUID();
        s.date = date;
        s.start = start;
        s.end = end;
        s.lawyerId = lawyerId;
        s.plannedLawyerId = lawyerId;
        s.status = ShiftStatus.PLANNED;
        s.termId = termId;
        s.plannedAt = CentreTime.now();
        s.persist();
        return s;
    }

    /** Held or nobody-came: only a planned shift whose day has come. */
    private Shift outcome(UUID id) {
        Shift s = planned(id);
        ShiftOutcomes.requireDayHasCome(s);
        return s;
    }

    private static Shift planned(UUID id) {
        Shift s = Shift.forUpdate(id);
        if (s.status != ShiftStatus.PLANNED) {
            throw ProblemException.conflict("id", "the shift is already " + s.status);
        }
        return s;
    }

    private static void requireOrder(LocalTime start, LocalTime end) {
        if (!end.isAfter(start)) {
            throw ProblemException.invalid("end", "must be after start");
        }
    }
}
