package no.sentret.legal.shifts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.UUID;
import no.sentret.platform.problem.ProblemException;
import no.sentret.platform.records.CentreTime;

/** The lawyer's afternoon at the centre. */
@Entity
@Table(name = "legal_shift")
public class Shift extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "shift_date")
    public LocalDate date;

    @Column(name = "start_time")
    public LocalTime start;

    @Column(name = "end_time")
    public LocalTime end;

    /** Who holds the shift: the planned lawyer, or the substitute who took it. */
    @Column(name = "lawyer_id")
    public UUID lawyerId;

    @Column(name = "planned_lawyer_id")
    public UUID plannedLawyerId;

    @Enumerated(EnumType.STRING)
    public ShiftStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    @Column(name = "status_at")
    public Instant statusAt;

    @Column(name = "term_id")
    public UUID termId;

    @Column(name = "planned_at")
    public Instant plannedAt;

    /** 0 while PLANNED, 1 once an outcome is set, one more for each correction. */
    @Column(name = "outcome_revision")
    public int outcomeRevision;

    /** The moment the shift starts, Oslo time. */
    public Instant startsAt() {
        return date.atTime(start).atZone(CentreTime.OSLO).toInstant();
    }

    public boolean tookPlace() {
        return status == ShiftStatus.PLANNED || status == ShiftStatus.HELD;
    }

    /** @return the shift, locked for the change; a 404 naming id when there is none */
    public static Shift forUpdate(UUID id) {
        Shift s = findById(id, LockModeType.PESSIMISTIC_WRITE);
        if (s == null) {
            throw ProblemException.notFound("id", "no shift has this id");
        }
        return s;
    }

    /** A shift named in a request body ({@code field}): unknown is a 422. */
    public static Shift referenced(UUID id, String field) {
        Shift s = findById(id, LockModeType.PESSIMISTIC_READ);
        if (s == null) {
            throw ProblemException.unprocessable(field, "no shift has this id");
        }
        return s;
    }

    /** Inquiries and follow-up meetings happen on a shift that has begun and was not cancelled or empty. */
    public void requireOpenFor(Instant occurredAt, String shiftField, String timeField) {
        if (!tookPlace()) {
            throw ProblemException.conflict(shiftField, "the shift on " + date + " is " + status);
        }
        if (!occurredAt.atZone(CentreTime.OSLO).toLocalDate().equals(date)) {
            throw ProblemException.invalid(timeField, "must fall on the shift's date, " + date + " (Europe/Oslo)");
        }
    }
}
