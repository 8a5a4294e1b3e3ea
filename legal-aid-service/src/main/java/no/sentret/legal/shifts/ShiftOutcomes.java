package no.sentret.legal.shifts;

import io.quarkus.panache.common.Sort;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import no.sentret.legal.lawyers.Lawyer;
import no.sentret.legal.lawyers.LawyerKind;
import no.sentret.legal.lawyers.Roster;
import no.sentret.legal.shifts.ShiftPayloads.LegalShiftCancelled;
import no.sentret.legal.shifts.ShiftPayloads.LegalShiftHeld;
import no.sentret.legal.shifts.ShiftPayloads.LegalShiftNobodyCame;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;
import no.sentret.platform.records.DomainEvents;

/**
 * A shift's outcome and its corrections. Each outcome is a revision kept in {@code legal_shift_outcome}
 * and published as the event of that outcome with the shift's id and the revision: stats-service keeps
 * one row per shift id, so the corrected outcome replaces the wrong one and the figures count only it
 * (the revision lets a consumer that may see the two out of order, e.g. a replay across partitions,
 * keep the higher one).
 */
@ApplicationScoped
public class ShiftOutcomes {

    private final DomainEvents events;
    private final EntityManager em;
    private final Roster roster;

    public ShiftOutcomes(DomainEvents events, EntityManager em, Roster roster) {
        this.events = events;
        this.em = em;
        this.roster = roster;
    }

    /** Sets the outcome (the first or a correction): the shift, its history row and its event, in the caller's transaction. */
    void set(Shift s, ShiftStatus status, CancelReason cancelReason, String reason) {
        s.status = status;
        s.cancelReason = cancelReason;
        s.statusAt = CentreTime.now();
        s.outcomeRevision++;
        OutcomeChange c = new OutcomeChange();
        c.id = UUID.randomUUID();
        c.shiftId = s.id;
        c.revision = s.outcomeRevision;
        c.status = status;
        c.cancelReason = cancelReason;
        c.reason = reason;
        c.changedBy = roster.callerSubject();
        c.changedAt = s.statusAt;
        c.persist();
        LawyerKind kind = Lawyer.<Lawyer>findById(s.lawyerId).kind;
        Record payload = switch (status) {
            case HELD -> new LegalShiftHeld(s.id, s.date, kind, s.outcomeRevision);
            case HELD_NOBODY_CAME -> new LegalShiftNobodyCame(s.id, s.date, kind, s.outcomeRevision);
            case CANCELLED -> new LegalShiftCancelled(s.id, s.date, kind, cancelReason, s.outcomeRevision);
            case PLANNED -> throw new IllegalArgumentException("PLANNED is not an outcome");
        };
        events.append(payload, null, s.startsAt());
    }

    /** Corrects the outcome of a shift that has one: held, nobody came or cancelled set by mistake. */
    @Transactional
    public Shift correct(UUID id, CorrectOutcomeRequest request) {
        Shift s = Shift.forUpdate(id);
        if (s.status == ShiftStatus.PLANNED) {
            throw ProblemException.conflict("id", "the shift has no outcome yet: mark it held, nobody-came or cancelled");
        }
        ShiftStatus status = request.status().status();
        if ((status == ShiftStatus.CANCELLED) != (request.cancelReason() != null)) {
            throw ProblemException.invalid("cancelReason", status == ShiftStatus.CANCELLED
                    ? "is required when the shift was cancelled" : "only a cancelled shift has a cancel reason");
        }
        if (status == s.status && Objects.equals(request.cancelReason(), s.cancelReason)) {
            throw ProblemException.conflict("status", "the shift's outcome is already " + status
                    + (s.cancelReason == null ? "" : " (" + s.cancelReason + ")"));
        }
        if (status != ShiftStatus.CANCELLED) {
            requireDayHasCome(s);
        }
        if (status != ShiftStatus.HELD) {
            requireNobodyOn(s);
        }
        set(s, status, request.cancelReason(), request.reason());
        return s;
    }

    @Transactional
    public List<OutcomeChange> history(UUID id) {
        if (Shift.findById(id) == null) {
            throw ProblemException.notFound("id", "no shift has this id");
        }
        return OutcomeChange.list("shiftId", Sort.by("revision"), id);
    }

    static void requireDayHasCome(Shift s) {
        if (s.date.isAfter(CentreTime.today())) {
            throw ProblemException.conflict("id", "the shift on " + s.date + " has not taken place yet");
        }
    }

    /** Nobody came and cancelled are refused while standing inquiries or follow-up meetings are recorded on the shift. */
    void requireNobodyOn(Shift s) {
        Number n = (Number) em.createNativeQuery("""
                select (select count(*) from legal_inquiry where shift_id = ?1 and voided_at is null)
                     + (select count(*) from legal_case_meeting where shift_id = ?1)""").setParameter(1, s.id).getSingleResult();
        if (n.longValue() > 0) {
            throw ProblemException.conflict("id", "inquiries or follow-up meetings are recorded on this shift");
        }
    }
}
