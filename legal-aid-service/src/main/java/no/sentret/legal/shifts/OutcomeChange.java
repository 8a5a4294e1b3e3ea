package no.sentret.legal.shifts;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** One outcome of a shift: the first (revision 1, no reason) or a correction; never overwritten. */
@Entity
@Table(name = "legal_shift_outcome")
public class OutcomeChange extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "shift_id")
    public UUID shiftId;

    public int revision;

    @Enumerated(EnumType.STRING)
    public ShiftStatus status;

    @Enumerated(EnumType.STRING)
    @Column(name = "cancel_reason")
    public CancelReason cancelReason;

    public String reason;

    @Column(name = "changed_by")
    public String changedBy;

    @Column(name = "changed_at")
    public Instant changedAt;
}
