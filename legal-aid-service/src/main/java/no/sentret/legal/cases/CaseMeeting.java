package no.sentret.legal.cases;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import java.time.Instant;
import java.util.UUID;

/** A follow-up meeting on a case, on a shift after the one the case was opened on. */
@Entity
@Table(name = "legal_case_meeting")
public class CaseMeeting extends PanacheEntityBase {

    @Id
    public UUID id;

    @Column(name = "case_id")
    public UUID caseId;

    @Column(name = "shift_id")
    public UUID shiftId;

    @Column(name = "occurred_at")
    public Instant occurredAt;

    @Column(name = "recorded_by")
    public UUID recordedBy;

    @Column(name = "recorded_at")
    public Instant recordedAt;
}
